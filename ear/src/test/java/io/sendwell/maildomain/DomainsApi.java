package io.sendwell.maildomain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** The platform administrator's view of the domains API and the simulator's identities, for the ITs. */
final class DomainsApi {

    private static final String BASE = "http://localhost:" + System.getProperty("http.port", "9080");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin:change-me-now".getBytes(StandardCharsets.UTF_8));

    record Response(int status, String body) {
        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String newTenant() {
        Response created = call("POST", "/api/v1/tenants", Json.createObjectBuilder()
                .add("slug", unique("dns")).add("displayName", "DNS IT").build().toString());
        if (created.status() != 201) {
            throw new AssertionError("tenant not created: " + created);
        }
        return created.json().getString("id");
    }

    static Response addDomain(String tenantId, JsonObject body) {
        return call("POST", "/api/v1/tenants/" + tenantId + "/domains", body.toString());
    }

    static Response domain(String tenantId, String domainId, String suffix) {
        return call("GET", "/api/v1/tenants/" + tenantId + "/domains/" + domainId + suffix, null);
    }

    static Response post(String tenantId, String domainId, String action, String body) {
        return call("POST", "/api/v1/tenants/" + tenantId + "/domains/" + domainId + "/" + action, body == null ? "{}" : body);
    }

    static List<String> domainNames(String tenantId) {
        return call("GET", "/api/v1/tenants/" + tenantId + "/domains", null).array().getValuesAs(JsonObject.class)
                .stream().map(d -> d.getString("name")).toList();
    }

    static List<String> auditActions(String tenantId) {
        return call("GET", "/api/v1/tenants/" + tenantId + "/audit?limit=200", null).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
    }

    /** The simulator's ListEmailIdentities: what exists in "SES". */
    static List<String> sesIdentities() {
        return call("GET", "/ses-simulator/v2/email/identities", null).json().getJsonArray("EmailIdentities")
                .getValuesAs(JsonObject.class).stream().map(i -> i.getString("IdentityName")).toList();
    }

    static JsonObject sesIdentity(String name) {
        return call("GET", "/ses-simulator/v2/email/identities/" + URLEncoder.encode(name, StandardCharsets.UTF_8), null).json();
    }

    /** JSON-B leaves null members out: absent and null both read as null. */
    static String text(JsonObject json, String key) {
        return json.containsKey(key) && !json.isNull(key) ? json.getString(key) : null;
    }

    static <T> T await(String what, java.util.function.Supplier<T> probe, Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; last: " + last);
            }
            Thread.sleep(500);
            last = probe.get();
        }
        return last;
    }

    static Response call(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", ADMIN).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    private DomainsApi() {
    }
}
