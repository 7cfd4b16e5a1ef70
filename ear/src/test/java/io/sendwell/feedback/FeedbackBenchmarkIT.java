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
import io.sendwell.benchmark.BenchmarkOutput;
import io.sendwell.benchmark.ProcessCpu;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * End-to-end feedback throughput (issue 9): signed SNS notifications POSTed over loopback by 16
 * concurrent posters (as SNS delivers), verified, stored in the feedback inbox and recorded in
 * batches — attributed, suppressed where due (5 % hard bounces, 1 % complaints), counted and
 * evaluated; every 20th notification is posted twice and must count once. Against two baselines in
 * the same run and database: the same rows inserted with plain JDBC, one transaction per row from
 * as many threads, and in batches of 500. Skipped unless {@code -Dbenchmark=true};
 * {@code ./benchmark.sh} runs it ({@code -Dbenchmark.events=} sets the size).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class FeedbackBenchmarkIT {

    private static final int EVENTS = Integer.getInteger("benchmark.events", 10000);
    private static final int CONCURRENT_POSTS = 16;

    @Test
    void feedbackThroughputAgainstPlainJdbcBaselines() throws Exception {
        Tenant tenant = SendwellClient.newTenant("bench");
        SesEvents.Sender sender = new SesEvents.Sender(tenant.id(), null);
        List<String> bodies = new ArrayList<>();
        int bounces = 0;
        int complaints = 0;
        for (int i = 0; i < EVENTS; i++) {
            String ses = "bench-" + UUID.randomUUID();
            String event;
            if (i % 100 < 5) {
                event = SesEvents.hardBounce(sender, ses, "b" + i + "@example.com");
                bounces++;
            } else if (i % 100 == 5) {
                event = SesEvents.complaint(sender, ses, "c" + i + "@example.com");
                complaints++;
            } else {
                event = SesEvents.delivery(sender, ses, List.of("r" + i + "@example.com"));
            }
            bodies.add(SnsTestSigner.signed(SnsTestSigner.notification(UUID.randomUUID().toString(), event)));
        }
        // Every 20th notification is delivered twice, as SNS retries do: it must count once.
        List<String> posts = new ArrayList<>(bodies);
        for (int i = 0; i < EVENTS; i += 20) {
            posts.add(bodies.get(i));
        }
        long eventsBefore = quietEventCount();

        Map<String, LongSupplier> counters = new LinkedHashMap<>();
        AtomicLong posted = new AtomicLong();
        counters.put("posted", posted::get);
        counters.put("recorded", () -> deliveryEvents() - eventsBefore);
        BenchmarkOutput.Series series = new BenchmarkOutput.Series("feedback", counters).start();
        ProcessCpu cpuBefore = ProcessCpu.snapshot();
        long start = System.nanoTime();
        postAll(posts, posted);
        long postedAt = System.nanoTime();
        SendwellClient.await("all events recorded", Duration.ofMinutes(10), () -> deliveryEvents() - eventsBefore >= EVENTS);
        SendwellClient.await("the inbox to drain", Duration.ofMinutes(1), () -> SendwellClient.opsFigure("inboxPending") == 0);
        long end = System.nanoTime();
        Map<String, Double> cpuPerEvent = ProcessCpu.snapshot().perUnitSince(cpuBefore, EVENTS, "feedback", "event");
        series.stop();

        assertThat(deliveryEvents() - eventsBefore).isEqualTo(EVENTS);
        var counts = FeedbackFlowIT.tenantCounts(tenant);
        assertThat(counts.getInt("sent")).isEqualTo(EVENTS - complaints);
        assertThat(counts.getInt("delivered")).isEqualTo(EVENTS - complaints - bounces);
        assertThat(counts.getInt("hardBounces")).isEqualTo(bounces);
        assertThat(counts.getInt("complaints")).isEqualTo(complaints);
        assertThat(SendwellClient.opsFigure("inboxDeadLetters")).isZero();

        double endToEnd = EVENTS / seconds(end - start);
        double httpAccept = posts.size() / seconds(postedAt - start);
        System.out.printf(Locale.ROOT, "%nBENCHMARK feedback: %d events (%d hard bounces, %d complaints, +%d duplicate posts) "
                        + "over HTTP -> inbox -> batches: HTTP accept %.0f posts/s, end to end %.0f events/s (%.2f s)%n",
                EVENTS, bounces, complaints, posts.size() - EVENTS, httpAccept, endToEnd, seconds(end - start));
        System.out.printf(Locale.ROOT, "  CPU ms per event (client signs nothing here: bodies were signed before): %s%n",
                ProcessCpu.describe(cpuPerEvent));
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("feedback_events_per_s", endToEnd);
        figures.putAll(cpuPerEvent);
        figures.put("feedback_http_accept_posts_per_s", httpAccept);
        figures.put("feedback_events", EVENTS);
        String url = System.getProperty("db.postgres.url");
        if ("postgres".equals(System.getProperty("db.type")) && url != null) {
            double perRowTx = jdbcPerRowTransactions(url, tenant.id());
            double batched = jdbcBaseline(url, tenant.id());
            figures.put("feedback_baseline_tx_rows_per_s", perRowTx);
            figures.put("feedback_baseline_batch_rows_per_s", batched);
            System.out.printf(Locale.ROOT, "BENCHMARK baselines: plain JDBC, a transaction per row from %d threads %.0f rows/s; "
                    + "batches of 500 %.0f rows/s%n", CONCURRENT_POSTS, perRowTx, batched);
        } else {
            System.out.println("BENCHMARK baselines skipped: run with -Ddb.type=postgres for the JDBC baselines");
        }
        BenchmarkOutput.writeFigures("feedback", figures);
    }

    /**
     * The event count once earlier work (another benchmark's SES feedback in the same server) has
     * drained and nothing has arrived for 3 s, so the figure counts only this run's events.
     */
    private static long quietEventCount() throws InterruptedException {
        SendwellClient.await("earlier feedback to drain", Duration.ofMinutes(5),
                () -> SendwellClient.opsFigure("inboxPending") == 0);
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

    private static void postAll(List<String> posts, AtomicLong posted) throws Exception {
        Semaphore inFlight = new Semaphore(CONCURRENT_POSTS);
        List<CompletableFuture<HttpResponse<Void>>> responses = new ArrayList<>();
        for (String body : posts) {
            inFlight.acquire();
            HttpRequest request = HttpRequest.newBuilder(URI.create(SendwellClient.BASE + "/sns/ses-events"))
                    .header("Content-Type", "text/plain; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            responses.add(SendwellClient.HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> {
                        posted.incrementAndGet();
                        inFlight.release();
                    }));
        }
        for (CompletableFuture<HttpResponse<Void>> response : responses) {
            assertThat(response.get().statusCode()).isEqualTo(200);
        }
    }

    /** The same rows as delivery_event, one autocommit transaction each, from as many threads as SNS posts with. */
    private static double jdbcPerRowTransactions(String url, String tenantId) throws Exception {
        try (Connection ddlConnection = DriverManager.getConnection(url, "postgres", "");
             Statement ddl = ddlConnection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS bench_delivery_event_tx");
            ddl.execute("CREATE TABLE bench_delivery_event_tx (LIKE delivery_event INCLUDING ALL)");
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(CONCURRENT_POSTS);
        long start = System.nanoTime();
        List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < CONCURRENT_POSTS; t++) {
            workers.add(pool.submit(() -> {
                try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                     PreparedStatement insert = connection.prepareStatement(insertSql("bench_delivery_event_tx"))) {
                    for (int i = next.getAndIncrement(); i < EVENTS; i = next.getAndIncrement()) {
                        bind(insert, i, tenantId);
                        insert.executeUpdate();
                    }
                }
                return null;
            }));
        }
        for (var worker : workers) {
            worker.get();
        }
        double rate = EVENTS / seconds(System.nanoTime() - start);
        pool.shutdownNow();
        try (Connection ddlConnection = DriverManager.getConnection(url, "postgres", "");
             Statement ddl = ddlConnection.createStatement()) {
            ddl.execute("DROP TABLE bench_delivery_event_tx");
        }
        return rate;
    }

    private static String insertSql(String table) {
        return "INSERT INTO " + table + " (id, sns_message_id, idempotency_key, event_type, ses_message_id, message_id, tenant_id, "
                + "mailbox_id, domain_id, recipient_count, occurred_at, received_at, detail) "
                + "VALUES (?, ?, ?, 'Delivery', ?, ?, ?, NULL, NULL, 1, ?, ?, ?)";
    }

    private static void bind(PreparedStatement insert, int i, String tenantId) throws java.sql.SQLException {
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
            try (PreparedStatement insert = connection.prepareStatement(insertSql("bench_delivery_event"))) {
                for (int i = 0; i < EVENTS; i++) {
                    bind(insert, i, tenantId);
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
        return SendwellClient.opsFigure("deliveryEvents");
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
