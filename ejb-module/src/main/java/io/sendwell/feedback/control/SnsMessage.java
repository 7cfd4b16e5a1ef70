package io.sendwell.feedback.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Objects;

/**
 * An SNS HTTP(S) delivery as posted to our endpoint. Values are kept exactly as received, because
 * the signature covers the raw strings (the timestamp included).
 *
 * <p>{@code subject}, {@code token}, {@code subscribeUrl} and {@code unsubscribeUrl} are null when
 * SNS did not send them: Subject is optional on notifications, Token and SubscribeURL only come with
 * (un)subscribe confirmations, UnsubscribeURL only with notifications.
 */
public record SnsMessage(Type type, String messageId, String token, String topicArn, String subject,
                         String message, String timestamp, String signatureVersion, String signature,
                         String signingCertUrl, String subscribeUrl, String unsubscribeUrl) {

    public enum Type {
        NOTIFICATION("Notification"),
        SUBSCRIPTION_CONFIRMATION("SubscriptionConfirmation"),
        UNSUBSCRIBE_CONFIRMATION("UnsubscribeConfirmation");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        static Type fromWireName(String wireName) {
            return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst()
                    .orElseThrow(() -> new MalformedSnsMessageException("unknown SNS message Type"));
        }
    }

    public SnsMessage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(topicArn, "topicArn");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(signatureVersion, "signatureVersion");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(signingCertUrl, "signingCertUrl");
    }

    /** Reads the POST body; throws {@link MalformedSnsMessageException} naming the first problem found. */
    public static SnsMessage parse(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedSnsMessageException("empty SNS body");
        }
        JsonObject object = readObject(json);
        Type type = Type.fromWireName(required(object, "Type"));
        boolean confirmation = type != Type.NOTIFICATION;
        return new SnsMessage(
                type,
                required(object, "MessageId"),
                confirmation ? required(object, "Token") : optional(object, "Token"),
                required(object, "TopicArn"),
                optional(object, "Subject"),
                required(object, "Message"),
                required(object, "Timestamp"),
                required(object, "SignatureVersion"),
                required(object, "Signature"),
                required(object, "SigningCertURL"),
                confirmation ? required(object, "SubscribeURL") : optional(object, "SubscribeURL"),
                optional(object, "UnsubscribeURL"));
    }

    public boolean hasSubject() {
        return subject != null;
    }

    private static JsonObject readObject(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new MalformedSnsMessageException("SNS body is not a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            // The parser's own message quotes the offending input; keep only its class.
            throw new MalformedSnsMessageException("SNS body is not valid JSON (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String required(JsonObject object, String name) {
        String value = optional(object, name);
        if (value == null || value.isEmpty()) {
            throw new MalformedSnsMessageException("SNS body lacks required field " + name);
        }
        return value;
    }

    private static String optional(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new MalformedSnsMessageException("SNS field " + name + " is not a string");
        }
        return ((JsonString) value).getString();
    }
}
