package io.sendwell.feedback.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether feedback still reaches Sendwell. Rates and enforcement move only when SES events arrive,
 * so silence looks exactly like a clean sender: it must be an alert of its own (issue 11, finding 9).
 *
 * <p>DOWN when an SNS topic's latest word was an unsubscription, or when a message was sent more
 * than {@code silenceLimit} ago and no event at all has been received since. SES publishes a Send
 * event for every message within seconds, so a limit of minutes only catches a broken path, not a
 * slow mailbox provider. Nothing sent since the last event is not silence: an idle platform is UP.
 */
public final class FeedbackHealthPolicy {

    private final Clock clock;
    private final Duration silenceLimit;

    public FeedbackHealthPolicy(Clock clock, Duration silenceLimit) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (silenceLimit.isNegative() || silenceLimit.isZero()) {
            throw new IllegalArgumentException("the feedback silence limit must be positive, not " + silenceLimit);
        }
        this.silenceLimit = silenceLimit;
    }

    /**
     * @param unsubscribedTopics topics whose latest SNS (un)subscription message was an unsubscription
     * @param oldestSentSinceLastFeedback when the oldest message sent after the last received event
     *        (after the beginning of time when there never was one) was sent; empty when there is none
     */
    public FeedbackHealth assess(List<String> unsubscribedTopics, Optional<Instant> oldestSentSinceLastFeedback) {
        if (!unsubscribedTopics.isEmpty()) {
            return FeedbackHealth.down(unsubscribedTopics.size(), null,
                    unsubscribedTopics.size() + " SNS subscription(s) of the SES event topic were unsubscribed: "
                            + "no feedback arrives until the topic is subscribed (and confirmed) again");
        }
        Instant now = clock.instant();
        return oldestSentSinceLastFeedback
                .filter(sent -> Duration.between(sent, now).compareTo(silenceLimit) > 0)
                .map(sent -> FeedbackHealth.down(0, sent, "no SES feedback received for a message sent at " + sent
                        + " (" + Duration.between(sent, now).toMinutes() + " minutes ago; the limit is "
                        + silenceLimit.toMinutes() + "): check the configuration set's event destination, "
                        + "the SNS subscription and /sns/ses-events"))
                .orElseGet(() -> FeedbackHealth.up(oldestSentSinceLastFeedback.orElse(null)));
    }
}
