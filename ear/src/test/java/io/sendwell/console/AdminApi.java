package io.sendwell.console;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Test set-up through the REST API as the platform administrator (HTTP Basic). */
final class AdminApi {

    // HTTP/1.1: the default h2c upgrade of a POST reaches the API without a usable Content-Length.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(
            (ConsoleBrowser.ADMIN_USER + ":" + ConsoleBrowser.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    private AdminApi() {
    }

    /** Creates a tenant and returns its id. */
    static String createTenant(String slug, String displayName, String productName, String primaryColor) {
        JsonObject body = Json.createObjectBuilder()
                .add("slug", slug).add("displayName", displayName)
                .add("branding", Json.createObjectBuilder().add("productName", productName).add("primaryColor", primaryColor))
                .build();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(ConsoleBrowser.BASE + "/api/v1/tenants"))
                .header("Authorization", BASIC).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("tenant not created: " + response.statusCode() + " " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject().getString("id");
    }

    /**
     * Liberty reports the server ready before a slow machine has started the application (its API
     * answers 404 for a while): tests that begin with raw requests wait for it first.
     */
    static void awaitApplication() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
        while (tenants().statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the application did not start within 3 minutes");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static HttpResponse<String> tenants() {
        return send(HttpRequest.newBuilder(URI.create(ConsoleBrowser.BASE + "/api/v1/tenants"))
                .header("Authorization", BASIC).GET().build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
