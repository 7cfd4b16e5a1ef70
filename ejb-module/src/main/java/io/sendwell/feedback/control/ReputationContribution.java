package io.sendwell.feedback.control;

import io.sendwell.sending.entity.MessageStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one SES event adds to the reputation counters, counted per recipient as SES does.
 *
 * <p>"Sent" cannot be a plain count of Send events: a configuration set may not publish Send, and
 * then Delivery and Bounce are the only proof that a message went out. So each event names the
 * recipients it proves were sent ({@code sentCandidates}) and the counter adds only those not seen
 * before for that SES message. Bounces SES itself suppressed (OnAccountSuppressionList) were never
 * attempted and count nowhere, as in SES's own bounce rate.
 */
public record ReputationContribution(List<String> sentCandidates, long delivered, long hardBounces, long complaints) {

    public ReputationContribution {
        sentCandidates = List.copyOf(sentCandidates);
    }

    public static ReputationContribution of(SesEvent event) {
        List<String> recipients = event.recipients().stream()
                .map(r -> r.address().strip().toLowerCase(Locale.ROOT)).distinct().toList();
        int n = recipients.size();
        return switch (event.type()) {
            case SEND -> new ReputationContribution(recipients, 0, 0, 0);
            case DELIVERY -> new ReputationContribution(recipients, n, 0, 0);
            case BOUNCE -> SesEvent.ON_ACCOUNT_SUPPRESSION_LIST.equals(event.bounceSubType())
                    ? none()
                    : new ReputationContribution(recipients, 0, event.countsAsHardBounce() ? n : 0, 0);
            case COMPLAINT -> new ReputationContribution(List.of(), 0, 0,
                    SesEvent.NOT_SPAM.equals(event.complaintFeedbackType()) ? 0 : n);
            default -> none();
        };
    }

    public static ReputationContribution none() {
        return new ReputationContribution(List.of(), 0, 0, 0);
    }

    /** The message status an event moves to, if it says anything about delivery at all. */
    public static Optional<MessageStatus> messageStatus(SesEvent event) {
        return Optional.ofNullable(switch (event.type()) {
            case SEND -> MessageStatus.SENT;
            case DELIVERY -> MessageStatus.DELIVERED;
            case DELIVERY_DELAY -> MessageStatus.DELAYED;
            case BOUNCE -> event.bounceType() == BounceType.PERMANENT ? MessageStatus.BOUNCED : MessageStatus.DELAYED;
            case COMPLAINT -> MessageStatus.COMPLAINED;
            case REJECT -> MessageStatus.REJECTED;
            case RENDERING_FAILURE -> MessageStatus.FAILED;
            case OPEN, CLICK, SUBSCRIPTION -> null;
        });
    }
}
