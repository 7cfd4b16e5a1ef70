package io.sendwell.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server answered: status, headers and body, with the body parsed on demand. Assertion
 * failures quote the request and the response body, so a failing IT explains itself.
 */
public final class ApiResponse {

    public static final String PROBLEM_JSON = "application/problem+json";

    private final String method;
    private final URI uri;
    private final int status;
    private final HttpHeaders headers;
    private final String body;

    ApiResponse(String method, URI uri, HttpResponse<String> response) {
        this.method = method;
        this.uri = uri;
        this.status = response.statusCode();
        this.headers = response.headers();
        this.body = response.body() == null ? "" : response.body();
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    public HttpHeaders headers() {
        return headers;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public List<String> headerValues(String name) {
        return headers.allValues(name);
    }

    /** The media type without parameters, e.g. "application/problem+json", or "" when absent. */
    public String mediaType() {
        return header("Content-Type").map(type -> type.split(";")[0].strip().toLowerCase()).orElse("");
    }

    /** The Location header as an absolute URI string; fails when there is none. */
    public String location() {
        return header("Location").orElseThrow(() -> new AssertionError("no Location header on " + this));
    }

    /** Asserts the status, quoting the body on failure, and returns this response for chaining. */
    public ApiResponse expect(int expectedStatus) {
        assertThat(status).as("status of %s", this).isEqualTo(expectedStatus);
        return this;
    }

    /**
     * Asserts an RFC 9457 problem response: the status, the application/problem+json type, a title
     * and a detail, and returns the problem for further checks.
     */
    public JsonObject expectProblem(int expectedStatus) {
        expect(expectedStatus);
        assertThat(mediaType()).as("content type of %s", this).isEqualTo(PROBLEM_JSON);
        JsonObject problem = json();
        assertThat(problem.getString("title", "")).as("problem title of %s", this).isNotBlank();
        assertThat(problem.getString("detail", "")).as("problem detail of %s", this).isNotBlank();
        assertThat(problem.getInt("status", -1)).as("problem status of %s", this).isEqualTo(expectedStatus);
        return problem;
    }

    public JsonObject json() {
        return parse().asJsonObject();
    }

    public JsonArray jsonArray() {
        return parse().asJsonArray();
    }

    /** The {@code items} of a paged response ({@code {"items": [...], "total": n, ...}}). */
    public JsonArray items() {
        return json().getJsonArray("items");
    }

    public JsonValue parse() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw new AssertionError("body of " + this + " is not JSON", e);
        }
    }

    @Override
    public String toString() {
        String shown = body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
        return method + " " + uri + " -> " + status + " " + headers.map() + " " + shown;
    }
}
