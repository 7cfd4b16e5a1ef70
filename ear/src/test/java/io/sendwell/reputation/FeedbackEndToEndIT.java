package io.sendwell.reputation;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production path end to end: REST send → outbox → SES (the simulator, through the real SDK)
 * → SES events as signed SNS notifications → /sns/ses-events → feedback listener.
 */
class FeedbackEndToEndIT {

    private static Sender sender;

    @BeforeAll
    static void sender() {
        sender = Sender.create(1000);
    }

    private static JsonObject sendAndAwait(String recipient, String finalStatus) {
        String id = sender.send(List.of(recipient)).expect(202).json().getString("id");
        Sender.await(Duration.ofSeconds(60), () -> finalStatus.equals(sender.message(id).getString("status")));
        return sender.message(id);
    }

    @Test
    void successAddressEndsDelivered() {
        JsonObject message = sendAndAwait("success@simulator.amazonses.com", "DELIVERED");
        assertThat(message.getString("sesMessageId")).isNotBlank();
        assertThat(message.getJsonArray("recipients").getJsonObject(0).getString("outcome")).isEqualTo("DELIVERED");
    }

    @Test
    void bounceAddressEndsBouncedSuppressedAndCounted() {
        sendAndAwait("bounce@simulator.amazonses.com", "BOUNCED");
        Sender.await(Duration.ofSeconds(30), () -> sender.tenant.api().get("/suppressions?q=bounce@simulator")
                .expect(200).json().getJsonNumber("total").longValue() == 1);
        sender.send(List.of("bounce@simulator.amazonses.com")).expectProblem(422);
        Sender.await(Duration.ofSeconds(30), () ->
                sender.tenantReputation().getJsonObject("last24Hours").getJsonNumber("hardBounces").longValue() >= 1);
    }

    @Test
    void complaintAddressEndsComplainedSuppressedAndCounted() {
        sendAndAwait("complaint@simulator.amazonses.com", "COMPLAINED");
        Sender.await(Duration.ofSeconds(30), () -> sender.tenant.api().get("/suppressions?q=complaint@simulator")
                .expect(200).json().getJsonNumber("total").longValue() == 1);
        JsonObject refused = sender.send(List.of("complaint@simulator.amazonses.com")).expectProblem(422);
        assertThat(refused.getString("detail")).contains("complaint@simulator.amazonses.com");
        Sender.await(Duration.ofSeconds(30), () ->
                sender.tenantReputation().getJsonObject("last24Hours").getJsonNumber("complaints").longValue() >= 1);
    }

    @Test
    void onAccountSuppressionListBounceIsNotCountedAsAHardBounce() {
        long before = sender.tenantReputation().getJsonObject("last24Hours").getJsonNumber("hardBounces").longValue();
        sendAndAwait("suppressionlist@simulator.amazonses.com", "BOUNCED");
        sendAndAwait("success+after@simulator.amazonses.com", "DELIVERED");
        assertThat(sender.tenantReputation().getJsonObject("last24Hours").getJsonNumber("hardBounces").longValue())
                .isEqualTo(before);
    }
}
