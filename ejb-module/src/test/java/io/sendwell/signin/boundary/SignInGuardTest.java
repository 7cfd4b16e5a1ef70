package io.sendwell.signin.boundary;

import io.sendwell.testing.MutableClock;
import io.sendwell.audit.boundary.AuditLog;
import io.sendwell.platform.control.Caller;
import io.sendwell.signin.control.SignInThrottle;
import io.sendwell.signin.control.SignInThrottles;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SignInGuardTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final SignInGuard guard = new SignInGuard();
    private final AtomicInteger passwordChecks = new AtomicInteger();

    SignInGuardTest() {
        guard.throttles = SignInThrottles.of(new SignInThrottle(clock,
                new SignInThrottle.Limits(3, WINDOW, Duration.ofSeconds(60), Duration.ofSeconds(900)),
                new SignInThrottle.Limits(50, WINDOW, Duration.ofSeconds(300), Duration.ofSeconds(3600)), 1000));
        guard.audit = audit;
    }

    @Test
    void aThrottledAttemptIsRefusedWithoutCheckingThePasswordEvenTheRightOne() {
        for (int i = 0; i < 3; i++) {
            assertThat(attempt(false).throttled()).isFalse();
        }
        assertThat(passwordChecks).hasValue(3);

        SignInGuard.Attempt<String> refused = attempt(true);

        assertThat(refused.throttled()).isTrue();
        assertThat(refused.signedIn()).isEmpty();
        assertThat(refused.retryAfterSeconds()).isEqualTo(60);
        assertThat(passwordChecks).as("no hashing for a throttled attempt").hasValue(3);
    }

    @Test
    void aBurstOfGuessesWritesOneRowForTheLockoutAndOneSummaryOfWhatWasRefused() {
        for (int i = 0; i < 3 + 500; i++) {
            attempt(false);
        }
        assertThat(audit.actions).containsExactly("sign-in.throttled");
        assertThat(audit.details.get(0)).contains("account:anna@acme.test", "failures=3", "locked-seconds=60");

        clock.advance(Duration.ofSeconds(60));
        assertThat(attempt(true).signedIn()).contains("anna@acme.test");

        assertThat(audit.actions).containsExactly("sign-in.throttled", "sign-in.refused-while-throttled");
        assertThat(audit.details.get(1)).contains("account:anna@acme.test", "refused=500");
    }

    @Test
    void retryAfterIsRoundedUpToWholeSeconds() {
        for (int i = 0; i < 3; i++) {
            attempt(false);
        }
        clock.advance(Duration.ofMillis(59_500));
        assertThat(attempt(true).retryAfterSeconds()).isEqualTo(1);
    }

    private SignInGuard.Attempt<String> attempt(boolean rightPassword) {
        return guard.attempt("anna@acme.test", "192.0.2.7", () -> {
            passwordChecks.incrementAndGet();
            return rightPassword ? Optional.of("anna@acme.test") : Optional.empty();
        });
    }

    /** The audit trail without a database: what would have been written. */
    private static final class RecordingAuditLog extends AuditLog {
        final List<String> actions = new ArrayList<>();
        final List<String> details = new ArrayList<>();

        @Override
        public void record(Caller caller, String tenantId, String action, String objectType, String objectId, String detail) {
            actions.add(action);
            details.add(detail);
        }
    }
}
