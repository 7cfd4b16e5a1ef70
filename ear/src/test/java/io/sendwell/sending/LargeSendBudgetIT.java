package io.sendwell.sending;

import static io.sendwell.sending.SendingFixture.message;
import static io.sendwell.sending.SendingFixture.simulatorAddress;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, finding 12: large sends share a memory budget. The IT server allows 30 MiB of large
 * bodies at once (-Dsendwell.api.large-body-budget-mb=30); five 12 MiB sends started together get
 * a 202 or a clean 503 with Retry-After — never a 500 — and a refused one goes through when retried.
 */
class LargeSendBudgetIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void largeSendsOverTheBudgetAreRefusedWithRetryAfterAndGoThroughLater() throws Exception {
        SendingFixture tenant = SendingFixture.newTenant(100);
        String from = tenant.mailbox("large", 100);
        String attachment = Base64.getEncoder().encodeToString(new byte[9 * 1024 * 1024]); // 12 MiB of base64
        String body = message(from, simulatorAddress("success")).add("attachments", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("filename", "big.bin").add("content", attachment))).build().toString();

        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(HTTP.sendAsync(post(tenant, body), HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(3, TimeUnit.MINUTES);
            statuses.add(response.statusCode());
            if (response.statusCode() == 503) {
                assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(response.body()).contains("large-body-budget-mb");
            }
        }

        assertThat(statuses).as("each a 202 or a 503").allMatch(s -> s == 202 || s == 503);
        assertThat(statuses).as("two fit the budget at once, five do not").contains(202, 503);
        HttpResponse<String> retried = HTTP.send(post(tenant, body), HttpResponse.BodyHandlers.ofString());
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(202);
    }

    private static HttpRequest post(SendingFixture tenant, String body) {
        return HttpRequest.newBuilder(URI.create(SendingFixture.API + "/messages"))
                .header("Authorization", "Bearer " + tenant.apiKey).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(3)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
