package io.sendwell.simulator.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.sendwell.simulator.TestConfigs;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SnsPublisherTest {

    record Received(String messageType, String contentType, JsonObject body, long atNanos) {
        String eventType() {
            return Json.createReader(new StringReader(body.getString("Message"))).readObject().getString("eventType");
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    /** One permit per POST the endpoint has answered, so tests wait for POSTs instead of sleeping. */
    private final Semaphore posts = new Semaphore(0);
    private HttpServer endpoint;
    private SnsPublisher publisher;

    @BeforeEach
    void start() throws Exception {
        endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/sns/ses-events", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestHeaders().getFirst("x-amz-sns-message-type"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    Json.createReader(new StringReader(body)).readObject(), System.nanoTime()));
            exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 500 : 200, -1);
            exchange.close();
            posts.release();
        });
        endpoint.start();
        publisher = new SnsPublisher();
        publisher.config = TestConfigs.snsTo("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/sns/ses-events");
        publisher.clock = Clock.systemUTC();
        publisher.start();
    }

    @AfterEach
    void stop() {
        publisher.stop();
        endpoint.stop(0);
    }

    @Test
    void eventsArePostedInOrderAsTextPlainNotificationsAndAFailedPostIsRetriedWithTheSameMessageId() throws Exception {
        failuresLeft.set(1);
        MailInfo mail = new MailInfo("m-1", Instant.now(), "a@acme.example", "arn:aws:ses:us-east-1:1:identity/acme.example", "1",
                List.of("bounce@simulator.amazonses.com"), List.of(),
                new MailInfo.CommonHeaders(List.of("a@acme.example"), List.of("bounce@simulator.amazonses.com"), List.of(), "m-1", "s", null),
                Map.of());

        publisher.publish("arn:aws:sns:us-east-1:1:t", "m-1",
                List.of(SesEvents.send(mail), SesEvents.hardBounce(mail, "bounce@simulator.amazonses.com", Instant.now())));

        awaitReceived(3);
        assertThat(received).extracting(Received::messageType).containsOnly("Notification");
        assertThat(received).extracting(Received::contentType).containsOnly("text/plain; charset=UTF-8");
        assertThat(received.get(0).body().getString("MessageId")).isEqualTo(received.get(1).body().getString("MessageId"));
        assertThat(received).extracting(r -> Json.createReader(new StringReader(r.body().getString("Message"))).readObject().getString("eventType"))
                .containsExactly("Send", "Send", "Bounce");
        // the publisher records a delivery's state after the endpoint has answered: wait for it
        awaitAllDeliveriesSettled();
        assertThat(publisher.deliveries()).extracting(SnsDelivery::state).containsExactly("DELIVERED", "DELIVERED");
    }

    @Test
    void subscribingATopicPostsOneSubscriptionConfirmationWhoseTokenConfirmsIt() throws Exception {
        SnsPublisher.Subscription subscription = publisher.subscribe("arn:aws:sns:us-east-1:1:t");
        publisher.subscribe("arn:aws:sns:us-east-1:1:t");

        // subscribe() records every message it schedules, so one recorded delivery that has settled
        // means no second confirmation is on its way
        assertThat(publisher.deliveries()).hasSize(1);
        awaitAllDeliveriesSettled();
        assertThat(received).hasSize(1);
        JsonObject confirmation = received.get(0).body();
        assertThat(received.get(0).messageType()).isEqualTo("SubscriptionConfirmation");
        assertThat(confirmation.getString("SubscribeURL")).endsWith("/sim/sns/confirm?token=" + subscription.token());
        assertThat(publisher.confirm(confirmation.getString("Token"))).hasValueSatisfying(s -> assertThat(s.confirmed()).isTrue());
    }

    @Test
    void feedbackEventsArePostedTheFeedbackDelayAfterTheSendEventInOrder() throws Exception {
        MailInfo mail = mail("m-2", "complaint@simulator.amazonses.com");
        long published = System.nanoTime();

        publisher.publish("arn:aws:sns:us-east-1:1:t", "m-2", List.of(SesEvents.send(mail),
                SesEvents.delivery(mail, mail.destination(), Instant.now()),
                SesEvents.complaint(mail, "complaint@simulator.amazonses.com", Instant.now())), Duration.ofMillis(800));

        awaitReceived(1);
        assertThat(received).extracting(Received::eventType).containsExactly("Send");
        assertThat(received.get(0).atNanos() - published).as("Send is not delayed").isLessThan(Duration.ofMillis(600).toNanos());
        awaitReceived(2);
        assertThat(received).extracting(Received::eventType).containsExactly("Send", "Delivery", "Complaint");
        assertThat(received.get(1).atNanos() - published).as("Delivery after the feedback delay").isGreaterThanOrEqualTo(Duration.ofMillis(800).toNanos());
    }

    @Test
    void thousandsOfDelayedMessagesWaitInTheSchedulerNotOnThreads() throws Exception {
        int messages = 500;
        // publishing threads start with the first task; earlier tests' stopped ones may still be ending
        java.util.Set<Thread> before = publishingThreads();
        long published = System.nanoTime();
        for (int i = 0; i < messages; i++) {
            MailInfo mail = mail("m-" + i, "success@simulator.amazonses.com");
            publisher.publish("arn:aws:sns:us-east-1:1:t", "m-" + i,
                    List.of(SesEvents.send(mail), SesEvents.delivery(mail, mail.destination(), Instant.now())), Duration.ofSeconds(2));
        }
        // while every Delivery waits out its delay, only the publishing threads exist
        assertThat(publishingThreads()).filteredOn(t -> !before.contains(t)).hasSizeLessThanOrEqualTo(2);

        assertThat(posts.tryAcquire(2 * messages, 120, TimeUnit.SECONDS)).as("%d POSTs within 120 s", 2 * messages).isTrue();
        assertThat(received).filteredOn(r -> r.eventType().equals("Delivery")).hasSize(messages)
                .allSatisfy(r -> assertThat(r.atNanos() - published).isGreaterThanOrEqualTo(Duration.ofSeconds(2).toNanos()));
    }

    private static java.util.Set<Thread> publishingThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("ses-simulator-sns"))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static MailInfo mail(String id, String to) {
        return new MailInfo(id, Instant.now(), "a@acme.example", "arn:aws:ses:us-east-1:1:identity/acme.example", "1",
                List.of(to), List.of(), new MailInfo.CommonHeaders(List.of("a@acme.example"), List.of(to), List.of(), id, "s", null),
                Map.of());
    }

    private void awaitReceived(int count) throws InterruptedException {
        assertThat(posts.tryAcquire(count, 5, TimeUnit.SECONDS)).as("%d POSTs within 5 s", count).isTrue();
    }

    private void awaitAllDeliveriesSettled() throws InterruptedException {
        awaitCondition("every delivery DELIVERED or FAILED",
                () -> publisher.deliveries().stream().allMatch(d -> !d.state().equals("PENDING") && !d.state().equals("RETRYING")));
    }

    /** Polls {@code condition} until it holds or 5 s have passed; the test fails on timeout. */
    private static void awaitCondition(String description, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("timed out waiting for: " + description).isNegative();
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }
}
