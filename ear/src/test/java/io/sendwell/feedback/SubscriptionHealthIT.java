package io.sendwell.feedback;

import static io.sendwell.feedback.SendwellClient.postSns;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, finding 9: an UnsubscribeConfirmation is recorded and turns the "feedback" health check
 * DOWN (and /health with it) until the topic is subscribed and confirmed again. The check's data names
 * no topic ARN: /health is public.
 */
class SubscriptionHealthIT {

    private static final String HEALTH = "http://localhost:" + System.getProperty("http.port", "9080") + "/health";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void anUnsubscriptionTurnsFeedbackHealthDownUntilTheTopicIsConfirmedAgain() {
        assertThat(feedbackCheck().getString("status")).as("before").isEqualTo("UP");
        try {
            assertThat(postSns(SnsTestSigner.signed(SnsTestSigner.unsubscribeConfirmation(id())))).isEqualTo(200);

            HttpResponse<String> health = get(HEALTH);
            assertThat(health.statusCode()).isEqualTo(503);
            JsonObject check = feedbackCheck();
            assertThat(check.getString("status")).isEqualTo("DOWN");
            assertThat(check.getJsonObject("data").getJsonNumber("unsubscribedTopics").longValue()).isEqualTo(1);
            assertThat(check.getJsonObject("data").getString("reason")).contains("unsubscribed");
            assertThat(health.body()).doesNotContain("123456789012");
        } finally {
            // the same topic subscribed and confirmed again: the latest word wins, the other ITs see UP
            assertThat(postSns(SnsTestSigner.signed(SnsTestSigner.subscriptionConfirmation(id(),
                    SnsTestSigner.PREFIX + "confirm?token=again")))).isEqualTo(200);
        }
        assertThat(feedbackCheck().getString("status")).as("after confirming again").isEqualTo("UP");
    }

    @Test
    void aForgedUnsubscriptionIsRefusedAndChangesNothing() {
        assertThat(postSns(SnsTestSigner.forged(SnsTestSigner.unsubscribeConfirmation(id())))).isEqualTo(403);
        assertThat(feedbackCheck().getString("status")).isEqualTo("UP");
    }

    private static JsonObject feedbackCheck() {
        String body = get(HEALTH + "/live").body();
        return Json.createReader(new StringReader(body)).readObject().getJsonArray("checks").stream()
                .map(c -> c.asJsonObject()).filter(c -> c.getString("name").equals("feedback")).findFirst()
                .orElseThrow(() -> new AssertionError("no feedback check in " + body));
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + url, e);
        }
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
