package io.sendwell.signin.control;

import io.sendwell.testing.MutableClock;
import io.sendwell.signin.control.SignInThrottle.Limits;
import io.sendwell.signin.control.SignInThrottle.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Limits ACCOUNT = new Limits(3, WINDOW, Duration.ofSeconds(60), Duration.ofSeconds(200));
    private static final Limits ADDRESS = new Limits(5, WINDOW, Duration.ofSeconds(300), Duration.ofSeconds(3600));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock, ACCOUNT, ADDRESS, 1000);

    @Test
    void anAccountIsRefusedAfterItsLimitOfFailuresForTheLockout() {
        failTimes("anna@acme.test", "10.0.0.1", 2);
        assertThat(throttle.check("anna@acme.test", "10.0.0.1").allowed()).isTrue();
        List<Report> started = throttle.recordFailure("anna@acme.test", "10.0.0.1");

        assertThat(started).extracting(Report::key, Report::lockedFor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("account:anna@acme.test", Duration.ofSeconds(60)));
        assertThat(throttle.check("anna@acme.test", "10.0.0.9").retryAfter()).contains(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.check("ANNA@acme.test ", "10.0.0.9").retryAfter()).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.check("anna@acme.test", "10.0.0.9").allowed()).isTrue();
    }

    @Test
    void otherAccountsAreNotAffectedByOneAccountsLockout() {
        failTimes("anna@acme.test", "10.0.0.1", 3);
        assertThat(throttle.check("bob@acme.test", "10.0.0.2").allowed()).isTrue();
    }

    @Test
    void anAddressSprayingManyUsernamesIsRefusedForEveryAccount() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("user" + i + "@acme.test", "10.0.0.1");
        }
        assertThat(throttle.check("never-tried@acme.test", "10.0.0.1").retryAfter()).contains(Duration.ofSeconds(300));
        assertThat(throttle.check("never-tried@acme.test", "10.0.0.2").allowed()).isTrue();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        failTimes("anna@acme.test", "10.0.0.1", 2);
        clock.advance(WINDOW);
        assertThat(throttle.recordFailure("anna@acme.test", "10.0.0.1")).isEmpty();
        assertThat(throttle.check("anna@acme.test", "10.0.0.1").allowed()).isTrue();
    }

    @Test
    void aSuccessForgivesTheAccountsFailuresButNotTheAddresss() {
        failTimes("anna@acme.test", "10.0.0.1", 2);
        throttle.recordSuccess("anna@acme.test");
        failTimes("anna@acme.test", "10.0.0.1", 2);
        assertThat(throttle.check("anna@acme.test", "10.0.0.1").allowed()).isTrue();
        assertThat(throttle.recordFailure("other@acme.test", "10.0.0.1"))
                .extracting(Report::key).containsExactly("address:10.0.0.1");
    }

    @ParameterizedTest(name = "lockout {0} lasts {1} s")
    @CsvSource({"1, 60", "2, 120", "3, 200", "4, 200"})
    void eachFurtherLockoutDoublesUpToTheMaximum(int lockout, long seconds) {
        Duration last = Duration.ZERO;
        for (int i = 0; i < lockout; i++) {
            clock.advance(last);
            last = failTimes("anna@acme.test", "10.0.0." + i, 3).get(0).lockedFor();
        }
        assertThat(last).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void aKeyQuietForAWindowAfterItsLockoutStartsOverAtTheShortestLockout() {
        failTimes("anna@acme.test", "10.0.0.1", 3);
        clock.advance(Duration.ofSeconds(60).plus(WINDOW));
        assertThat(failTimes("anna@acme.test", "10.0.0.2", 3).get(0).lockedFor()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void refusedAttemptsAreSummarisedOnceWhenTheLockoutIsOver() {
        failTimes("anna@acme.test", "10.0.0.1", 3);
        for (int i = 0; i < 40; i++) {
            assertThat(throttle.check("anna@acme.test", "10.0.0.1").allowed()).isFalse();
        }
        clock.advance(Duration.ofSeconds(60));
        SignInThrottle.Verdict after = throttle.check("anna@acme.test", "10.0.0.1");
        assertThat(after.allowed()).isTrue();
        assertThat(after.endedLockouts()).extracting(Report::key, Report::refused)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("account:anna@acme.test", 40L));
        assertThat(throttle.check("anna@acme.test", "10.0.0.1").endedLockouts()).isEmpty();
    }

    @Test
    void ipv6AddressesAreThrottledByTheirSlash64() {
        assertThat(SignInThrottle.addressKey("2001:db8:1:2:aaaa::1")).isEqualTo(SignInThrottle.addressKey("2001:db8:1:2:bbbb::7"));
        assertThat(SignInThrottle.addressKey("2001:db8:1:2::1")).isNotEqualTo(SignInThrottle.addressKey("2001:db8:1:3::1"));
        assertThat(SignInThrottle.addressKey("192.0.2.7")).isEqualTo("address:192.0.2.7");
    }

    @Test
    void theNumberOfTrackedKeysIsBounded() {
        SignInThrottle small = new SignInThrottle(clock, ACCOUNT, new Limits(1000, WINDOW, Duration.ofSeconds(1), Duration.ofSeconds(1)), 10);
        for (int i = 0; i < 3; i++) {
            small.recordFailure("victim@acme.test", "10.0.0.1");
        }
        for (int i = 0; i < 20; i++) {
            small.recordFailure("spray" + i + "@acme.test", "10.0.0.1");
        }
        // The victim's lockout was the least recently used key: evicted rather than the map growing.
        assertThat(small.check("victim@acme.test", "10.0.0.2").allowed()).isTrue();
    }

    private List<Report> failTimes(String username, String address, int times) {
        List<Report> last = List.of();
        for (int i = 0; i < times; i++) {
            last = throttle.recordFailure(username, address);
        }
        return last;
    }
}
