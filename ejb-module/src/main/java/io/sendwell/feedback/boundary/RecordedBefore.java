package io.sendwell.feedback.boundary;

import io.sendwell.feedback.boundary.FeedbackService.Notification;
import io.sendwell.feedback.control.SesEvent;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which notifications of a batch are new: SNS retries keep their MessageId, and the same SES event
 * arriving twice (two topics, or as eventType and notificationType) keeps its idempotency key. One
 * query per batch answers for all of them; duplicates inside the batch count once too.
 */
final class RecordedBefore {

    private final Set<String> snsMessageIds;
    private final Set<String> idempotencyKeys;

    private RecordedBefore(Set<String> snsMessageIds, Set<String> idempotencyKeys) {
        this.snsMessageIds = snsMessageIds;
        this.idempotencyKeys = idempotencyKeys;
    }

    @SuppressWarnings("unchecked")
    static RecordedBefore load(EntityManager em, List<Notification> notifications, List<SesEvent> events) {
        List<String> snsIds = notifications.stream().map(Notification::snsMessageId).distinct().toList();
        List<String> keys = events.stream().map(SesEvent::idempotencyKey).distinct().toList();
        List<Object[]> rows = em.createQuery("SELECT e.snsMessageId, e.idempotencyKey FROM DeliveryEvent e "
                        + "WHERE e.snsMessageId IN :snsIds OR e.idempotencyKey IN :keys")
                .setParameter("snsIds", snsIds).setParameter("keys", keys).getResultList();
        Set<String> seenSns = new HashSet<>();
        Set<String> seenKeys = new HashSet<>();
        for (Object[] row : rows) {
            seenSns.add((String) row[0]);
            seenKeys.add((String) row[1]);
        }
        return new RecordedBefore(seenSns, seenKeys);
    }

    /** True the first time this event is seen, in the database or earlier in the batch. */
    boolean isFirst(String snsMessageId, String idempotencyKey) {
        if (snsMessageIds.contains(snsMessageId) || idempotencyKeys.contains(idempotencyKey)) {
            return false;
        }
        snsMessageIds.add(snsMessageId);
        idempotencyKeys.add(idempotencyKey);
        return true;
    }
}
