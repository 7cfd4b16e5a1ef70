package io.sendwell.feedback.control;

import java.time.Instant;

/**
 * The feedback path's state. {@code reason} says what an operator should look at (null when UP);
 * it names no topic ARN, because /health is public. {@code awaitingSince} is when the oldest message
 * still waiting for its first event was sent, if any.
 */
public record FeedbackHealth(boolean up, int unsubscribedTopics, Instant awaitingSince, String reason) {

    static FeedbackHealth up(Instant awaitingSince) {
        return new FeedbackHealth(true, 0, awaitingSince, null);
    }

    static FeedbackHealth down(int unsubscribedTopics, Instant awaitingSince, String reason) {
        return new FeedbackHealth(false, unsubscribedTopics, awaitingSince, reason);
    }
}
