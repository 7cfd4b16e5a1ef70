package io.sendwell.feedback.entity;

import io.sendwell.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One SES event Sendwell accepted, recorded once: the unique SNS MessageId and SES idempotency key
 * make a second delivery of the same event detectable (and, under a race, a constraint violation
 * that rolls the duplicate back).
 */
@Entity
@Table(name = "delivery_event")
@NamedQuery(name = DeliveryEvent.COUNT_SAME, query = "SELECT COUNT(e) FROM DeliveryEvent e "
        + "WHERE e.snsMessageId = :snsMessageId OR e.idempotencyKey = :idempotencyKey")
@NamedQuery(name = DeliveryEvent.COUNT_ALL, query = "SELECT COUNT(e) FROM DeliveryEvent e")
@NamedQuery(name = DeliveryEvent.OF_MESSAGE, query = "SELECT e FROM DeliveryEvent e "
        + "WHERE e.messageId = :messageId OR e.sesMessageId = :sesMessageId ORDER BY e.occurredAt, e.receivedAt")
public class DeliveryEvent {

    public static final String COUNT_SAME = "DeliveryEvent.countSame";
    public static final String COUNT_ALL = "DeliveryEvent.countAll";
    /** A message's events, oldest first; by SES id too, for events that arrived before the outbox row knew it. */
    public static final String OF_MESSAGE = "DeliveryEvent.ofMessage";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "sns_message_id", nullable = false, length = 100)
    private String snsMessageId;

    @Column(name = "idempotency_key", nullable = false, length = 64)
    private String idempotencyKey;

    @Column(name = "event_type", nullable = false, length = 32)
    private String eventType;

    @Column(name = "ses_message_id", nullable = false, length = 120)
    private String sesMessageId;

    @Column(name = "message_id", length = 36)
    private String messageId;

    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Column(name = "mailbox_id", length = 36)
    private String mailboxId;

    @Column(name = "domain_id", length = 36)
    private String domainId;

    @Column(name = "recipient_count", nullable = false)
    private int recipientCount;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(length = 1000)
    private String detail;

    protected DeliveryEvent() {
    }

    public DeliveryEvent(String snsMessageId, String idempotencyKey, String eventType, String sesMessageId,
                         Attribution attribution, int recipientCount, Instant occurredAt, Instant receivedAt,
                         String detail) {
        this.id = Ids.newId();
        this.snsMessageId = Objects.requireNonNull(snsMessageId, "snsMessageId");
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.sesMessageId = Objects.requireNonNull(sesMessageId, "sesMessageId");
        this.messageId = attribution.messageId();
        this.tenantId = attribution.tenantId();
        this.mailboxId = attribution.mailboxId();
        this.domainId = attribution.domainId();
        this.recipientCount = recipientCount;
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    /**
     * Whose mail an event is about. Any part may be null: the outbox row is authoritative when we
     * have it, otherwise the SES tags we set on the send are used.
     */
    public record Attribution(String messageId, String tenantId, String mailboxId, String domainId) {
        public static final Attribution UNKNOWN = new Attribution(null, null, null, null);
    }

    public String id() {
        return id;
    }

    public String snsMessageId() {
        return snsMessageId;
    }

    public String eventType() {
        return eventType;
    }

    public String sesMessageId() {
        return sesMessageId;
    }

    public Attribution attribution() {
        return new Attribution(messageId, tenantId, mailboxId, domainId);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public int recipientCount() {
        return recipientCount;
    }

    public String detail() {
        return detail;
    }
}
