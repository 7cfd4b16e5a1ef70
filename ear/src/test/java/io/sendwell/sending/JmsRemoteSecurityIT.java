package io.sendwell.sending;

import static io.sendwell.sending.SendingFixture.simulatorAddress;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, finding 1: the messaging engine's remote port (open on the IT server as production opens
 * it: SENDWELL_JMS_REMOTE=true, TLS only) lets in only the messaging user, and that user may only
 * send requests and subscribe to the events topic. The simulator's legacy stand-in is the remote
 * client: it connects over wasJms/TLS with the credentials each call names.
 */
class JmsRemoteSecurityIT {

    private static final String USER = "legacy";
    /** the development password of ses/simulator.xml; production has none (StartupSafetyCheck) */
    private static final String PASSWORD = "sendwell-local-jms";

    @Test
    void theMessagingUserSendsARequestOverTlsAndGetsTheReply() {
        SendingFixture tenant = SendingFixture.newTenant(100);
        String from = tenant.mailbox("remote", 10);
        String request = Json.createObjectBuilder().add("apiKey", tenant.apiKey)
                .add("message", SendingFixture.message(from, simulatorAddress("success")).build()).build().toString();

        JsonObject answer = attempt("send-request", USER, PASSWORD, request);

        assertThat(answer.getBoolean("allowed")).as(answer.toString()).isTrue();
        JsonObject reply = parse(answer.getString("replyText"));
        assertThat(reply.getBoolean("ok")).as(reply.toString()).isTrue();
        assertThat(tenant.awaitStatus(reply.getString("messageId"), Duration.ofSeconds(60), "SENT")).isNotNull();
    }

    @Test
    void theMessagingUserMaySubscribeToTheEventsTopic() {
        JsonObject answer = attempt("subscribe-events", USER, PASSWORD, "");
        assertThat(answer.getBoolean("allowed")).as(answer.toString()).isTrue();
    }

    @Test
    void aWrongPasswordOrNoCredentialsAreRefused() {
        assertThat(attempt("subscribe-events", USER, "wrong-password", "").getBoolean("allowed")).isFalse();
        assertThat(attempt("subscribe-events", null, null, "").getBoolean("allowed")).isFalse();
        assertThat(attempt("send-request", "admin", "change-me-now", "{}").getBoolean("allowed"))
                .as("console operators are no messaging users").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"read-requests", "browse-requests", "publish-event", "read-dlq"})
    void theMessagingUserMayDoNothingElse(String operation) {
        JsonObject answer = attempt(operation, USER, PASSWORD, "");
        assertThat(answer.getBoolean("allowed")).as(answer.toString()).isFalse();
        assertThat(answer.getString("detail")).as(answer.toString()).contains("does not have authorization");
    }

    private static JsonObject attempt(String operation, String user, String password, String body) {
        String query = user == null ? "" : "?user=" + encode(user) + "&password=" + encode(password);
        return SendingFixture.expect(200, SendingFixture.call(HttpRequest.newBuilder(
                        URI.create(SendingFixture.SIM + "/sim/legacy/remote/" + operation + query))
                .timeout(Duration.ofSeconds(40)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build())).json();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonObject parse(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
