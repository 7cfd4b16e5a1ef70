package io.sendwell.feedback.control;

import io.sendwell.platform.control.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The table (feedback_inbox) between the SNS endpoint and the feedback drainer. The endpoint
 * stores each verified notification with one autocommit INSERT — durable before SNS hears 200,
 * no distributed transaction, no message broker in the way — and the drainer records them in
 * batches. Only the endpoint writes here, after verifying the signature: whatever the drainer
 * reads has been verified.
 */
@ApplicationScoped
public class FeedbackInbox {

    /** Attempts before a notification is set aside as a dead letter (failed_at set). */
    public static final int MAX_ATTEMPTS = 5;

    @Inject
    Database database;

    @Inject
    Clock clock;

    /** Stores a verified notification; a notification already waiting (an SNS retry) is absorbed. */
    public void store(String snsMessageId, String body) {
        String sql = "INSERT INTO feedback_inbox (sns_message_id, body, received_at, attempts) VALUES (?, ?, ?, 0)"
                + (database.isPostgres() ? " ON CONFLICT (sns_message_id) DO NOTHING" : "");
        try (Connection connection = database.autocommitConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, snsMessageId);
            insert.setString(2, body);
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException e) {
            // the same notification is already waiting: SNS retried before we answered
        } catch (SQLException e) {
            throw new IllegalStateException("could not store SNS notification " + snsMessageId, e);
        }
    }

    /** Ids of waiting notifications in arrival order; {@code lane} of {@code lanes} splits them between drainer threads. */
    public List<Long> waiting(int limit, int lane, int lanes) {
        String sql = "SELECT id FROM feedback_inbox WHERE failed_at IS NULL"
                + (lanes > 1 ? " AND MOD(id, " + lanes + ") = " + lane : "")
                + " ORDER BY id FETCH FIRST " + limit + " ROWS ONLY";
        List<Long> ids = new ArrayList<>();
        try (Connection connection = database.autocommitConnection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the feedback inbox", e);
        }
    }

    /**
     * In the caller's transaction: the rows among {@code ids} still waiting, as (id, body), locked
     * until it ends. PostgreSQL skips rows another drainer holds; embedded Derby has one drainer.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> claim(EntityManager em, List<Long> ids) {
        Query query = em.createNativeQuery("SELECT id, body FROM feedback_inbox WHERE failed_at IS NULL AND id IN ("
                + Database.placeholders(ids.size()) + ") ORDER BY id" + (database.isPostgres() ? " FOR UPDATE SKIP LOCKED" : ""));
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            rows.add(new Object[] {((Number) row[0]).longValue(), text(row[1])});
        }
        return rows;
    }

    /** In the caller's transaction: the recorded rows leave the inbox. */
    public void remove(EntityManager em, List<Long> ids) {
        Query delete = em.createNativeQuery("DELETE FROM feedback_inbox WHERE id IN (" + Database.placeholders(ids.size()) + ")");
        for (int i = 0; i < ids.size(); i++) {
            delete.setParameter(i + 1, ids.get(i));
        }
        delete.executeUpdate();
    }

    private static String text(Object value) {
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read a feedback notification", e);
            }
        }
        return (String) value;
    }

    /** Counts a failed attempt; after {@link #MAX_ATTEMPTS} the notification becomes a dead letter. True if it did. */
    public boolean recordFailure(long id, String error) {
        String reason = error == null ? "unknown error" : error.length() <= 1000 ? error : error.substring(0, 1000);
        try (Connection connection = database.autocommitConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE feedback_inbox SET attempts = attempts + 1, "
                     + "last_error = ?, failed_at = CASE WHEN attempts + 1 >= ? THEN CAST(? AS TIMESTAMP) ELSE NULL END WHERE id = ?");
             PreparedStatement check = connection.prepareStatement("SELECT failed_at FROM feedback_inbox WHERE id = ?")) {
            update.setString(1, reason);
            update.setInt(2, MAX_ATTEMPTS);
            update.setTimestamp(3, Timestamp.from(clock.instant()));
            update.setLong(4, id);
            update.executeUpdate();
            check.setLong(1, id);
            try (ResultSet row = check.executeQuery()) {
                return row.next() && row.getTimestamp(1) != null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the failure of feedback notification " + id, e);
        }
    }

    public long pending() {
        return count("SELECT COUNT(*) FROM feedback_inbox WHERE failed_at IS NULL");
    }

    public long deadLetters() {
        return count("SELECT COUNT(*) FROM feedback_inbox WHERE failed_at IS NOT NULL");
    }

    private long count(String sql) {
        try (Connection connection = database.autocommitConnection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the feedback inbox", e);
        }
    }
}
