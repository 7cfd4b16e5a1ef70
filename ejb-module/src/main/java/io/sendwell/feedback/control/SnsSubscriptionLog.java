package io.sendwell.feedback.control;

import io.sendwell.platform.control.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
 * What SNS said about our subscriptions (table sns_subscription_event): confirmed, or unsubscribed.
 * Only verified SNS messages are recorded. The latest record per topic is its state, so confirming
 * the subscription again clears an unsubscription.
 */
@ApplicationScoped
public class SnsSubscriptionLog {

    public enum Kind { CONFIRMED, UNSUBSCRIBED }

    @Inject
    Database database;

    @Inject
    Clock clock;

    /** One autocommit insert; an SNS retry of the same message (same MessageId) is absorbed. */
    public void record(String topicArn, Kind kind, String snsMessageId) {
        String sql = "INSERT INTO sns_subscription_event (topic_arn, kind, sns_message_id, occurred_at) VALUES (?, ?, ?, ?)"
                + (database.isPostgres() ? " ON CONFLICT (sns_message_id) DO NOTHING" : "");
        try (Connection connection = database.autocommitConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, topicArn);
            insert.setString(2, kind.name());
            insert.setString(3, snsMessageId);
            insert.setTimestamp(4, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException e) {
            // already recorded: SNS retried before we answered
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the SNS subscription change of " + topicArn, e);
        }
    }

    /** Topics whose latest record is an unsubscription. */
    public List<String> unsubscribedTopics() {
        String sql = "SELECT e.topic_arn FROM sns_subscription_event e WHERE e.kind = 'UNSUBSCRIBED' AND e.id = "
                + "(SELECT MAX(l.id) FROM sns_subscription_event l WHERE l.topic_arn = e.topic_arn)";
        List<String> topics = new ArrayList<>();
        try (Connection connection = database.autocommitConnection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                topics.add(rows.getString(1));
            }
            return topics;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the SNS subscription log", e);
        }
    }
}
