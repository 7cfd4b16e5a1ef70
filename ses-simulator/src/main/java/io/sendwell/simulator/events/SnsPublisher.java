package io.sendwell.simulator.events;

import io.sendwell.simulator.SimulatorConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Posts SNS HTTP messages to the configured endpoint, in order per batch, after a short delay (and
 * feedback events after the feedback delay, if one is set), retrying with the same SNS MessageId. Notifications are signed and posted on the publishing
 * threads ({@code ses-simulator.sns.concurrency} of them), never in the SendEmail call. A plain daemon scheduler rather than a
 * ManagedScheduledExecutorService: the server enables no concurrency feature and the tasks need no
 * container context (they only do HTTP).
 */
@ApplicationScoped
public class SnsPublisher {

    private static final Logger LOG = Logger.getLogger(SnsPublisher.class.getName());
    private static final int KEPT_DELIVERIES = 1000;

    @Inject
    SimulatorConfig config;

    @Inject
    Clock clock;

    private SigningCredentials credentials;
    private SnsMessages messages;
    private ScheduledExecutorService scheduler;
    private HttpClient http;
    private final Deque<SnsDelivery> deliveries = new ConcurrentLinkedDeque<>();
    /** Counted apart: a concurrent deque counts itself by walking every element. */
    private final java.util.concurrent.atomic.AtomicInteger kept = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong delivered = new java.util.concurrent.atomic.AtomicLong();
    private final Map<String, Subscription> subscriptionsByTopic = new ConcurrentHashMap<>();

    /** An HTTP subscription of the configured endpoint to a topic; confirmed once its SubscribeURL is visited. */
    public static final class Subscription {
        final String topicArn;
        final String arn;
        final String token;
        volatile boolean confirmed;

        Subscription(String topicArn, String arn, String token) {
            this.topicArn = topicArn;
            this.arn = arn;
            this.token = token;
        }

        public String topicArn() {
            return topicArn;
        }

        public String arn() {
            return arn;
        }

        public String token() {
            return token;
        }

        public boolean confirmed() {
            return confirmed;
        }
    }

    @PostConstruct
    void start() {
        credentials = config.snsKeystore()
                .map(file -> SigningCredentials.loadOrCreate(file, config.snsKeystorePassword(), clock.instant()))
                .orElseGet(() -> SigningCredentials.generate(clock.instant()));
        messages = new SnsMessages(credentials, config.publicUrl());
        scheduler = Executors.newScheduledThreadPool(config.snsConcurrency(), runnable -> {
            Thread thread = new Thread(runnable, "ses-simulator-sns");
            thread.setDaemon(true);
            return thread;
        });
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        LOG.info(() -> "SES simulator signs SNS messages with the certificate of SHA-256 fingerprint "
                + credentials.sha256Fingerprint() + ", served at " + messages.signingCertUrl()
                + "; events go to " + config.snsEndpoint());
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    public SigningCredentials credentials() {
        return credentials;
    }

    /** Publishes SES event records to a topic as SNS Notifications, in the given order. */
    public void publish(String topicArn, String sesMessageId, List<JsonObject> events) {
        publish(topicArn, sesMessageId, events, Duration.ZERO);
    }

    /**
     * As {@link #publish(String, String, List)}, but every event other than Send is posted
     * {@code feedbackDelay} later than the Send event: SES's feedback lag. A waiting post is a task
     * in the scheduler's queue, not a thread, so hours of lag at high volume cost only memory.
     */
    public void publish(String topicArn, String sesMessageId, List<JsonObject> events, Duration feedbackDelay) {
        Subscription subscription = subscriptionsByTopic.computeIfAbsent(topicArn, this::newSubscription);
        List<SnsDelivery> batch = new ArrayList<>();
        long now = System.nanoTime();
        for (JsonObject event : events) {
            String snsMessageId = UUID.randomUUID().toString();
            String eventType = event.getString("eventType");
            Duration after = "Send".equals(eventType) ? config.snsDelay() : config.snsDelay().plus(feedbackDelay);
            java.time.Instant timestamp = clock.instant().plus(after);
            batch.add(record(new SnsDelivery(snsMessageId, "Notification", topicArn, eventType, sesMessageId,
                    () -> messages.notification(snsMessageId, topicArn, subscription.arn, event.toString(), timestamp).toString())
                    .dueAt(now + after.toNanos())));
        }
        schedule(batch, 0, 0, untilDue(batch, 0));
    }

    /** Creates the subscription of the endpoint to the topic, sending a SubscriptionConfirmation if configured. */
    public Subscription subscribe(String topicArn) {
        boolean[] created = {false};
        Subscription subscription = subscriptionsByTopic.computeIfAbsent(topicArn, arn -> {
            created[0] = true;
            return newSubscription(arn);
        });
        if (created[0] && config.sendSubscriptionConfirmation()) {
            String snsMessageId = UUID.randomUUID().toString();
            JsonObject confirmation = messages.subscriptionConfirmation(snsMessageId, topicArn, subscription.token, clock.instant());
            schedule(List.of(record(new SnsDelivery(snsMessageId, "SubscriptionConfirmation", topicArn, null, null,
                    confirmation.toString()).dueAt(System.nanoTime() + config.snsDelay().toNanos()))), 0, 0, config.snsDelay());
        }
        return subscription;
    }

    public Optional<Subscription> confirm(String token) {
        Optional<Subscription> found = subscriptionsByTopic.values().stream().filter(s -> s.token.equals(token)).findFirst();
        found.ifPresent(s -> s.confirmed = true);
        return found;
    }

    public Optional<Subscription> unsubscribe(String subscriptionArn) {
        Optional<Subscription> found = subscriptionsByTopic.values().stream().filter(s -> s.arn.equals(subscriptionArn)).findFirst();
        found.ifPresent(s -> subscriptionsByTopic.remove(s.topicArn));
        return found;
    }

    public List<Subscription> subscriptions() {
        return List.copyOf(subscriptionsByTopic.values());
    }

    public List<SnsDelivery> deliveries() {
        return List.copyOf(deliveries);
    }

    public void clearDeliveries() {
        deliveries.clear();
        kept.set(0);
    }

    /** SNS posts the endpoint answered with 2xx since start. */
    public long deliveredSinceStart() {
        return delivered.get();
    }

    private Subscription newSubscription(String topicArn) {
        byte[] token = new byte[64];
        new java.security.SecureRandom().nextBytes(token);
        return new Subscription(topicArn, topicArn + ":" + UUID.randomUUID(), HexFormat.of().formatHex(token));
    }

    private SnsDelivery record(SnsDelivery delivery) {
        deliveries.addLast(delivery);
        if (kept.incrementAndGet() > KEPT_DELIVERIES && deliveries.pollFirst() != null) {
            kept.decrementAndGet();
        }
        return delivery;
    }

    private void schedule(List<SnsDelivery> batch, int index, int attempt, Duration delay) {
        if (index >= batch.size() || scheduler.isShutdown()) {
            return;
        }
        try {
            scheduler.schedule(() -> attempt(batch, index, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.fine("SNS scheduler stopped; delivery dropped");
        }
    }

    private void attempt(List<SnsDelivery> batch, int index, int attempt) {
        SnsDelivery delivery = batch.get(index);
        int status = 0;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(config.snsEndpoint()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .header("x-amz-sns-message-type", delivery.type())
                    .header("x-amz-sns-message-id", delivery.snsMessageId())
                    .header("x-amz-sns-topic-arn", delivery.topicArn())
                    .header("User-Agent", "Amazon Simple Notification Service Agent")
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            error = e.toString();
        }
        delivery.attempted(clock.instant(), status, error);
        boolean delivered = status >= 200 && status < 300;
        if (delivered) {
            this.delivered.incrementAndGet();
        }
        if (!delivered && attempt < config.snsRetries()) {
            schedule(batch, index, attempt + 1, config.snsRetryInterval());
            return;
        }
        if (!delivered) {
            delivery.gaveUp();
            int finalStatus = status;
            String finalError = error;
            LOG.log(Level.WARNING, () -> "SNS " + delivery.type() + " " + delivery.snsMessageId() + " to " + config.snsEndpoint()
                    + " failed after " + (attempt + 1) + " attempts (status " + finalStatus + (finalError == null ? "" : ", " + finalError) + ")");
        }
        schedule(batch, index + 1, 0, untilDue(batch, index + 1));
    }

    /** Time left until the batch's next post is due (events of one message go out in order). */
    private static Duration untilDue(List<SnsDelivery> batch, int index) {
        return index >= batch.size() ? Duration.ZERO : Duration.ofNanos(Math.max(0, batch.get(index).dueNanos() - System.nanoTime()));
    }
}
