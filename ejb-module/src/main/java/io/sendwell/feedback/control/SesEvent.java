package io.sendwell.feedback.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One SES event, normalised across event publishing ({@code eventType}) and identity notifications
 * ({@code notificationType}). Fields that a type does not have are null (bounce fields outside
 * bounces, and so on); lists and maps are never null.
 *
 * @param sesMessageId  {@code mail.messageId}, the id SES returned from SendEmail
 * @param timestamp     when the event happened (the event body's timestamp, else {@code mail.timestamp})
 * @param tags          {@code mail.tags}: SES's own ({@code ses:configuration-set}, ...) and ours
 *                      ({@code sendwell-message-id}, ...); empty for identity notifications
 * @param detail        the one type-specific fact worth keeping: reject reason, clicked link,
 *                      delay type, rendering error message or subscription source
 */
public record SesEvent(SesEventType type, String sesMessageId, Instant timestamp,
                       Map<String, List<String>> tags, List<RecipientOutcome> recipients,
                       BounceType bounceType, String bounceSubType, String complaintFeedbackType,
                       String feedbackId, String detail) {

    /** Recipients SES itself suppressed; SES does not count these towards the account's bounce rate. */
    static final String ON_ACCOUNT_SUPPRESSION_LIST = "OnAccountSuppressionList";
    /** The recipient's mail provider says the message was not spam after all. */
    static final String NOT_SPAM = "not-spam";

    public SesEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sesMessageId, "sesMessageId");
        Objects.requireNonNull(timestamp, "timestamp");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        tags.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        tags = Map.copyOf(copy);
        recipients = List.copyOf(recipients);
    }

    public Optional<String> tag(String name) {
        return tags.getOrDefault(name, List.of()).stream().findFirst();
    }

    /** A bounce that counts towards the bounce rate, as SES counts it. */
    public boolean countsAsHardBounce() {
        return type == SesEventType.BOUNCE && bounceType == BounceType.PERMANENT
                && !ON_ACCOUNT_SUPPRESSION_LIST.equals(bounceSubType);
    }

    /**
     * Whether the recipients of this event must not be mailed again. Every permanent bounce suppresses,
     * including OnAccountSuppressionList: SES would drop further sends anyway, and each one still costs
     * quota. Every complaint suppresses except a "not-spam" report.
     */
    public boolean shouldSuppress() {
        return switch (type) {
            case BOUNCE -> bounceType == BounceType.PERMANENT;
            case COMPLAINT -> !NOT_SPAM.equals(complaintFeedbackType);
            default -> false;
        };
    }

    public List<String> addressesToSuppress() {
        return shouldSuppress() ? recipients.stream().map(RecipientOutcome::address).toList() : List.of();
    }

    /**
     * Same value for the same SES event however often it arrives (SNS retries, the same event through
     * two topics, or once as eventType and once as notificationType). Bounces and complaints carry
     * SES's feedbackId; other events are identified by message, time, detail and recipients.
     * A SHA-256 hex string, 64 characters, so it fits a fixed-width unique column.
     */
    public String idempotencyKey() {
        String identity = feedbackId != null
                ? type.wireName() + "\nfeedback\n" + feedbackId
                : String.join("\n", type.wireName(), sesMessageId, timestamp.toString(), Objects.toString(detail, ""),
                        recipients.stream().map(RecipientOutcome::address).sorted().toList().toString());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-256", e);
        }
    }
}
