package io.sendwell.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small client for black-box tests of the deployed REST API. One instance carries one set of
 * credentials; every call returns an {@link ApiResponse} whatever the status, so tests assert on
 * errors as easily as on successes.
 *
 * <pre>{@code
 * ApiClient admin = ApiClient.asAdmin();
 * JsonObject tenant = admin.post("/tenants", Json.object("slug", "acme-x1", "displayName", "Acme"))
 *         .expect(201).json();
 * ApiClient acme = ApiClient.withKey(key);
 * acme.get("/tenants/" + id + "/mailboxes").expect(200).jsonArray();
 * }</pre>
 *
 * Paths starting with "/" are relative to {@code /api/v1}; pass an absolute URI string (as found
 * in a Location header) or use {@link #root()} for other paths such as /health.
 */
public final class ApiClient {

    public static final String ADMIN_USER = System.getProperty("sendwell.admin.user", "admin");
    public static final String ADMIN_PASSWORD = System.getProperty("sendwell.admin.password", "change-me-now");

    /** Base of the server, e.g. http://localhost:9080; failsafe passes {@code http.port}. */
    public static final URI SERVER = URI.create("http://localhost:" + System.getProperty("http.port", "9080"));
    public static final String API = SERVER + "/api/v1";

    // HTTP/1.1 only: an h2c upgrade attempt would muddle tests of chunked bodies and headers.
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String base;
    private final Map<String, String> headers;

    private ApiClient(String base, Map<String, String> headers) {
        this.base = base;
        this.headers = Map.copyOf(headers);
    }

    /** The platform administrator (HTTP Basic). */
    public static ApiClient asAdmin() {
        return withBasic(ADMIN_USER, ADMIN_PASSWORD);
    }

    /** A tenant, by the plaintext of one of its API keys. */
    public static ApiClient withKey(String apiKey) {
        return withAuthorization("Bearer " + apiKey);
    }

    public static ApiClient withBasic(String user, String password) {
        return withAuthorization("Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Any Authorization header value, for tests of malformed credentials. */
    public static ApiClient withAuthorization(String authorization) {
        return new ApiClient(API, Map.of("Authorization", authorization));
    }

    /** No credentials at all. */
    public static ApiClient anonymous() {
        return new ApiClient(API, Map.of());
    }

    /** The same credentials against the server root (/health, /openapi) instead of /api/v1. */
    public ApiClient root() {
        return new ApiClient(SERVER.toString(), headers);
    }

    /** The same credentials plus one more request header. */
    public ApiClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiClient(base, more);
    }

    public ApiResponse get(String path) {
        return send(request(path).GET());
    }

    public ApiResponse delete(String path) {
        return send(request(path).DELETE());
    }

    public ApiResponse post(String path, JsonObject body) {
        return post(path, body.toString());
    }

    public ApiResponse post(String path, JsonObjectBuilder body) {
        return post(path, body.build());
    }

    /** POST of a raw body, sent as application/json whether or not it is valid JSON. */
    public ApiResponse post(String path, String rawJson) {
        return send("POST", path, "application/json", BodyPublishers.ofString(rawJson));
    }

    public ApiResponse patch(String path, JsonObject body) {
        return patch(path, body.toString());
    }

    public ApiResponse patch(String path, JsonObjectBuilder body) {
        return patch(path, body.build());
    }

    public ApiResponse patch(String path, String rawJson) {
        return send("PATCH", path, "application/json", BodyPublishers.ofString(rawJson));
    }

    /** Any method, content type and body publisher (e.g. an InputStream for a chunked body). */
    public ApiResponse send(String method, String path, String contentType, BodyPublisher body) {
        HttpRequest.Builder request = request(path).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    public ApiResponse send(HttpRequest.Builder request) {
        awaitApplicationReady();
        HttpRequest built = request.build();
        try {
            return new ApiResponse(built.method(), built.uri(), HTTP.send(built, BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + built.method() + " " + built.uri(), e);
        }
    }

    private static volatile boolean ready;

    /**
     * Liberty reports the server started even when the application is still starting (it only
     * warns after 30 s), so on a busy machine the first tests could meet a 404 "context root not
     * found". Before the first request of the test JVM, wait until /health/ready answers 200.
     */
    private static void awaitApplicationReady() {
        if (ready) {
            return;
        }
        synchronized (ApiClient.class) {
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            HttpRequest probe = HttpRequest.newBuilder(SERVER.resolve("/health/ready")).timeout(Duration.ofSeconds(10)).build();
            while (!ready && System.nanoTime() < deadline) {
                try {
                    ready = HTTP.send(probe, BodyHandlers.discarding()).statusCode() == 200;
                    if (!ready) {
                        Thread.sleep(1000);
                    }
                } catch (IOException e) {
                    sleepQuietly();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            ready = true; // after the deadline, let the tests fail with their own messages
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A request builder with this client's headers, for the rare case the helpers do not cover. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        headers.forEach(request::header);
        return request;
    }

    public URI uri(String path) {
        return path.startsWith("http://") || path.startsWith("https://") ? URI.create(path) : URI.create(base + path);
    }
}
