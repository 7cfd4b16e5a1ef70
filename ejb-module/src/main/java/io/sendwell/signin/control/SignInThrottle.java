package io.sendwell.signin.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins counted per account and per source address, in memory (per server). A key with
 * {@code maxFailures} failures inside {@code window} is locked for {@code lockout}; each further
 * lockout of the same key doubles it, up to {@code maxLockout}. While any key of an attempt is
 * locked the attempt is refused before its password is checked, so a guesser costs no hashing.
 * Refused attempts are only counted, so the audit trail gets one row when a lockout starts and one
 * summary of what was refused, not a row per guess.
 * IPv6 addresses are throttled by their /64: one host usually holds a whole /64.
 */
public final class SignInThrottle {

    public record Limits(int maxFailures, Duration window, Duration lockout, Duration maxLockout) {
        public Limits {
            if (maxFailures < 1 || window.isNegative() || window.isZero() || lockout.isNegative() || maxLockout.compareTo(lockout) < 0) {
                throw new IllegalArgumentException("invalid sign-in limits: " + maxFailures + ", " + window + ", " + lockout + ", " + maxLockout);
            }
        }
    }

    /** What a key was locked for, or how many attempts it refused during a lockout that has ended. */
    public record Report(String key, int failures, Duration lockedFor, long refused) {
    }

    /** Whether an attempt may check its password; when not, for how long not. */
    public record Verdict(Optional<Duration> retryAfter, List<Report> endedLockouts) {
        public boolean allowed() {
            return retryAfter.isEmpty();
        }
    }

    private static final class Entry {
        int failures;
        Instant windowStart;
        Instant lockedUntil;
        int lockouts;
        long refused;
    }

    private final Clock clock;
    private final Limits accountLimits;
    private final Limits addressLimits;
    private final Map<String, Entry> entries;

    public SignInThrottle(Clock clock, Limits accountLimits, Limits addressLimits, int maxTrackedKeys) {
        this.clock = clock;
        this.accountLimits = accountLimits;
        this.addressLimits = addressLimits;
        // Least recently used keys go first: a spray of random usernames cannot grow this without bound.
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxTrackedKeys;
            }
        };
    }

    public static String accountKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "account:" + (name.length() <= 320 ? name : name.substring(0, 320));
    }

    public static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return "address:unknown";
        }
        if (address.indexOf(':') >= 0) {
            try {
                // A literal with a colon is parsed, never looked up.
                byte[] bytes = InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1) : address).getAddress();
                if (bytes.length == 16) {
                    StringBuilder prefix = new StringBuilder("address:");
                    for (int i = 0; i < 8; i += 2) {
                        prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                    }
                    return prefix.append(":/64").toString();
                }
            } catch (UnknownHostException | StringIndexOutOfBoundsException e) {
                return "address:" + address;
            }
        }
        return "address:" + address;
    }

    /** Called before the password is checked. A refused attempt is counted, not reported. */
    public synchronized Verdict check(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        List<Report> ended = new ArrayList<>(0);
        for (String key : List.of(accountKey(username), addressKey(address))) {
            Entry entry = entries.get(key);
            if (entry == null || entry.lockedUntil == null) {
                continue;
            }
            if (now.isBefore(entry.lockedUntil)) {
                entry.refused++;
                Duration left = Duration.between(now, entry.lockedUntil);
                wait = left.compareTo(wait) > 0 ? left : wait;
            } else if (entry.refused > 0) {
                ended.add(new Report(key, 0, Duration.ZERO, entry.refused));
                entry.refused = 0;
            }
        }
        return new Verdict(wait.isZero() ? Optional.empty() : Optional.of(wait), ended);
    }

    /** A wrong password (or unknown user): counts for both keys; returns the lockouts it started. */
    public synchronized List<Report> recordFailure(String username, String address) {
        List<Report> started = new ArrayList<>(0);
        fail(accountKey(username), accountLimits).ifPresent(started::add);
        fail(addressKey(address), addressLimits).ifPresent(started::add);
        return started;
    }

    /** The account's failures are forgiven; the address's are not (one good account must not launder a spray). */
    public synchronized void recordSuccess(String username) {
        Entry entry = entries.get(accountKey(username));
        if (entry != null && entry.refused == 0) {
            entries.remove(accountKey(username));
        } else if (entry != null) {
            entry.failures = 0;
        }
    }

    private Optional<Report> fail(String key, Limits limits) {
        Instant now = clock.instant();
        Entry entry = entries.computeIfAbsent(key, k -> new Entry());
        if (entry.lockedUntil != null && !now.isBefore(entry.lockedUntil.plus(limits.window()))) {
            entry.lockouts = 0; // quiet for a whole window after its last lockout: start over
            entry.lockedUntil = null;
        }
        if (entry.windowStart == null || !now.isBefore(entry.windowStart.plus(limits.window()))) {
            entry.windowStart = now;
            entry.failures = 0;
        }
        entry.failures++;
        if (entry.failures < limits.maxFailures()) {
            return Optional.empty();
        }
        Duration lockout = limits.lockout().multipliedBy(1L << Math.min(entry.lockouts, 20));
        lockout = lockout.compareTo(limits.maxLockout()) > 0 ? limits.maxLockout() : lockout;
        Report report = new Report(key, entry.failures, lockout, entry.refused);
        entry.lockedUntil = now.plus(lockout);
        entry.lockouts++;
        entry.failures = 0;
        entry.windowStart = null;
        entry.refused = 0;
        return Optional.of(report);
    }
}
