package io.sendwell.sending;

import static io.sendwell.sending.SendingFixture.simulatorAddress;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Legacy systems send over the JMS request queue and get one reply each on JMSReplyTo. The
 * simulator's legacy stand-in ({@code /sim/legacy/send-requests}) plays the legacy system inside
 * the server, since the messaging engine's remote port is closed.
 */
class JmsRequestQueueIT {

    private static SendingFixture tenant;
    private static String from;

    @BeforeAll
    static void tenant() {
        SendingFixture.resetSimulatorAccount();
        tenant = SendingFixture.newTenant(1000);
        from = tenant.mailbox("legacy", 100);
    }

    @Test
    void aValidRequestIsAcceptedAndTheMessageIsThenVisibleInTheApi() {
        JsonObject reply = replyTo(envelope(tenant.apiKey, SendingFixture.message(from, simulatorAddress("success")).build()).toString(), null);

        assertThat(reply.getBoolean("ok")).as(reply.toString()).isTrue();
        assertThat(reply.getInt("status")).isEqualTo(202);
        String id = reply.getString("messageId");
        assertThat(tenant.message(id).getString("from")).isEqualTo(from);
        assertThat(tenant.awaitStatus(id, Duration.ofSeconds(60), "SENT").getString("sesMessageId")).isNotBlank();
    }

    @Test
    void theCallersCorrelationIdComesBack() {
        String correlationId = "legacy-order-" + SendingFixture.unique();
        SendingFixture.Reply reply = SendingFixture.expect(200, SendingFixture.legacySendRequest(
                envelope(tenant.apiKey, SendingFixture.message(from, simulatorAddress("success")).build()).toString(), correlationId));

        assertThat(reply.json().getString("correlationId")).isEqualTo(correlationId);
        assertThat(parse(reply.json().getString("replyText")).getBoolean("ok")).isTrue();
    }

    @Test
    void withoutACorrelationIdTheReplyCorrelatesToTheRequestMessageId() {
        SendingFixture.Reply reply = SendingFixture.expect(200, SendingFixture.legacySendRequest(
                envelope(tenant.apiKey, SendingFixture.message(from, simulatorAddress("success")).build()).toString(), null));

        assertThat(reply.json().getString("correlationId")).isEqualTo(reply.json().getString("requestMessageId"));
    }

    @Test
    void malformedJsonGetsOneErrorReplyWith400() {
        String correlationId = "malformed-" + SendingFixture.unique();
        // listening 3 s more: a request rolled back and redelivered (3 times here) would be answered again
        JsonObject answer = SendingFixture.expect(200, SendingFixture.legacySendRequest(
                "{\"apiKey\": \"sw_whatever\", \"message\": {", correlationId, 3000)).json();
        JsonObject reply = parse(answer.getString("replyText"));

        assertThat(answer.getInt("replies")).isEqualTo(1);
        assertThat(answer.getString("correlationId")).isEqualTo(correlationId);
        assertThat(reply.getBoolean("ok")).isFalse();
        assertThat(reply.getInt("status")).isEqualTo(400);
    }

    @Test
    void anUnknownApiKeyIsAnsweredWith401() {
        JsonObject reply = replyTo(envelope("sw_unknown_" + SendingFixture.unique(),
                SendingFixture.message(from, simulatorAddress("success")).build()).toString(), null);

        assertThat(reply.getBoolean("ok")).isFalse();
        assertThat(reply.getInt("status")).isEqualTo(401);
    }

    @Test
    void aRefusalCarriesTheSameStatusAsTheRestApi() {
        JsonObject reply = replyTo(envelope(tenant.apiKey, SendingFixture.message(from, simulatorAddress("success"))
                .add("subject", "Hi\r\nBcc: all@elsewhere.example").build()).toString(), null);

        assertThat(reply.getBoolean("ok")).isFalse();
        assertThat(reply.getInt("status")).isEqualTo(400);
        assertThat(reply.getString("detail")).isNotBlank();
    }

    private static JsonObject envelope(String apiKey, JsonObject message) {
        return Json.createObjectBuilder().add("apiKey", apiKey).add("message", message).build();
    }

    private static JsonObject replyTo(String requestText, String correlationId) {
        SendingFixture.Reply reply = SendingFixture.expect(200, SendingFixture.legacySendRequest(requestText, correlationId));
        if (correlationId != null) {
            assertThat(reply.json().getString("correlationId")).isEqualTo(correlationId);
        }
        return parse(reply.json().getString("replyText"));
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
