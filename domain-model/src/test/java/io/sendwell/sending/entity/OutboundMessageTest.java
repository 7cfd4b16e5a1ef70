package io.sendwell.sending.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboundMessageTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private static OutboundMessage queued() {
        return new OutboundMessage("m-1", "t-1", "mb-1", "d-1", "a@x.example", "Hi", TrafficClass.TRANSACTIONAL, null,
                "us-east-1", 1, new byte[] {1}, NOW);
    }

    @Test
    void aQueuedMessageIsClaimedOnceAndDueAtOnce() {
        OutboundMessage message = queued();
        assertThat(message.nextAttemptAt()).isEqualTo(NOW);
        assertThat(message.startSending(NOW)).isTrue();
        assertThat(message.startSending(NOW)).as("a second claim").isFalse();
        assertThat(message.status()).isEqualTo(MessageStatus.SENDING);
        assertThat(message.attempts()).isEqualTo(1);
    }

    @Test
    void retriesBackOffOneTwoFourSecondsAndGiveUpAfterEightAttempts() {
        OutboundMessage message = queued();
        for (int attempt = 1; attempt < OutboundMessage.MAX_ATTEMPTS; attempt++) {
            message.startSending(NOW);
            assertThat(message.retryLater("429", NOW)).isTrue();
            assertThat(Duration.between(NOW, message.nextAttemptAt()))
                    .isEqualTo(Duration.ofSeconds(Math.min(300, 1L << (attempt - 1))));
        }
        message.startSending(NOW);
        assertThat(message.retryLater("429", NOW)).isFalse();
        assertThat(message.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(message.statusDetail()).contains("gave up after 8 attempts");
    }

    @Test
    void aLostOutcomeIsSentAgainOnceThenGivenUp() {
        OutboundMessage message = queued();
        message.startSending(NOW);
        assertThat(message.settleUnknownOutcome(NOW.plusSeconds(600))).isEqualTo(OutboundMessage.Settlement.SEND_AGAIN);
        assertThat(message.status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(message.resentAfterUnknown()).isTrue();
        assertThat(message.nextAttemptAt()).isEqualTo(NOW.plusSeconds(600));

        message.startSending(NOW.plusSeconds(601));
        assertThat(message.settleUnknownOutcome(NOW.plusSeconds(1200))).isEqualTo(OutboundMessage.Settlement.GIVEN_UP);
        assertThat(message.status()).isEqualTo(MessageStatus.FAILED);
    }

    @Test
    void aMessageThatSesReportedIsNotSettledAgain() {
        OutboundMessage message = queued();
        message.startSending(NOW);
        message.recordFeedback(MessageStatus.SENT, "Send", NOW.plusSeconds(1));
        assertThat(message.settleUnknownOutcome(NOW.plusSeconds(600))).isEqualTo(OutboundMessage.Settlement.NOT_SENDING);
        assertThat(message.status()).isEqualTo(MessageStatus.SENT);
    }

    @Test
    void aLaterMoreTellingOutcomeWinsButAnEarlierOneDoesNotUndoIt() {
        OutboundMessage message = queued();
        message.startSending(NOW);
        message.markSent("ses-1", NOW);
        message.recordFeedback(MessageStatus.COMPLAINED, "Complaint", NOW);
        message.recordFeedback(MessageStatus.DELIVERED, "Delivery", NOW);
        assertThat(message.status()).isEqualTo(MessageStatus.COMPLAINED);
    }
}
