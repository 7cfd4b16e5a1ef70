package io.sendwell.signin.boundary;

import io.sendwell.audit.boundary.AuditLog;
import io.sendwell.platform.control.Caller;
import io.sendwell.signin.control.SignInThrottle;
import io.sendwell.signin.control.SignInThrottles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every password check of the console and the admin API goes through {@link #attempt}: a throttled
 * attempt is refused before the check runs (no PBKDF2, no per-attempt audit row); a lockout that
 * starts, and the attempts refused during one, are audited once each ("sign-in.throttled",
 * "sign-in.refused-while-throttled").
 */
@Stateless
public class SignInGuard {

    @Inject
    SignInThrottles throttles;

    @Inject
    AuditLog audit;

    /** The identity the check found, or for how long attempts for this account or address are refused. */
    public record Attempt<T>(Optional<T> signedIn, Optional<Duration> throttledFor) {

        public boolean throttled() {
            return throttledFor.isPresent();
        }

        /** Whole seconds, rounded up, for Retry-After. */
        public long retryAfterSeconds() {
            return throttledFor.map(d -> (d.toMillis() + 999) / 1000).orElse(0L);
        }
    }

    public <T> Attempt<T> attempt(String username, String sourceAddress, Supplier<Optional<T>> check) {
        SignInThrottle throttle = throttles.throttle();
        SignInThrottle.Verdict verdict = throttle.check(username, sourceAddress);
        Caller actor = Caller.platformAdmin("sign-in", sourceAddress);
        for (SignInThrottle.Report ended : verdict.endedLockouts()) {
            audit.record(actor, null, "sign-in.refused-while-throttled", "sign-in", null,
                    ended.key() + " refused=" + ended.refused());
        }
        if (!verdict.allowed()) {
            return new Attempt<>(Optional.empty(), verdict.retryAfter());
        }
        Optional<T> identity = check.get();
        if (identity.isPresent()) {
            throttle.recordSuccess(username);
        } else {
            List<SignInThrottle.Report> started = throttle.recordFailure(username, sourceAddress);
            for (SignInThrottle.Report lockout : started) {
                audit.record(actor, null, "sign-in.throttled", "sign-in", null,
                        lockout.key() + " failures=" + lockout.failures() + " locked-seconds=" + lockout.lockedFor().toSeconds()
                                + (lockout.refused() > 0 ? " refused-before=" + lockout.refused() : ""));
            }
        }
        return new Attempt<>(identity, Optional.empty());
    }
}
