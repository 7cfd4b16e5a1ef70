package io.sendwell.sending.control;

import io.sendwell.sending.entity.MessageStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Deletes the raw MIME of messages SES has had for longer than the retention period (issue 11,
 * finding 12): bodies hold personal data and most of the table's size, and once a message is past
 * SENDING nothing sends it again. Its metadata (recipients, status, size) stays.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MessageBodies {

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    /** Purges up to {@code limit} bodies last changed before {@code before}; how many it purged. */
    @SuppressWarnings("unchecked")
    public int purge(Instant before, Instant now, int limit) {
        // QUEUED and SENDING may still need their body: a retry, or a resend after an unknown outcome
        List<String> ids = em.createNativeQuery("SELECT id FROM outbound_message WHERE body_purged_at IS NULL "
                        + "AND status NOT IN ('QUEUED', 'SENDING') AND updated_at < ?")
                .setParameter(1, Timestamp.from(before)).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("UPDATE OutboundMessage m SET m.rawMime = NULL, m.bodyPurgedAt = :now "
                        + "WHERE m.id IN :ids AND m.bodyPurgedAt IS NULL AND m.status NOT IN :keep")
                .setParameter("now", now).setParameter("ids", ids)
                .setParameter("keep", List.of(MessageStatus.QUEUED, MessageStatus.SENDING))
                .executeUpdate();
    }
}
