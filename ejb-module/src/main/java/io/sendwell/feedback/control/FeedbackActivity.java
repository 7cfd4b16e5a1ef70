package io.sendwell.feedback.control;

import io.sendwell.platform.control.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The two facts the feedback health check needs, each one indexed lookup (V61): when feedback last
 * arrived (recorded events, or notifications still waiting in the inbox), and the oldest message
 * sent after that.
 */
@ApplicationScoped
public class FeedbackActivity {

    @Inject
    Database database;

    /** Sent time of the oldest message sent after the last received SES event; empty if none. */
    public Optional<Instant> oldestSentSinceLastFeedback() {
        try (Connection connection = database.autocommitConnection()) {
            Optional<Instant> lastFeedback = latest(connection, "SELECT MAX(received_at) FROM delivery_event")
                    .map(recorded -> latest(connection, "SELECT MAX(received_at) FROM feedback_inbox")
                            .filter(waiting -> waiting.isAfter(recorded)).orElse(recorded))
                    .or(() -> latest(connection, "SELECT MAX(received_at) FROM feedback_inbox"));
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT MIN(sent_at) FROM outbound_message WHERE sent_at > ?")) {
                select.setTimestamp(1, Timestamp.from(lastFeedback.orElse(Instant.EPOCH)));
                return first(select);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read feedback activity", e);
        }
    }

    private static Optional<Instant> latest(Connection connection, String sql) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            return first(select);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read feedback activity", e);
        }
    }

    private static Optional<Instant> first(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            Timestamp value = rows.next() ? rows.getTimestamp(1) : null;
            return Optional.ofNullable(value).map(Timestamp::toInstant);
        }
    }
}
