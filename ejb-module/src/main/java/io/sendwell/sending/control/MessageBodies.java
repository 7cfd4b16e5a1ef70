package io.sendwell.sending.control;

import io.sendwell.platform.control.Database;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Deletes the raw MIME of messages SES has had for longer than the retention period (issue 11,
 * finding 12): bodies hold personal data and most of the table's size, and once a message is past
 * SENDING nothing sends it again. Its metadata (recipients, status, size) stays.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MessageBodies {

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    Database database;

    /** Purges up to {@code limit} bodies last changed before {@code before}; how many it purged. */
    @SuppressWarnings("unchecked")
    public int purge(Instant before, Instant now, int limit) {
        // QUEUED and SENDING may still need their body: a retry, or a resend after an unknown outcome
        List<String> ids = em.createNativeQuery("SELECT id FROM outbound_message WHERE body_purged_at IS NULL "
                        + "AND status NOT IN ('QUEUED', 'SENDING') AND updated_at < ?")
                .setParameter(1, Timestamp.from(before)).setMaxResults(limit).getResultList();
        // One row per autocommitted statement: a purge never holds a lock while it waits for another
        // (a multi-row UPDATE deadlocked with the feedback drainer), and the version stays as it
        // was, so a concurrent optimistic update of the same message is not refused.
        int purged = 0;
        try (Connection connection = database.autocommitConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE outbound_message SET raw_mime = NULL, "
                     + "body_purged_at = ? WHERE id = ? AND body_purged_at IS NULL AND status NOT IN ('QUEUED', 'SENDING')")) {
            for (String id : ids) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setString(2, id);
                purged += update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not purge message bodies", e);
        }
        return purged;
    }
}
