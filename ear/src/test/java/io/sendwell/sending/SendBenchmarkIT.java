package io.sendwell.sending;

import static io.sendwell.sending.SendingFixture.message;
import static io.sendwell.sending.SendingFixture.simulatorAddress;
import static org.assertj.core.api.Assertions.assertThat;

import io.sendwell.benchmark.BenchmarkOutput;
import io.sendwell.benchmark.ProcessCpu;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The send path at the speed of a raised SES account, measured fairly (issue 9). The simulator
 * runs in its own process ({@code ./simulator.sh}, {@code -Dses.simulator.url}) and answers
 * SendEmail after {@code benchmark.ses-latency-ms} (50 ms, like SES from outside its region) while
 * it posts every message's Send and Delivery events back to Sendwell, which records them at the
 * same time. Three figures, one run:
 * <ol>
 *   <li>throughput: {@code benchmark.messages} messages POSTed by {@code benchmark.clients} client
 *       threads over four tenants, from the first POST until the simulator has accepted all of them;</li>
 *   <li>accept latency: the p99 of the 202 answer at {@code benchmark.offered-rate} messages/s
 *       offered open-loop for 10 s (or at 80 % of the throughput just measured, if that is less);</li>
 *   <li>baseline: the same SendEmail (same raw MIME) straight from the SDK with as many threads as
 *       Sendwell's dispatcher has workers ({@code benchmark.ses-concurrency}), against the same simulator.</li>
 * </ol>
 * Skipped unless {@code -Dbenchmark=true}; {@code ./benchmark.sh} runs it.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SendBenchmarkIT {

    private static final int N = Integer.getInteger("benchmark.messages", 5000);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 16);
    private static final int SES_CONCURRENCY = Integer.getInteger("benchmark.ses-concurrency", 64);
    private static final int LATENCY_MS = Integer.getInteger("benchmark.ses-latency-ms", 50);
    private static final int OFFERED_RATE = Integer.getInteger("benchmark.offered-rate", 500);
    private static final int OFFERED_SECONDS = 10;
    private static final int TENANTS = 4;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(10)).build();

    @AfterAll
    static void restoreAccount() {
        SendingFixture.resetSimulatorAccount();
    }

    @Test
    void sendPathThroughputAcceptLatencyAndSdkBaseline() throws Exception {
        SendingFixture.simulatorAccount("{\"MaxSendRate\": 100000, \"Max24HourSend\": 100000000, \"SendLatencyMillis\": " + LATENCY_MS + "}");
        SendingFixture.await("Sendwell to see the raised SES rate", Duration.ofSeconds(30),
                SendBenchmarkIT::sendwellMaxSendRate, rate -> rate >= 100000);
        int perTenant = N + OFFERED_RATE * OFFERED_SECONDS + 1000;
        List<SendingFixture> tenants = new ArrayList<>();
        List<String> senders = new ArrayList<>();
        for (int t = 0; t < TENANTS; t++) {
            SendingFixture tenant = SendingFixture.newTenant(perTenant);
            tenants.add(tenant);
            senders.add(tenant.mailbox("bench", perTenant));
        }
        sendAndAwait(tenants, senders, 200, CLIENTS); // warm-up: JIT, connection pools, configuration sets

        long simBefore = simulatorAccepted();
        long eventsBefore = opsFigure("deliveryEvents");
        AtomicLong accepted = new AtomicLong();
        Map<String, LongSupplier> counters = new LinkedHashMap<>();
        counters.put("accepted_by_sendwell", accepted::get);
        counters.put("accepted_by_ses", () -> simulatorAccepted() - simBefore);
        counters.put("feedback_recorded", () -> opsFigure("deliveryEvents") - eventsBefore);
        BenchmarkOutput.Series series = new BenchmarkOutput.Series("send", counters).start();
        ProcessCpu cpuBefore = ProcessCpu.snapshot();
        long start = System.nanoTime();
        submit(tenants, senders, N, CLIENTS, accepted);
        double acceptSeconds = seconds(start);
        SendingFixture.await(N + " messages accepted by SES", Duration.ofMinutes(10),
                () -> simulatorAccepted() - simBefore, done -> done >= N);
        double sendSeconds = seconds(start);
        long feedbackDuringSend = opsFigure("deliveryEvents") - eventsBefore;
        SendingFixture.await("their Send and Delivery events recorded", Duration.ofMinutes(10),
                () -> opsFigure("deliveryEvents") - eventsBefore, recorded -> recorded >= 2L * N);
        double feedbackSeconds = seconds(start);
        // everything one message costs, its two events included, by whom (the limit on a busy machine)
        Map<String, Double> cpuPerMessage = ProcessCpu.snapshot().perUnitSince(cpuBefore, N, "send", "msg");
        series.stop();
        assertThat(simulatorAccepted() - simBefore).as("SES accepted each message once").isEqualTo(N);

        // Latency means something only below saturation: offer 500/s, or 80 % of what the path just
        // sustained if that is less (above it the queue grows and p99 measures the queue).
        int offered = (int) Math.max(10, Math.min(OFFERED_RATE, 0.8 * N / sendSeconds));
        List<Double> latencies = offerOpenLoop(tenants, senders, offered);
        double p99 = percentile(latencies, 0.99);
        byte[] mime = sampleMime(senders.get(0));
        double baseline = sdkBaseline(senders.get(0), mime);

        double sendRate = N / sendSeconds;
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("send_msgs_per_s", sendRate);
        figures.put("send_baseline_msgs_per_s", baseline);
        figures.put("accept_p99_ms", p99);
        figures.put("accept_p50_ms", percentile(latencies, 0.50));
        figures.put("accept_offered_msgs_per_s", offered);
        figures.put("send_accept_msgs_per_s", N / acceptSeconds);
        figures.put("send_feedback_events_per_s_during_send", feedbackDuringSend / sendSeconds);
        figures.put("send_feedback_all_recorded_after_s", feedbackSeconds);
        figures.put("send_messages", N);
        figures.put("send_ses_latency_ms", LATENCY_MS);
        figures.putAll(cpuPerMessage);
        BenchmarkOutput.writeFigures("send", figures);
        System.out.printf(Locale.ROOT, "%nBENCHMARK send: %d messages, %d clients, %d tenants, SES latency %d ms, %d-byte MIME%n"
                        + "  Sendwell API -> accepted by SES : %.1f messages/s (all 202s after %.1f s, all sent after %.1f s)%n"
                        + "  feedback at the same time       : %.1f events/s; all %d Send+Delivery events recorded after %.1f s%n"
                        + "  202 latency at %d/s offered     : p50 %.1f ms, p99 %.1f ms (%d requests)%n"
                        + "  plain SDK, %d threads           : %.1f messages/s%n"
                        + "  ratio Sendwell/plain            : %.2f%n"
                        + "  CPU ms per message (with its events): %s%n",
                N, CLIENTS, TENANTS, LATENCY_MS, mime.length, sendRate, acceptSeconds, sendSeconds,
                feedbackDuringSend / sendSeconds, 2 * N, feedbackSeconds,
                offered, percentile(latencies, 0.5), p99, latencies.size(), SES_CONCURRENCY, baseline, sendRate / baseline,
                ProcessCpu.describe(cpuPerMessage));
    }

    private static void sendAndAwait(List<SendingFixture> tenants, List<String> senders, int n, int clients) throws Exception {
        long before = simulatorAccepted();
        submit(tenants, senders, n, clients, new AtomicLong());
        SendingFixture.await("warm-up sent", Duration.ofMinutes(2), () -> simulatorAccepted() - before, done -> done >= n);
    }

    /** n messages from {@code clients} threads, round robin over the tenants, each expecting 202. */
    private static void submit(List<SendingFixture> tenants, List<String> senders, int n, int clients, AtomicLong accepted)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        int t = i % tenants.size();
                        tenants.get(t).accepted(message(senders.get(t), simulatorAddress("success+b" + i)).build());
                        accepted.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Requests at a fixed rate whatever the answers do (open loop); the 202 latency of each. */
    private static List<Double> offerOpenLoop(List<SendingFixture> tenants, List<String> senders, int rate) throws Exception {
        int total = rate * OFFERED_SECONDS;
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> answers = new ArrayList<>();
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int t = i % tenants.size();
            HttpRequest request = HttpRequest.newBuilder(URI.create(SendingFixture.API + "/messages"))
                    .header("Authorization", "Bearer " + tenants.get(t).apiKey).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(message(senders.get(t), simulatorAddress("success+o" + i)).build().toString()))
                    .build();
            long sent = System.nanoTime();
            answers.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenAccept(response -> {
                if (response.statusCode() == 202) {
                    latencies.add((System.nanoTime() - sent) / 1e6);
                }
            }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        assertThat(latencies).as("every offered request answered 202").hasSize(total);
        return latencies;
    }

    /** The same SendEmail (raw MIME, one recipient) from SES_CONCURRENCY threads straight at the simulator. */
    private static double sdkBaseline(String from, byte[] mime) throws Exception {
        try (SesV2Client ses = SesV2Client.builder()
                .endpointOverride(URI.create(SendingFixture.SIM))
                .region(Region.US_EAST_1)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("simulator", "simulator")))
                .build()) {
            ses.getAccount(r -> { }); // the first call of a client is slow: not part of the figure
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(SES_CONCURRENCY);
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < SES_CONCURRENCY; c++) {
                workers.add(pool.submit(() -> {
                    while (next.getAndIncrement() < N) {
                        ses.sendEmail(r -> r.fromEmailAddress(from)
                                .destination(d -> d.toAddresses(simulatorAddress("success+plain")))
                                .content(c2 -> c2.raw(raw -> raw.data(SdkBytes.fromByteArray(mime))))
                                .configurationSetName("sendwell-transactional")
                                .emailTags(t -> t.name("sendwell-message-id").value("baseline")));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            double rate = N / seconds(start);
            pool.shutdownNow();
            return rate;
        }
    }

    private static byte[] sampleMime(String from) {
        List<JsonObject> recorded = SendingFixture.simulatorMessagesFrom(from);
        return recorded.get(recorded.size() - 1).getString("raw").getBytes(StandardCharsets.UTF_8);
    }

    private static long simulatorAccepted() {
        return stats().getJsonNumber("messagesAccepted").longValue();
    }

    private static JsonObject stats() {
        SendingFixture.Reply reply = SendingFixture.plain("GET", SendingFixture.SIM + "/sim/stats", null);
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    private static double sendwellMaxSendRate() {
        JsonObject rates = ops().getJsonObject("sesMaxSendRateByRegion");
        return rates == null || !rates.containsKey("us-east-1") ? 0 : rates.getJsonNumber("us-east-1").doubleValue();
    }

    private static long opsFigure(String name) {
        return ops().getJsonNumber(name).longValue();
    }

    private static JsonObject ops() {
        return SendingFixture.expect(200, SendingFixture.admin("GET", SendingFixture.API + "/ops/queues", null)).json();
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
