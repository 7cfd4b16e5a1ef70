package io.sendwell.sending.control;

import io.sendwell.sending.entity.MessageRecipient;
import io.sendwell.sending.entity.MessageStatus;
import io.sendwell.sending.entity.MessageTags;
import io.sendwell.sending.entity.OutboundMessage;
import io.sendwell.sending.ses.ConfigurationSets;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox state changes around one SES call, each committed on its own (REQUIRES_NEW):
 * the claim (QUEUED → SENDING) is durable before SES is called, so a message offered twice (by
 * the sweeper, by two servers) is claimed once and SES is never called a second time.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Outbox {

    /** A QUEUED message that is due: what the sweeper needs to offer it again. */
    public record Due(String messageId, String tenantId, String domainId, String mailboxId, String region, int recipients) {
    }

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DailyCounters counters;

    public Optional<OutboundEmail> claim(String messageId) {
        OutboundMessage message = em.find(OutboundMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.startSending(clock.instant())) {
            return Optional.empty();
        }
        var destinations = em.createNamedQuery(MessageRecipient.OF_MESSAGE, MessageRecipient.class)
                .setParameter("messageId", messageId).getResultStream().map(MessageRecipient::address).toList();
        return Optional.of(new OutboundEmail(message.sesRegion(), ConfigurationSets.nameFor(message.trafficClass()),
                message.fromAddress(), destinations, message.rawMime(),
                Map.of(MessageTags.MESSAGE, message.id(), MessageTags.TENANT, message.tenantId(),
                        MessageTags.MAILBOX, message.mailboxId())));
    }

    public void markSent(String messageId, String sesMessageId) {
        // locked like the feedback drainer does: SES's first events for it may be arriving now
        em.find(OutboundMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE).markSent(sesMessageId, clock.instant());
    }

    /** When the message is due again, or empty when it has now failed for good (its reservation is given back). */
    public Optional<Instant> retryLater(String messageId, String reason) {
        OutboundMessage message = em.find(OutboundMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message.retryLater(reason, clock.instant())) {
            return Optional.of(message.nextAttemptAt());
        }
        releaseReservation(message);
        return Optional.empty();
    }

    /** SES refused the message for good: FAILED, and its reservation against the daily limits is given back. */
    public void fail(String messageId, String reason) {
        OutboundMessage message = em.find(OutboundMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        message.fail(reason, clock.instant());
        releaseReservation(message);
    }

    /**
     * A message that waited in the outbox while its sender was paused: FAILED with the reason, its
     * reservation given back. Only while still QUEUED (another server may have sent it meanwhile).
     */
    public void failQueued(String messageId, String reason) {
        OutboundMessage message = em.find(OutboundMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message != null && message.status() == MessageStatus.QUEUED) {
            message.fail(reason, clock.instant());
            releaseReservation(message);
        }
    }

    /** SENDING since before {@code before}: their SES call's outcome was lost. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<String> sendingSince(Instant before, int limit) {
        return em.createNativeQuery("SELECT id FROM outbound_message WHERE status = 'SENDING' AND updated_at < ? ORDER BY updated_at")
                .setParameter(1, Timestamp.from(before)).setMaxResults(limit).getResultList();
    }

    /** Settles a message whose outcome is unknown (see the entity); the message to offer again, if any. */
    public Optional<Due> settleUnknownOutcome(String messageId) {
        OutboundMessage message = em.find(OutboundMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        OutboundMessage.Settlement settlement = message.settleUnknownOutcome(clock.instant());
        if (settlement == OutboundMessage.Settlement.GIVEN_UP) {
            releaseReservation(message);
        }
        return settlement == OutboundMessage.Settlement.SEND_AGAIN
                ? Optional.of(new Due(message.id(), message.tenantId(), message.domainId(), message.mailboxId(),
                        message.sesRegion(), message.recipientCount()))
                : Optional.empty();
    }

    private void releaseReservation(OutboundMessage message) {
        counters.release(DailyLimit.scopeKeys(message.tenantId(), message.domainId(), message.mailboxId()),
                message.createdAt(), message.recipientCount());
    }

    /** QUEUED messages due before {@code dueBefore}, oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<Due> due(Instant dueBefore, int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, tenant_id, domain_id, mailbox_id, ses_region, recipient_count "
                        + "FROM outbound_message WHERE status = 'QUEUED' AND next_attempt_at <= ? ORDER BY next_attempt_at")
                .setParameter(1, Timestamp.from(dueBefore)).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Due((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                ((Number) r[5]).intValue())).toList();
    }
}
