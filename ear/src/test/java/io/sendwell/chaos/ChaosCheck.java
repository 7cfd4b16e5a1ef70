package io.sendwell.chaos;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdict of {@code ./chaos.sh}: run after the faults, with the ids Sendwell answered 202 for.
 * Waits until nothing is QUEUED or SENDING any more (or the timeout), then compares with what the
 * simulator (which survived every fault in its own process) accepted, by the sendwell-message-id
 * tag, and prints {@code RESULT servers=.. accepted=.. sent_exactly_once=.. lost=.. duplicated=..
 * stuck=.. rate_violations=..}. Exit code 1 if any of the last four is not 0.
 *
 * <p>Arguments: sendwell base URL, simulator base URL, sender address, file of accepted ids,
 * admin password, number of servers, wait seconds.
 */
public final class ChaosCheck {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ChaosCheck() {
    }

    public static void main(String[] args) throws Exception {
        String sendwell = args[0];
        String simulator = args[1];
        String sender = args[2];
        List<String> accepted = Files.readAllLines(Path.of(args[3])).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[4]).getBytes(StandardCharsets.UTF_8));
        int servers = Integer.parseInt(args[5]);
        long waitSeconds = Long.parseLong(args[6]);

        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        long stuck;
        do {
            JsonObject ops = json(get(sendwell + "/api/v1/ops/queues", admin));
            stuck = ops.getJsonNumber("outboxQueued").longValue() + ops.getJsonNumber("outboxSending").longValue();
            if (stuck == 0) {
                break;
            }
            Thread.sleep(2000);
        } while (System.nanoTime() < deadline);

        Map<String, Integer> copies = new HashMap<>();
        for (JsonValue value : Json.createReader(new StringReader(get(simulator + "/sim/messages?from="
                + URLEncoder.encode(sender, StandardCharsets.UTF_8), null))).readArray()) {
            JsonObject tags = value.asJsonObject().getJsonObject("tags");
            if (tags != null && tags.containsKey("sendwell-message-id")) {
                copies.merge(tags.getString("sendwell-message-id"), 1, Integer::sum);
            }
        }
        long exactlyOnce = accepted.stream().filter(id -> copies.getOrDefault(id, 0) == 1).count();
        long lost = accepted.stream().filter(id -> copies.getOrDefault(id, 0) == 0).count();
        long duplicated = copies.values().stream().filter(n -> n > 1).count();
        long rateViolations = json(get(simulator + "/sim/stats", null)).getJsonNumber("rateRefusals").longValue();
        System.out.printf("RESULT servers=%d accepted=%d sent_exactly_once=%d lost=%d duplicated=%d stuck=%d rate_violations=%d%n",
                servers, accepted.size(), exactlyOnce, lost, duplicated, stuck, rateViolations);
        if (lost != 0 || duplicated != 0 || stuck != 0 || rateViolations != 0) {
            System.exit(1);
        }
    }

    private static String get(String url, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
