package io.sendwell.feedback.control;

import io.sendwell.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedbackHealthPolicyTest {

    private static final Instant SENT = Instant.parse("2026-12-01T10:00:00Z");
    private final MutableClock clock = new MutableClock(SENT);
    private final FeedbackHealthPolicy policy = new FeedbackHealthPolicy(clock, Duration.ofMinutes(30));

    @Test
    void anIdlePlatformIsUp() {
        clock.advance(Duration.ofDays(3));
        assertThat(policy.assess(List.of(), Optional.empty()).up()).isTrue();
    }

    @Test
    void aMessageWaitingForItsFirstEventIsUpWithinTheLimit() {
        clock.advance(Duration.ofMinutes(30));
        FeedbackHealth health = policy.assess(List.of(), Optional.of(SENT));
        assertThat(health.up()).isTrue();
        assertThat(health.awaitingSince()).isEqualTo(SENT);
    }

    @Test
    void noEventForLongerThanTheLimitAfterASendIsDown() {
        clock.advance(Duration.ofMinutes(31));
        FeedbackHealth health = policy.assess(List.of(), Optional.of(SENT));
        assertThat(health.up()).isFalse();
        assertThat(health.reason()).contains("no SES feedback", "31 minutes ago", "limit is 30");
    }

    @Test
    void anUnsubscribedTopicIsDownAtOnceWithoutNamingTheTopic() {
        FeedbackHealth health = policy.assess(List.of("arn:aws:sns:us-east-1:123456789012:events"), Optional.empty());
        assertThat(health.up()).isFalse();
        assertThat(health.unsubscribedTopics()).isEqualTo(1);
        assertThat(health.reason()).contains("unsubscribed").doesNotContain("123456789012");
    }

    @Test
    void aLimitThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new FeedbackHealthPolicy(clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
    }
}
