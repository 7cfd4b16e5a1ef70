package io.sendwell.sending;

import static io.sendwell.sending.SendingFixture.message;
import static io.sendwell.sending.SendingFixture.simulatorAddress;
import static io.sendwell.sending.SendingFixture.simulatorMessagesFrom;
import static io.sendwell.sending.SendingFixture.tags;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When SES answers 429 TooManyRequests, messages are retried later and each one still reaches
 * SES exactly once. Two ways to provoke it: the simulator's rate is cut below the one Sendwell
 * cached from GetAccount (refreshed every 5 s in the test server, so the burst comes right after
 * the cut), and the simulator's ThrottleNextSends, which answers 429 to the next n calls whatever
 * the rate — the deterministic lever: the SDK tries 3 times per attempt, so n = 12 forced 429s
 * make at least 4 of Sendwell's attempts fail and be re-queued.
 */
class ThrottlingRetryIT {

    private static final int MESSAGES = 10;
    private static final int FORCED_THROTTLES = 12;

    @AfterEach
    void restoreAccount() {
        SendingFixture.resetSimulatorAccount();
    }

    @Test
    void everyMessageIsSentExactlyOnceAlthoughSesAnsweredTooManyRequests() {
        SendingFixture tenant = SendingFixture.newTenant(1000);
        String from = tenant.mailbox("burst", 500);
        JsonObject account = SendingFixture.simulatorAccount("{\"MaxSendRate\": 2, \"ThrottleNextSends\": " + FORCED_THROTTLES + "}");
        assertThat(account.getJsonObject("SendQuota").getJsonNumber("MaxSendRate").doubleValue()).isEqualTo(2.0);

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            ids.add(tenant.accepted(message(from, simulatorAddress("success+burst" + i)).build()));
        }
        List<JsonObject> sent = ids.stream().map(id -> tenant.awaitStatus(id, Duration.ofSeconds(120), "SENT", "FAILED")).toList();

        assertThat(sent).extracting(m -> m.getString("status")).allMatch(SendingFixture.ACCEPTED_BY_SES::contains);
        assertThat(SendingFixture.simulatorAccount("{}").getInt("ThrottleNextSends")).as("forced 429s answered").isZero();
        int attempts = sent.stream().mapToInt(m -> m.getInt("attempts")).sum();
        assertThat(attempts).as("Sendwell attempts over " + MESSAGES + " messages").isGreaterThanOrEqualTo(MESSAGES + 4);
        assertThat(sent).anySatisfy(m -> assertThat(m.getInt("attempts")).isGreaterThan(1));

        Map<String, Long> copiesBySendwellId = simulatorMessagesFrom(from).stream()
                .collect(Collectors.groupingBy(m -> tags(m).get("sendwell-message-id"), Collectors.counting()));
        assertThat(copiesBySendwellId).as("copies SES accepted per message")
                .containsExactlyInAnyOrderEntriesOf(ids.stream().collect(Collectors.toMap(Function.identity(), id -> 1L)));
        Map<String, String> sesIds = sent.stream().collect(Collectors.toMap(m -> m.getString("id"), m -> m.getString("sesMessageId")));
        assertThat(simulatorMessagesFrom(from)).allSatisfy(recorded ->
                assertThat(recorded.getString("messageId")).isEqualTo(sesIds.get(tags(recorded).get("sendwell-message-id"))));
    }
}
