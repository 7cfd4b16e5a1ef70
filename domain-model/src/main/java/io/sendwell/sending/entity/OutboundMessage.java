package io.sendwell.sending.entity;

import io.sendwell.platform.entity.Ids;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A message a tenant asked Sendwell to send: the outbox row. The complete MIME message is built
 * and stored at acceptance, so what SES later sends is exactly what was validated.
 */
@Entity
@Table(name = "outbound_message")
@NamedQuery(name = OutboundMessage.BY_IDEMPOTENCY_KEY,
        query = "SELECT m FROM OutboundMessage m WHERE m.tenantId = :tenantId AND m.idempotencyKey = :key")
@NamedQuery(name = OutboundMessage.BY_SES_ID, query = "SELECT m FROM OutboundMessage m WHERE m.sesMessageId = :sesMessageId")
public class OutboundMessage {

    public static final String BY_IDEMPOTENCY_KEY = "OutboundMessage.byIdempotencyKey";
    public static final String BY_SES_ID = "OutboundMessage.bySesId";
    /** Retries of SES throttling and 5xx before a message is given up as FAILED. */
    public static final int MAX_ATTEMPTS = 8;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "mailbox_id", nullable = false, length = 36)
    private String mailboxId;

    @Column(name = "domain_id", nullable = false, length = 36)
    private String domainId;

    @Column(name = "from_address", nullable = false, length = 320)
    private String fromAddress;

    @Column(length = 998)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "traffic_class", nullable = false, length = 16)
    private TrafficClass trafficClass;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MessageStatus status;

    @Column(name = "status_detail", length = 1000)
    private String statusDetail;

    @Column(name = "idempotency_key", length = 200)
    private String idempotencyKey;

    @Column(name = "ses_region", nullable = false, length = 32)
    private String sesRegion;

    @Column(name = "ses_message_id", length = 120)
    private String sesMessageId;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "recipient_count", nullable = false)
    private int recipientCount;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "raw_mime")
    private byte[] rawMime;

    /** When the raw MIME was deleted after the retention period (null while it is kept). */
    @Column(name = "body_purged_at")
    private Instant bodyPurgedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Sent a second time because the first call's outcome was lost and SES reported nothing. */
    @Column(name = "resent_after_unknown", nullable = false)
    private boolean resentAfterUnknown;

    /** When a QUEUED message is due (again); the outbox sweeper re-offers overdue ones. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Version
    private long version;

    protected OutboundMessage() {
    }

    public OutboundMessage(String tenantId, String mailboxId, String domainId, String fromAddress, String subject,
                           TrafficClass trafficClass, String idempotencyKey, String sesRegion, int recipientCount,
                           byte[] rawMime, Instant now) {
        this(Ids.newId(), tenantId, mailboxId, domainId, fromAddress, subject, trafficClass, idempotencyKey, sesRegion,
                recipientCount, rawMime, now);
    }

    /** With an id chosen up front: the id is written into the MIME (X-Sendwell-Message-Id) before the row exists. */
    public OutboundMessage(String id, String tenantId, String mailboxId, String domainId, String fromAddress, String subject,
                           TrafficClass trafficClass, String idempotencyKey, String sesRegion, int recipientCount,
                           byte[] rawMime, Instant now) {
        this.id = id;
        this.tenantId = tenantId;
        this.mailboxId = mailboxId;
        this.domainId = domainId;
        this.fromAddress = fromAddress;
        this.subject = subject;
        this.trafficClass = trafficClass;
        this.idempotencyKey = idempotencyKey;
        this.sesRegion = sesRegion;
        this.recipientCount = recipientCount;
        this.rawMime = rawMime;
        this.sizeBytes = rawMime.length;
        this.status = MessageStatus.QUEUED;
        this.createdAt = now;
        this.updatedAt = now;
        this.nextAttemptAt = now;
    }

    /** Claims the message for one SES call. False when another delivery of the JMS message got there first. */
    public boolean startSending(Instant now) {
        if (status != MessageStatus.QUEUED) {
            return false;
        }
        status = MessageStatus.SENDING;
        attempts++;
        updatedAt = now;
        return true;
    }

    public void markSent(String sesId, Instant now) {
        this.sesMessageId = sesId;
        if (status == MessageStatus.SENDING || status == MessageStatus.QUEUED) {
            this.status = MessageStatus.SENT;
        }
        this.sentAt = now;
        this.updatedAt = now;
    }

    /**
     * SES was busy (throttled, 5xx) or the attempt broke before SES was called: back to the queue,
     * due after a backoff that doubles per attempt, unless it has been tried too often.
     */
    public boolean retryLater(String reason, Instant now) {
        this.statusDetail = reason;
        this.updatedAt = now;
        if (attempts >= MAX_ATTEMPTS) {
            this.status = MessageStatus.FAILED;
            this.statusDetail = "gave up after " + attempts + " attempts: " + reason;
            return false;
        }
        this.status = MessageStatus.QUEUED;
        this.nextAttemptAt = now.plus(backoff(attempts));
        return true;
    }

    /** 1 s, 2 s, 4 s ... capped at 5 minutes. */
    static java.time.Duration backoff(int attempts) {
        return java.time.Duration.ofMillis(Math.min(300_000L, 1000L << Math.min(Math.max(attempts, 1) - 1, 20)));
    }

    /** What {@link #settleUnknownOutcome} did. */
    public enum Settlement { NOT_SENDING, SEND_AGAIN, GIVEN_UP }

    /**
     * The message has been SENDING for too long: the server died during the SES call (or before
     * recording its answer), and SES reported no event for it, which it would have if it had taken
     * the message. Send it again, once, flagged; a second unknown outcome is given up (FAILED) rather
     * than risking a third copy.
     */
    public Settlement settleUnknownOutcome(Instant now) {
        if (status != MessageStatus.SENDING) {
            return Settlement.NOT_SENDING;
        }
        updatedAt = now;
        if (resentAfterUnknown) {
            status = MessageStatus.FAILED;
            statusDetail = "the outcome of two SES calls was lost and SES reported no event: not sent a third time";
            return Settlement.GIVEN_UP;
        }
        resentAfterUnknown = true;
        status = MessageStatus.QUEUED;
        nextAttemptAt = now;
        statusDetail = "the outcome of the SES call was lost (the server stopped) and SES reported no event: sent again once";
        return Settlement.SEND_AGAIN;
    }

    public boolean resentAfterUnknown() {
        return resentAfterUnknown;
    }

    public void fail(String reason, Instant now) {
        this.status = MessageStatus.FAILED;
        this.statusDetail = reason;
        this.updatedAt = now;
    }

    /** Feedback moves the status on; a later, more telling outcome wins (a complaint after a delivery). */
    public void recordFeedback(MessageStatus outcome, String detail, Instant now) {
        if (rank(outcome) >= rank(status)) {
            this.status = outcome;
            this.statusDetail = detail;
        }
        if (sentAt == null && outcome != MessageStatus.REJECTED) {
            sentAt = now;
        }
        this.updatedAt = now;
    }

    private static int rank(MessageStatus s) {
        return switch (s) {
            case QUEUED -> 0;
            case SENDING -> 1;
            case SENT -> 2;
            case DELAYED -> 3;
            case DELIVERED -> 4;
            case BOUNCED, REJECTED, FAILED -> 5;
            case COMPLAINED -> 6;
        };
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String mailboxId() {
        return mailboxId;
    }

    public String domainId() {
        return domainId;
    }

    public String fromAddress() {
        return fromAddress;
    }

    public String subject() {
        return subject;
    }

    public TrafficClass trafficClass() {
        return trafficClass;
    }

    public MessageStatus status() {
        return status;
    }

    public String statusDetail() {
        return statusDetail;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String sesRegion() {
        return sesRegion;
    }

    public String sesMessageId() {
        return sesMessageId;
    }

    public int attempts() {
        return attempts;
    }

    public int recipientCount() {
        return recipientCount;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    /** The MIME as accepted; null once purged after the retention period (never before it was sent). */
    public byte[] rawMime() {
        return rawMime;
    }

    public Instant bodyPurgedAt() {
        return bodyPurgedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
