package io.sendwell.feedback;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** HTTP access to the started server: the SNS endpoint, and the API as admin or as a tenant. */
final class SendwellClient {

    static final String BASE = "http://localhost:" + Integer.getInteger("http.port", 9080);
    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin:change-me-now".getBytes(StandardCharsets.UTF_8));
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private SendwellClient() {
    }

    record Tenant(String id, String apiKey) {
        String bearer() {
            return "Bearer " + apiKey;
        }
    }

    static int postSns(String body) {
        return send(HttpRequest.newBuilder(URI.create(BASE + "/sns/ses-events"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()).statusCode();
    }

    static Tenant newTenant(String label) {
        String slug = label + "-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject tenant = json(post("/api/v1/tenants", ADMIN, "{\"slug\":\"" + slug + "\",\"displayName\":\"" + slug + "\"}", 201));
        String id = tenant.getString("id");
        // Every scope: the tests also add and remove suppressions with this key.
        JsonObject key = json(post("/api/v1/tenants/" + id + "/api-keys", ADMIN,
                "{\"name\":\"it\",\"scopes\":[\"send\",\"read\",\"manage\"]}", 201));
        return new Tenant(id, key.getString("key"));
    }

    /** Adds a domain and a mailbox on it; returns the mailbox id. */
    static String newMailbox(Tenant tenant, String domain) {
        post("/api/v1/tenants/" + tenant.id() + "/domains", ADMIN, "{\"name\":\"" + domain + "\"}", 201);
        return json(post("/api/v1/tenants/" + tenant.id() + "/mailboxes", ADMIN,
                "{\"address\":\"news@" + domain + "\"}", 201)).getString("id");
    }

    static JsonObject getAsAdmin(String path) {
        return json(get(path, ADMIN, 200));
    }

    static JsonObject getAs(Tenant tenant, String path) {
        return json(get(path, tenant.bearer(), 200));
    }

    static HttpResponse<String> get(String path, String authorization, int expected) {
        return expect(send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", authorization)
                .GET().build()), expected);
    }

    static HttpResponse<String> post(String path, String authorization, String json, int expected) {
        return expect(send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build()), expected);
    }

    static HttpResponse<String> postAsAdmin(String path, String json, int expected) {
        return post(path, ADMIN, json, expected);
    }

    static HttpResponse<String> deleteAsAdmin(String path, int expected) {
        return delete(path, ADMIN, expected);
    }

    static HttpResponse<String> delete(String path, String authorization, int expected) {
        return expect(send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", authorization)
                .DELETE().build()), expected);
    }

    static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** Feedback is processed asynchronously: poll until the condition holds or time runs out. */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    /** A figure of GET /api/v1/ops/queues: inboxPending, inboxDeadLetters, deliveryEvents, outboxQueued, outboxSending. */
    static long opsFigure(String name) {
        return getAsAdmin("/api/v1/ops/queues").getJsonNumber(name).longValue();
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new AssertionError(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + " (expected " + expected + "): " + response.body());
        }
        return response;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + request.uri(), e);
        }
    }
}
