package io.sendwell.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.sendwell.feedback.SendwellClient.Tenant;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * End-to-end feedback throughput: signed SNS notifications POSTed over loopback, through the
 * persistent JMS queue and the MDB into the database, against a baseline of plain JDBC batch
 * inserts of the same rows into the same PostgreSQL database. Run (PostgreSQL on 127.0.0.1:5432):
 *
 * <pre>
 * psql -h 127.0.0.1 -U postgres -c 'CREATE DATABASE sendwell_feedback_bench'
 * mvn -o verify -pl ear -Dhttp.port=9480 -Dhttps.port=9843 -Ddb.type=postgres \
 *     -Ddb.postgres.url=jdbc:postgresql://127.0.0.1:5432/sendwell_feedback_bench \
 *     -Dbenchmark=true -Dit.test=FeedbackBenchmarkIT
 * </pre>
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class FeedbackBenchmarkIT {

    private static final int EVENTS = Integer.getInteger("benchmark.events", 2000);
    private static final int CONCURRENT_POSTS = 16;

    @Test
    void feedbackThroughputAgainstPlainJdbcBaseline() throws Exception {
        Tenant tenant = SendwellClient.newTenant("bench");
        SesEvents.Sender sender = new SesEvents.Sender(tenant.id(), null);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            String event = SesEvents.delivery(sender, "bench-" + UUID.randomUUID(), List.of("r" + i + "@example.com"));
            bodies.add(SnsTestSigner.signed(SnsTestSigner.notification(UUID.randomUUID().toString(), event)));
        }
        // Every 20th notification is delivered twice, as SNS retries do: it must count once.
        List<String> posts = new ArrayList<>(bodies);
        for (int i = 0; i < EVENTS; i += 20) {
            posts.add(bodies.get(i));
        }
        long eventsBefore = quietEventCount();

        long start = System.nanoTime();
        postAll(posts);
        long posted = System.nanoTime();
        SendwellClient.await("all events recorded", Duration.ofMinutes(10), () -> deliveryEvents() - eventsBefore >= EVENTS);
        SendwellClient.await("the queue to drain", Duration.ofMinutes(1), () -> SendwellClient.queueDepth("jms/sendwell/FeedbackQueue") == 0);
        long end = System.nanoTime();

        assertThat(deliveryEvents() - eventsBefore).isEqualTo(EVENTS);
        var counts = FeedbackFlowIT.tenantCounts(tenant);
        assertThat(counts.getInt("sent")).isEqualTo(EVENTS);
        assertThat(counts.getInt("delivered")).isEqualTo(EVENTS);

        double endToEnd = EVENTS / seconds(end - start);
        System.out.printf(Locale.ROOT, "BENCHMARK feedback: %d events (+%d duplicate posts) over HTTP -> JMS -> DB: "
                        + "HTTP accept %.0f posts/s, end to end %.0f events/s (%.2f s)%n",
                EVENTS, posts.size() - EVENTS, posts.size() / seconds(posted - start), endToEnd, seconds(end - start));
        String url = System.getProperty("db.postgres.url");
        if (!"postgres".equals(System.getProperty("db.type")) || url == null) {
            System.out.println("BENCHMARK baseline skipped: run with -Ddb.type=postgres for the JDBC baseline");
            return;
        }
        double baseline = jdbcBaseline(url, tenant.id());
        System.out.printf(Locale.ROOT, "BENCHMARK baseline: plain JDBC batch inserts of the same rows %.0f rows/s; "
                + "ratio baseline / end to end = %.1f%n", baseline, baseline / endToEnd);
    }

    /**
     * The event count once earlier work (another benchmark's SES feedback in the same server) has
     * drained and nothing has arrived for 3 s, so the figure counts only this run's events.
     */
    private static long quietEventCount() throws InterruptedException {
        SendwellClient.await("earlier feedback to drain", Duration.ofMinutes(5),
                () -> SendwellClient.queueDepth("jms/sendwell/FeedbackQueue") == 0);
        long count = deliveryEvents();
        while (true) {
            Thread.sleep(3000);
            long now = deliveryEvents();
            if (now == count) {
                return now;
            }
            count = now;
        }
    }

    private static void postAll(List<String> posts) throws Exception {
        Semaphore inFlight = new Semaphore(CONCURRENT_POSTS);
        List<CompletableFuture<HttpResponse<Void>>> responses = new ArrayList<>();
        for (String body : posts) {
            inFlight.acquire();
            HttpRequest request = HttpRequest.newBuilder(URI.create(SendwellClient.BASE + "/sns/ses-events"))
                    .header("Content-Type", "text/plain; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            responses.add(SendwellClient.HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> inFlight.release()));
        }
        for (CompletableFuture<HttpResponse<Void>> response : responses) {
            assertThat(response.get().statusCode()).isEqualTo(200);
        }
    }

    /** The same rows as delivery_event, inserted in JDBC batches of 500 into a scratch copy of the table. */
    private static double jdbcBaseline(String url, String tenantId) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS bench_delivery_event");
                ddl.execute("CREATE TABLE bench_delivery_event (LIKE delivery_event INCLUDING ALL)");
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_delivery_event (id, sns_message_id, "
                    + "idempotency_key, event_type, ses_message_id, message_id, tenant_id, mailbox_id, domain_id, recipient_count, "
                    + "occurred_at, received_at, detail) VALUES (?, ?, ?, 'Delivery', ?, ?, ?, NULL, NULL, 1, ?, ?, ?)")) {
                for (int i = 0; i < EVENTS; i++) {
                    Timestamp now = Timestamp.from(Instant.now());
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setString(3, UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", ""));
                    insert.setString(4, "bench-" + UUID.randomUUID());
                    insert.setString(5, "msg-" + i);
                    insert.setString(6, tenantId);
                    insert.setTimestamp(7, now);
                    insert.setTimestamp(8, now);
                    insert.setString(9, "Delivery: 250 2.0.0 OK");
                    insert.addBatch();
                    if (i % 500 == 499) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            double rate = EVENTS / seconds(System.nanoTime() - start);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE bench_delivery_event");
            }
            connection.commit();
            return rate;
        }
    }

    private static long deliveryEvents() {
        return SendwellClient.getAsAdmin("/api/v1/ops/queues").getJsonNumber("deliveryEvents").longValue();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
