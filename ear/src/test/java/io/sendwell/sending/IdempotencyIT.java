package io.sendwell.sending;

import static io.sendwell.sending.SendingFixture.message;
import static io.sendwell.sending.SendingFixture.simulatorAddress;
import static io.sendwell.sending.SendingFixture.simulatorMessagesFrom;
import static io.sendwell.sending.SendingFixture.tags;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An Idempotency-Key makes a retried request a replay: the same message, sent once. */
class IdempotencyIT {

    private static SendingFixture tenant;

    @BeforeAll
    static void tenant() {
        SendingFixture.resetSimulatorAccount();
        tenant = SendingFixture.newTenant(1000);
    }

    @Test
    void theSameKeyTwiceAnswersTheSameMessageAsAReplayAndSesGetsItOnce() {
        String from = tenant.mailbox("twice", 100);
        JsonObject request = message(from, simulatorAddress("success")).build();
        String key = "order-" + SendingFixture.unique();

        JsonObject first = SendingFixture.expect(202, tenant.send(request, key)).json();
        JsonObject second = SendingFixture.expect(202, tenant.send(request, key)).json();

        assertThat(first.getBoolean("replay")).isFalse();
        assertThat(second.getBoolean("replay")).isTrue();
        assertThat(second.getString("id")).isEqualTo(first.getString("id"));
        tenant.awaitStatus(first.getString("id"), Duration.ofSeconds(60), "SENT");
        settle();
        assertThat(simulatorMessagesFrom(from)).hasSize(1);
    }

    @Test
    void differentKeysAreDifferentMessages() {
        String from = tenant.mailbox("different", 100);
        JsonObject request = message(from, simulatorAddress("success")).build();

        String first = SendingFixture.expect(202, tenant.send(request, "a-" + SendingFixture.unique())).json().getString("id");
        String second = SendingFixture.expect(202, tenant.send(request, "b-" + SendingFixture.unique())).json().getString("id");

        assertThat(second).isNotEqualTo(first);
        tenant.awaitStatus(first, Duration.ofSeconds(60), "SENT");
        tenant.awaitStatus(second, Duration.ofSeconds(60), "SENT");
        assertThat(simulatorMessagesFrom(from)).hasSize(2);
    }

    @Test
    void tenConcurrentRequestsWithOneKeyMakeOneMessage() throws Exception {
        String from = tenant.mailbox("concurrent", 100);
        JsonObject request = message(from, simulatorAddress("success")).build();
        String key = "concurrent-" + SendingFixture.unique();

        List<SendingFixture.Reply> replies = DailyLimitConcurrencyIT.concurrently(10, i -> () -> tenant.send(request, key));

        assertThat(DailyLimitConcurrencyIT.countByStatus(replies)).as(replies.toString()).isEqualTo(Map.of(202, 10L));
        List<String> ids = replies.stream().map(r -> r.json().getString("id")).distinct().toList();
        assertThat(ids).hasSize(1);
        assertThat(replies.stream().filter(r -> !r.json().getBoolean("replay"))).hasSize(1);
        tenant.awaitStatus(ids.get(0), Duration.ofSeconds(60), "SENT");
        settle();
        assertThat(simulatorMessagesFrom(from)).singleElement()
                .satisfies(m -> assertThat(tags(m)).containsEntry("sendwell-message-id", ids.get(0)));
        assertThat(tenant.message(ids.get(0)).getInt("attempts")).isEqualTo(1);
    }

    /** Gives a wrongly accepted duplicate time to reach SES, so "only one" means something. */
    private static void settle() {
        SendingFixture.sleep(1500);
    }
}
