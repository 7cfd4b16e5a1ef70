package io.sendwell.sending;

import static io.sendwell.sending.SendingFixture.message;
import static io.sendwell.sending.SendingFixture.simulatorAddress;
import static io.sendwell.sending.SendingFixture.simulatorMessagesFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * Throughput of the whole send path (API → outbox → JMS → dispatcher → SDK → simulator) against a
 * plain loop of the same SDK SendEmail calls straight at the simulator: what Sendwell's bookkeeping
 * costs. Skipped unless {@code -Dbenchmark=true} (only this test is opt-in: it takes a minute and
 * raises the simulator's quota). {@code -Dbenchmark.messages=} sets N (default 1000, at most 5000).
 */
class SendBenchmarkIT {

    private static final int SUBMITTERS = 8;

    @AfterAll
    static void restoreAccount() {
        SendingFixture.resetSimulatorAccount();
    }

    @Test
    void sendwellThroughputAgainstAPlainSdkLoop() throws Exception {
        assumeTrue(Boolean.getBoolean("benchmark"), "benchmark runs only with -Dbenchmark=true");
        int n = Math.min(5000, Integer.getInteger("benchmark.messages", 1000));
        SendingFixture.simulatorAccount("{\"MaxSendRate\": 100000, \"Max24HourSend\": 10000000}");
        SendingFixture tenant = SendingFixture.newTenant(n + 10);
        String from = tenant.mailbox("bench", n + 10);
        SendingFixture.sleep(6000); // Sendwell re-reads GetAccount every 5 s in the test server: let it see the new rate

        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(SUBMITTERS);
        try {
            List<Future<String>> submitted = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                submitted.add(pool.submit(() -> tenant.accepted(message(from, simulatorAddress("success+bench" + index)).build())));
            }
            for (Future<String> future : submitted) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double acceptedSeconds = seconds(start);
        SendingFixture.await(n + " messages SENT", Duration.ofMinutes(10), () -> sentCount(tenant), sent -> sent >= n);
        double sendwellSeconds = seconds(start);
        List<jakarta.json.JsonObject> recorded = simulatorMessagesFrom(from);
        assertThat(recorded).hasSize(n);

        byte[] sameMime = recorded.get(0).getString("raw").getBytes(StandardCharsets.UTF_8);
        double baselineSeconds = plainSdkLoop(n, from, sameMime);

        double sendwellRate = n / sendwellSeconds;
        double baselineRate = n / baselineSeconds;
        System.out.printf(Locale.ROOT, "%nBENCHMARK n=%d mime=%d bytes%n"
                        + "  Sendwell API -> SENT : %.2f s (all accepted after %.2f s) = %.1f messages/s%n"
                        + "  plain SDK loop       : %.2f s = %.1f messages/s%n"
                        + "  ratio Sendwell/plain : %.2f%n",
                n, sameMime.length, sendwellSeconds, acceptedSeconds, sendwellRate, baselineSeconds, baselineRate,
                sendwellRate / baselineRate);
    }

    /** Messages SES has taken: SENT, or already moved on by feedback (DELIVERED, ...). */
    private static long sentCount(SendingFixture tenant) {
        return SendingFixture.ACCEPTED_BY_SES.stream().mapToLong(status -> SendingFixture.expect(200, SendingFixture.call(
                        HttpRequest.newBuilder(URI.create(SendingFixture.API + "/messages?status=" + status + "&limit=1"))
                                .header("Authorization", "Bearer " + tenant.apiKey).GET().build()))
                .json().getJsonNumber("total").longValue()).sum();
    }

    /** The same SendEmail (raw MIME of the same size, one recipient) in a single-threaded loop. */
    private static double plainSdkLoop(int n, String from, byte[] mime) {
        try (SesV2Client ses = SesV2Client.builder()
                .endpointOverride(URI.create(SendingFixture.SIM))
                .region(Region.US_EAST_1)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("simulator", "simulator")))
                .build()) {
            ses.getAccount(r -> { }); // the first call of a client is slow: not part of the figure
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                ses.sendEmail(r -> r.fromEmailAddress(from)
                        .destination(d -> d.toAddresses(simulatorAddress("success+plain")))
                        .content(c -> c.raw(raw -> raw.data(SdkBytes.fromByteArray(mime))))
                        .configurationSetName("sendwell-transactional")
                        .emailTags(t -> t.name("sendwell-message-id").value("baseline")));
            }
            return seconds(start);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
