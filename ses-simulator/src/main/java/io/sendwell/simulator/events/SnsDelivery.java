package io.sendwell.simulator.events;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/** One SNS HTTP message and how its delivery went; kept for {@code GET /sim/sns/notifications}. */
public final class SnsDelivery {

    private final String snsMessageId;
    private final String type;
    private final String topicArn;
    private final String eventType;
    private final String sesMessageId;
    private final java.util.function.Supplier<String> bodySource;
    private String body;
    private volatile int attempts;
    private volatile int lastStatus;
    private volatile String lastError;
    private volatile String state = "PENDING";
    private volatile Instant lastAttemptAt;
    /** When (System.nanoTime) the first attempt is due; set once, before it is scheduled. */
    private volatile long dueNanos;

    SnsDelivery(String snsMessageId, String type, String topicArn, String eventType, String sesMessageId, String body) {
        this(snsMessageId, type, topicArn, eventType, sesMessageId, () -> body);
    }

    /** The body is made (signed) on first use: on the publishing threads, not in SendEmail's. */
    SnsDelivery(String snsMessageId, String type, String topicArn, String eventType, String sesMessageId,
                java.util.function.Supplier<String> bodySource) {
        this.snsMessageId = snsMessageId;
        this.type = type;
        this.topicArn = topicArn;
        this.eventType = eventType;
        this.sesMessageId = sesMessageId;
        this.bodySource = bodySource;
    }

    SnsDelivery dueAt(long nanoTime) {
        this.dueNanos = nanoTime;
        return this;
    }

    long dueNanos() {
        return dueNanos;
    }

    public String snsMessageId() {
        return snsMessageId;
    }

    public String type() {
        return type;
    }

    public String topicArn() {
        return topicArn;
    }

    public synchronized String body() {
        if (body == null) {
            body = bodySource.get();
        }
        return body;
    }

    public String sesMessageId() {
        return sesMessageId;
    }

    public String state() {
        return state;
    }

    void attempted(Instant at, int status, String error) {
        attempts++;
        lastAttemptAt = at;
        lastStatus = status;
        lastError = error;
        state = status >= 200 && status < 300 ? "DELIVERED" : "RETRYING";
    }

    void gaveUp() {
        state = "FAILED";
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("snsMessageId", snsMessageId)
                .add("type", type)
                .add("topicArn", topicArn)
                .add("state", state)
                .add("attempts", attempts)
                .add("lastStatus", lastStatus)
                .add("body", body());
        if (eventType != null) {
            json.add("eventType", eventType);
        }
        if (sesMessageId != null) {
            json.add("sesMessageId", sesMessageId);
        }
        if (lastError != null) {
            json.add("lastError", lastError);
        }
        if (lastAttemptAt != null) {
            json.add("lastAttemptAt", Timestamps.format(lastAttemptAt));
        }
        return json.build();
    }
}
