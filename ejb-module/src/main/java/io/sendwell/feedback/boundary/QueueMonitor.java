package io.sendwell.feedback.boundary;

import io.sendwell.feedback.control.FeedbackInbox;
import io.sendwell.feedback.entity.DeliveryEvent;
import io.sendwell.platform.control.Caller;
import io.sendwell.sending.boundary.MessageQueries;
import io.sendwell.sending.control.AccountQuotas;
import io.sendwell.sending.control.DispatchQueue;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What an operator checks first when sending or feedback looks stuck: how many notifications wait
 * in the feedback inbox and how many were set aside as dead letters (each failed every attempt),
 * how many events were recorded, how many messages wait to be sent or are being sent (and how many
 * this server holds in memory), and the SES send rate it paces to. Counts over indexed columns:
 * cheap enough to poll.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QueueMonitor {

    public record FeedbackStatus(long inboxPending, long inboxDeadLetters, long deliveryEvents,
                                 long outboxQueued, long outboxSending, long dispatchHeld,
                                 java.util.Map<String, Double> sesMaxSendRateByRegion) {
    }

    @Inject
    FeedbackInbox inbox;

    @Inject
    MessageQueries messages;

    @Inject
    DispatchQueue dispatchQueue;

    @Inject
    AccountQuotas quotas;

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    public FeedbackStatus status(Caller caller) {
        caller.requirePlatformAdmin("see queue depths");
        return new FeedbackStatus(inbox.pending(), inbox.deadLetters(),
                em.createNamedQuery(DeliveryEvent.COUNT_ALL, Long.class).getSingleResult(),
                messages.countWithStatus("QUEUED"), messages.countWithStatus("SENDING"), dispatchQueue.size(),
                new java.util.TreeMap<>(quotas.allOrDefault().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        java.util.Map.Entry::getKey, e -> e.getValue().maxSendRate()))));
    }
}
