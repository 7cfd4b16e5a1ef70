package io.sendwell.integration;

import io.sendwell.it.ApiClient;
import io.sendwell.it.ApiResponse;
import io.sendwell.it.Json;
import io.sendwell.it.TestTenant;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Legacy systems follow deliveries and enforcement on the events topic. A durable subscription
 * keeps what is published while its subscriber is away: the simulator's legacy stand-in
 * subscribes and disconnects, a message is sent and bounces, then the stand-in collects.
 */
class EventsTopicIT {

    private static final ApiClient SIMULATOR = ApiClient.anonymous().root();
    private final String subscription = TestTenant.unique("legacy");

    @AfterEach
    void unsubscribe() {
        SIMULATOR.delete("/ses-simulator/sim/legacy/subscriptions/" + subscription);
    }

    @Test
    void aDurableSubscriberReceivesTheDeliveryEventsPublishedWhileItWasAway() {
        TestTenant tenant = TestTenant.create();
        String selector = java.net.URLEncoder.encode("sendwellTenantId = '" + tenant.id() + "'", java.nio.charset.StandardCharsets.UTF_8);
        SIMULATOR.send("POST", "/ses-simulator/sim/legacy/subscriptions/" + subscription + "?selector=" + selector,
                "application/json", HttpRequest.BodyPublishers.noBody());

        String domain = TestTenant.uniqueDomain();
        String domainId = tenant.addDomain(domain).getString("id");
        SIMULATOR.post("/ses-simulator/sim/identities/" + domain + "/verify", "{}");
        awaitVerified(tenant, domainId);
        tenant.addMailbox("news@" + domain);
        String messageId = tenant.api().post("/messages", Json.object("from", "news@" + domain,
                "to", jakarta.json.Json.createArrayBuilder().add("bounce@simulator.amazonses.com").build(),
                "subject", "Hello", "text", "Hello")).expect(202).json().getString("id");

        List<JsonObject> events = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (events.stream().noneMatch(e -> "Bounce".equals(e.getString("type", ""))) && System.nanoTime() < deadline) {
            ApiResponse received = SIMULATOR.get("/ses-simulator/sim/legacy/subscriptions/" + subscription
                    + "/events?selector=" + selector + "&max=20&waitMillis=2000").expect(200);
            received.json().getJsonArray("events").getValuesAs(JsonString.class).forEach(text ->
                    events.add(jakarta.json.Json.createReader(new StringReader(text.getString())).readObject()));
        }
        assertThat(events).extracting(e -> e.getString("kind")).contains("delivery");
        JsonObject bounce = events.stream().filter(e -> "Bounce".equals(e.getString("type", ""))).findFirst().orElseThrow();
        assertThat(bounce.getString("messageId")).isEqualTo(messageId);
        assertThat(bounce.getString("tenantId")).isEqualTo(tenant.id());
        assertThat(bounce.getJsonArray("suppressed").getString(0)).isEqualTo("bounce@simulator.amazonses.com");
    }

    private static void awaitVerified(TestTenant tenant, String domainId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"VERIFIED".equals(tenant.api().get(tenant.path("/domains/" + domainId)).expect(200).json().getString("status"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("domain not verified in time");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
