package io.sendwell.sending.control;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Paces sends to the SES account's max send rate and shares it fairly: while several tenants
 * are sending, each gets an equal part of the rate, so one tenant's burst cannot starve the
 * others; a tenant sending alone gets all of it. Token buckets, refilled continuously, holding
 * at most one second's worth. Not thread-safe: the owner synchronises.
 */
public class FairPacer {

    /** A tenant counts as active for this long after its last attempt. */
    private static final long ACTIVE_NANOS = Duration.ofSeconds(2).toNanos();

    private final Map<String, Bucket> tenants = new HashMap<>();
    private final Bucket account = new Bucket();
    private final Map<String, Long> lastSeen = new HashMap<>();

    /**
     * Zero when the send may go now, else how long to wait before trying again. A send takes a
     * token per recipient (SES counts recipients against the rate); it may go as soon as a
     * bucket holds one token and leaves it in debt, so a 50-recipient message is never starved
     * by a rate below 50. {@code tenantFactor} below 1 slows a THROTTLED tenant to that part of
     * its share.
     */
    public Duration acquire(String tenantId, int recipients, double ratePerSecond, double tenantFactor, long nowNanos) {
        lastSeen.put(tenantId, nowNanos);
        lastSeen.values().removeIf(seen -> nowNanos - seen > ACTIVE_NANOS);
        double share = ratePerSecond / Math.max(1, lastSeen.size()) * Math.min(1, Math.max(0.01, tenantFactor));
        account.refill(ratePerSecond, nowNanos);
        Bucket tenant = tenants.computeIfAbsent(tenantId, id -> new Bucket());
        tenant.refill(share, nowNanos);
        if (account.tokens >= 1 && tenant.tokens >= 1) {
            account.tokens -= Math.max(1, recipients);
            tenant.tokens -= Math.max(1, recipients);
            return Duration.ZERO;
        }
        double missing = Math.max(1 - account.tokens, 0) / ratePerSecond;
        double tenantMissing = Math.max(1 - tenant.tokens, 0) / share;
        return Duration.ofNanos((long) (Math.max(missing, tenantMissing) * 1_000_000_000L) + 1_000_000);
    }

    private static final class Bucket {
        private double tokens = 1;
        private long updated = Long.MIN_VALUE;

        void refill(double perSecond, long nowNanos) {
            if (updated != Long.MIN_VALUE) {
                tokens = Math.min(Math.max(1, perSecond), tokens + (nowNanos - updated) / 1e9 * perSecond);
            }
            updated = nowNanos;
        }
    }
}
