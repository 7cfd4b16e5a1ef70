package io.sendwell.sending.boundary;

import io.sendwell.sending.control.OutboundEmail;
import io.sendwell.sending.entity.MessageRecipient;
import io.sendwell.sending.entity.OutboundMessage;
import io.sendwell.sending.ses.ConfigurationSets;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox state changes around one SES call, each committed on its own (REQUIRES_NEW):
 * the claim (QUEUED → SENDING) is durable before SES is called, so a redelivered JMS message
 * finds it claimed and never calls SES a second time.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DispatchService {

    /** EmailTags SES echoes in every event of the message; feedback attributes events by them. */
    public static final String TAG_MESSAGE = "sendwell-message-id";
    public static final String TAG_TENANT = "sendwell-tenant";
    public static final String TAG_MAILBOX = "sendwell-mailbox";

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<OutboundEmail> claim(String messageId) {
        OutboundMessage message = em.find(OutboundMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.startSending(clock.instant())) {
            return Optional.empty();
        }
        var destinations = em.createNamedQuery(MessageRecipient.OF_MESSAGE, MessageRecipient.class)
                .setParameter("messageId", messageId).getResultStream().map(MessageRecipient::address).toList();
        return Optional.of(new OutboundEmail(message.sesRegion(), ConfigurationSets.nameFor(message.trafficClass()),
                message.fromAddress(), destinations, message.rawMime(),
                Map.of(TAG_MESSAGE, message.id(), TAG_TENANT, message.tenantId(), TAG_MAILBOX, message.mailboxId())));
    }

    public void markSent(String messageId, String sesMessageId) {
        // locked like the feedback listener does: SES's first events for it may be arriving now
        em.find(OutboundMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE).markSent(sesMessageId, clock.instant());
    }

    /** True when the message should be tried again later; false when it has now failed for good. */
    public boolean retryLater(String messageId, String reason) {
        return em.find(OutboundMessage.class, messageId).retryLater(reason, clock.instant());
    }

    public void fail(String messageId, String reason) {
        em.find(OutboundMessage.class, messageId).fail(reason, clock.instant());
    }

    public int attempts(String messageId) {
        OutboundMessage message = em.find(OutboundMessage.class, messageId);
        return message == null ? 0 : message.attempts();
    }
}
