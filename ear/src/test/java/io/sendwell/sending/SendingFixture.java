package io.sendwell.sending;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Black-box client for the sending ITs: one instance is one freshly created tenant with a verified
 * domain and an API key (unique names, so tests never see each other's data), plus helpers for the
 * messages API and the SES simulator's control endpoints. Self-contained on purpose (plain
 * java.net.http and JSON-P), so it does not depend on any other test client.
 */
final class SendingFixture {

    static final String BASE = "http://localhost:" + System.getProperty("http.port", "9080");
    static final String API = BASE + "/api/v1";
    /** The simulator beside the EAR, or the one in its own process that benchmarks use (-Dses.simulator.url). */
    static final String SIM = System.getProperty("ses.simulator.url", BASE + "/ses-simulator");
    static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:change-me-now".getBytes(StandardCharsets.UTF_8));
    static final String SIMULATOR_DOMAIN = "simulator.amazonses.com";

    // HTTP/1.1: with the JDK client's default h2c upgrade the API's body-size filter answered
    // "Content-Length is not a number" (400) and some POSTs 404 — see the sending-its report
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    final String tenantId;
    final String slug;
    final String domain;
    final String domainId;
    final String apiKey;

    private SendingFixture(String tenantId, String slug, String domain, String domainId, String apiKey) {
        this.tenantId = tenantId;
        this.slug = slug;
        this.domain = domain;
        this.domainId = domainId;
        this.apiKey = apiKey;
    }

    /** A tenant with the given daily limit, a verified domain and an API key. */
    static SendingFixture newTenant(int dailyLimit) {
        String slug = "it-" + unique();
        JsonObject tenant = expect(201, admin("POST", API + "/tenants", Json.createObjectBuilder()
                .add("slug", slug).add("displayName", "Sending IT " + slug).add("dailyLimit", dailyLimit).build())).json();
        String tenantId = tenant.getString("id");
        String domain = slug + ".example";
        String domainId = addDomain(tenantId, domain);
        verifyNow(domain);
        awaitDomain(tenantId, domainId, "VERIFIED");
        String key = expect(201, admin("POST", API + "/tenants/" + tenantId + "/api-keys",
                Json.createObjectBuilder().add("name", "sending-it").build())).json().getString("key");
        return new SendingFixture(tenantId, slug, domain, domainId, key);
    }

    /** Creates a mailbox on the verified domain and returns its address. */
    String mailbox(String localPart, int dailyLimit) {
        return mailboxOn(domain, localPart, dailyLimit);
    }

    String mailboxOn(String domainName, String localPart, int dailyLimit) {
        String address = localPart + "@" + domainName;
        expect(201, admin("POST", API + "/tenants/" + tenantId + "/mailboxes", Json.createObjectBuilder()
                .add("address", address).add("dailyLimit", dailyLimit).build()));
        return address;
    }

    /** Adds a domain that stays unverified for a few seconds (the simulator verifies it after its delay). */
    String addUnverifiedDomain() {
        String name = "unverified-" + unique() + ".example";
        addDomain(tenantId, name);
        return name;
    }

    // --- messages API, as the tenant ---------------------------------------------------------

    Reply send(JsonObject request) {
        return send(request, null);
    }

    Reply send(JsonObject request, String idempotencyKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(API + "/messages"))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString()));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return call(builder.build());
    }

    /** Sends and expects 202; returns the message id. */
    String accepted(JsonObject request) {
        return expect(202, send(request)).json().getString("id");
    }

    JsonObject message(String messageId) {
        return expect(200, call(HttpRequest.newBuilder(URI.create(API + "/messages/" + messageId))
                .header("Authorization", "Bearer " + apiKey).GET().build())).json();
    }

    /** SES took the message: SENT, or already a later status that feedback recorded. */
    static final List<String> ACCEPTED_BY_SES = List.of("SENT", "DELIVERED", "DELAYED", "BOUNCED", "COMPLAINED");

    /** Waits for one of the statuses; "SENT" also matches the statuses feedback moves a sent message to. */
    JsonObject awaitStatus(String messageId, Duration timeout, String... statuses) {
        List<String> wanted = new java.util.ArrayList<>(List.of(statuses));
        if (wanted.contains("SENT")) {
            wanted.addAll(ACCEPTED_BY_SES);
        }
        return await("message " + messageId + " in " + wanted, timeout,
                () -> message(messageId), m -> wanted.contains(m.getString("status")));
    }

    // --- request bodies ----------------------------------------------------------------------

    static JsonObjectBuilder message(String from, String... to) {
        JsonArrayBuilder recipients = Json.createArrayBuilder();
        for (String address : to) {
            recipients.add(address);
        }
        return Json.createObjectBuilder().add("from", from).add("to", recipients)
                .add("subject", "Sending IT " + unique()).add("text", "Hello from the sending ITs.");
    }

    static String simulatorAddress(String localPart) {
        return localPart + "@" + SIMULATOR_DOMAIN;
    }

    // --- the SES simulator's control endpoints -----------------------------------------------

    /** Messages the simulator accepted from this address, oldest first. */
    static List<JsonObject> simulatorMessagesFrom(String from) {
        return expect(200, plain("GET", SIM + "/sim/messages?from=" + URLEncoder.encode(from, StandardCharsets.UTF_8), null))
                .array().getValuesAs(JsonObject.class);
    }

    static JsonObject simulatorAccount(String changes) {
        return expect(200, plain("PUT", SIM + "/sim/account", changes)).json();
    }

    static void resetSimulatorAccount() {
        expect(200, plain("DELETE", SIM + "/sim/account", null));
    }

    static void verifyNow(String identity) {
        expect(200, plain("POST", SIM + "/sim/identities/" + URLEncoder.encode(identity, StandardCharsets.UTF_8) + "/verify", ""));
    }

    /** A raw request to the legacy-system stand-in that talks to Sendwell's JMS request queue. */
    static Reply legacySendRequest(String body, String correlationId) {
        return legacySendRequest(body, correlationId, 0);
    }

    /** extraReplyWaitMillis: keep listening that long for further (unwanted) replies; "replies" counts them. */
    static Reply legacySendRequest(String body, String correlationId, long extraReplyWaitMillis) {
        String url = SIM + "/sim/legacy/send-requests?extraReplyWaitMillis=" + extraReplyWaitMillis
                + (correlationId == null ? "" : "&correlationId=" + URLEncoder.encode(correlationId, StandardCharsets.UTF_8));
        return call(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(40))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    // --- plumbing ----------------------------------------------------------------------------

    /** An HTTP answer; json()/array() parse the body. */
    record Reply(int status, String body, HttpHeaders headers) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    static Reply admin(String method, String url, JsonObject body) {
        return call(HttpRequest.newBuilder(URI.create(url)).header("Authorization", ADMIN)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
    }

    static Reply plain(String method, String url, String body) {
        return call(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    static Reply call(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static Reply expect(int status, Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("expected HTTP " + status + " but got " + reply.status() + ": " + reply.body());
        }
        return reply;
    }

    static <T> T await(String what, Duration timeout, java.util.function.Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(timeout);
        T last = probe.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what + "; last seen: " + last);
            }
            sleep(200);
            last = probe.get();
        }
        return last;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, String> tags(JsonObject simulatorMessage) {
        JsonObject tags = simulatorMessage.getJsonObject("tags");
        return tags == null ? Map.of() : tags.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                Map.Entry::getKey, e -> ((jakarta.json.JsonString) e.getValue()).getString()));
    }

    private static String addDomain(String tenantId, String name) {
        return expect(201, admin("POST", API + "/tenants/" + tenantId + "/domains",
                Json.createObjectBuilder().add("name", name).build())).json().getString("id");
    }

    private static void awaitDomain(String tenantId, String domainId, String status) {
        await("domain " + domainId + " " + status, Duration.ofSeconds(30),
                () -> expect(200, admin("GET", API + "/tenants/" + tenantId + "/domains/" + domainId, null)).json(),
                d -> status.equals(d.getString("status")));
    }

    static boolean isNull(JsonObject object, String name) {
        return !object.containsKey(name) || object.get(name).getValueType() == JsonValue.ValueType.NULL;
    }
}
