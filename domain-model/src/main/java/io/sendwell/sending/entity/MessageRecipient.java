package io.sendwell.sending.entity;

import io.sendwell.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One recipient of a message and what finally happened to the mail for them. */
@Entity
@Table(name = "message_recipient")
@NamedQuery(name = MessageRecipient.OF_MESSAGE, query = "SELECT r FROM MessageRecipient r WHERE r.messageId = :messageId ORDER BY r.kind, r.address")
public class MessageRecipient {

    public static final String OF_MESSAGE = "MessageRecipient.ofMessage";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "message_id", nullable = false, length = 36)
    private String messageId;

    @Column(nullable = false, length = 320)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private RecipientKind kind;

    /** PENDING until feedback says DELIVERED, BOUNCED, COMPLAINED or DELAYED. */
    @Column(nullable = false, length = 16)
    private String outcome;

    @Column(length = 1000)
    private String detail;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected MessageRecipient() {
    }

    public MessageRecipient(String messageId, String address, RecipientKind kind) {
        this.id = Ids.newId();
        this.messageId = messageId;
        this.address = address;
        this.kind = kind;
        this.outcome = "PENDING";
    }

    public void recordOutcome(String newOutcome, String newDetail, Instant at) {
        this.outcome = newOutcome;
        this.detail = newDetail == null || newDetail.length() <= 1000 ? newDetail : newDetail.substring(0, 1000);
        this.updatedAt = at;
    }

    /**
     * Whether SES has said how the mail for this recipient ended (DELAYED and PENDING may still change).
     * A complaint can follow a delivery days later; pages that watch a message stop at this point anyway.
     */
    public boolean hasFinalOutcome() {
        return "DELIVERED".equals(outcome) || "BOUNCED".equals(outcome) || "COMPLAINED".equals(outcome);
    }

    /** Nothing more is expected for the message: refused for good, or every recipient has a final outcome. */
    public static boolean settled(OutboundMessage message, java.util.List<MessageRecipient> recipients) {
        return message.status().isFinal()
                || (!recipients.isEmpty() && recipients.stream().allMatch(MessageRecipient::hasFinalOutcome));
    }

    public String id() {
        return id;
    }

    public String messageId() {
        return messageId;
    }

    public String address() {
        return address;
    }

    public RecipientKind kind() {
        return kind;
    }

    public String outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
