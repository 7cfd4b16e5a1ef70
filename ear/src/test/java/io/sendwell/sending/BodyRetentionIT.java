package io.sendwell.sending;

import static io.sendwell.sending.SendingFixture.message;
import static io.sendwell.sending.SendingFixture.simulatorAddress;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, finding 12: a message's body is deleted after the retention period, its metadata
 * stays. The IT server keeps bodies for 20 s and purges every 2 s (jvmOptions of the ear pom).
 */
class BodyRetentionIT {

    @Test
    void theBodyOfASentMessageIsPurgedAfterTheRetentionAndItsRecordStays() {
        SendingFixture tenant = SendingFixture.newTenant(100);
        String from = tenant.mailbox("retention", 100);
        String id = tenant.accepted(message(from, simulatorAddress("success")).build());
        JsonObject sent = tenant.awaitStatus(id, Duration.ofSeconds(60), "SENT");
        assertThat(sent.containsKey("bodyPurgedAt") && !sent.isNull("bodyPurgedAt"))
                .as("kept while younger than the retention period: %s", sent).isFalse();

        JsonObject purged = SendingFixture.await("the body of " + id + " purged", Duration.ofSeconds(60),
                () -> tenant.message(id), m -> m.containsKey("bodyPurgedAt") && !m.isNull("bodyPurgedAt"));

        assertThat(purged.getInt("sizeBytes")).as("the size of what was sent stays known").isPositive();
        assertThat(purged.getString("subject")).isEqualTo(sent.getString("subject"));
        assertThat(purged.getJsonArray("recipients")).hasSize(1);
        assertThat(SendingFixture.ACCEPTED_BY_SES).contains(purged.getString("status"));
    }
}
