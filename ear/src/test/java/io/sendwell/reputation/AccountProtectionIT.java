package io.sendwell.reputation;

import io.sendwell.it.ApiClient;
import io.sendwell.it.ApiResponse;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account guardian's scenario: 20 tenants send through the simulator, one of them to a list
 * where 30 % of the recipients hard-bounce. The offending tenant must be paused while the other
 * 19 stay untouched, and the bounce rate the scenario adds to the shared account must stay under
 * 2 % (the test server is shared with other tests, so the account's counts are compared before
 * and after).
 */
class AccountProtectionIT {

    private static final ApiClient SIMULATOR = ApiClient.anonymous().root();
    private static final int CLEAN_TENANTS = 19;
    private static final int CLEAN_MESSAGES_PER_TENANT = 3;
    private static final int RECIPIENTS_PER_MESSAGE = 50;

    @BeforeAll
    static void simulator() {
        // hard bounces for everyone at bounce.test; a rate high enough that the scenario runs in seconds
        SIMULATOR.send("PUT", "/ses-simulator/sim/rules", "application/json", java.net.http.HttpRequest.BodyPublishers
                .ofString("{\"rules\":[{\"pattern\":\"bounce.test\",\"outcome\":\"bounce\"}]}"));
        SIMULATOR.send("PUT", "/ses-simulator/sim/account", "application/json", java.net.http.HttpRequest.BodyPublishers
                .ofString("{\"MaxSendRate\": 500}"));
    }

    @AfterAll
    static void restoreSimulator() {
        SIMULATOR.delete("/ses-simulator/sim/rules");
        SIMULATOR.delete("/ses-simulator/sim/account");
    }

    private static JsonObject accountLast24Hours() {
        return ApiClient.asAdmin().get("/reputation/platform").expect(200).json()
                .getJsonObject("account").getJsonObject("last24Hours");
    }

    private static long sent(JsonObject counts) {
        return counts.getJsonNumber("sent").longValue();
    }

    private static long delivered(JsonObject counts) {
        return counts.getJsonNumber("delivered").longValue();
    }

    private static long hardBounces(JsonObject counts) {
        return counts.getJsonNumber("hardBounces").longValue();
    }

    private static List<String> cleanList(int message) {
        return IntStream.range(0, RECIPIENTS_PER_MESSAGE).mapToObj(i -> "reader" + message + "-" + i + "@readers.test").toList();
    }

    /** 10 recipients, 3 of them (30 %) at the hard-bouncing bounce.test. */
    private static List<String> badList(int message) {
        return IntStream.range(0, 10).mapToObj(i -> i < 3 ? "gone" + message + "-" + i + "@bounce.test"
                : "fan" + message + "-" + i + "@readers.test").toList();
    }

    @Test
    void theOffendingTenantIsPausedWhileTheOthersKeepSendingAndTheAccountStaysUnderTwoPercent() {
        JsonObject before = accountLast24Hours();
        List<Sender> clean = new ArrayList<>();
        for (int i = 0; i < CLEAN_TENANTS; i++) {
            clean.add(Sender.create(1000));
        }
        Sender offender = Sender.create(1000);

        long cleanRecipients = 0;
        for (Sender sender : clean) {
            for (int m = 0; m < CLEAN_MESSAGES_PER_TENANT; m++) {
                sender.send(cleanList(m)).expect(202);
                cleanRecipients += RECIPIENTS_PER_MESSAGE;
            }
        }
        long expectedCleanSent = cleanRecipients;
        // the clean traffic's feedback (Send and Delivery events) has been processed: the account
        // has its volume, and the offender's events are not stuck behind a backlog
        Sender.await(Duration.ofMinutes(5), () -> delivered(accountLast24Hours()) - delivered(before) >= expectedCleanSent);

        int offenderMessages = 0;
        ApiResponse last = null;
        while (offenderMessages < 60) {
            last = offender.send(badList(offenderMessages));
            if (last.status() != 202) {
                break;
            }
            offenderMessages++;
            sleep(1000); // a steady sender: one message of 10 recipients a second
        }
        assertThat(last.status()).as("the offender is refused once paused: %s", last).isEqualTo(403);
        assertThat(offender.tenantReputation().getString("state")).isEqualTo("PAUSED");

        // let the offender's in-flight feedback land before judging the account: its messages were
        // sent (and their feedback recorded) or, held by its feedback window when it was paused, failed unsent
        Sender.await(Duration.ofMinutes(3), () -> offender.withStatus("QUEUED") + offender.withStatus("SENDING") == 0);
        long sentByOffender = (offenderMessages - offender.withStatus("FAILED")) * 10;
        Sender.await(Duration.ofMinutes(3), () -> sent(offender.tenantReputation().getJsonObject("last24Hours")) >= sentByOffender);

        JsonObject after = accountLast24Hours();
        double addedBounceRate = (double) (hardBounces(after) - hardBounces(before)) / (sent(after) - sent(before));
        assertThat(addedBounceRate).as("bounce rate the scenario added to the account (%d messages from the offender)",
                offenderMessages).isLessThan(0.02);
        for (Sender sender : clean) {
            assertThat(sender.tenantReputation().getString("state")).isEqualTo("HEALTHY");
            sender.send(List.of("again@readers.test")).expect(202);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
