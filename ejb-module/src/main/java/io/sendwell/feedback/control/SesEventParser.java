package io.sendwell.feedback.control;

import static io.sendwell.feedback.control.RecipientOutcome.Outcome;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the SES event carried in an SNS notification's {@code Message}. Stateless and thread-safe.
 * Throws {@link MalformedSesEventException} (never quoting the input, which holds addresses) when the
 * text is not an SES event of a known type with the fields that type always has.
 */
public final class SesEventParser {

    public SesEvent parse(String json) {
        JsonObject root = readObject(json);
        String typeName = string(root, "eventType");
        SesEventType type = SesEventType.fromWireName(typeName != null ? typeName : required(root, "notificationType"));
        JsonObject mail = object(root, "mail", true);
        JsonObject body = object(root, type.bodyKey(), isBodyRequired(type));
        String bodyTimestamp = string(body, "timestamp");
        Instant timestamp = instant(bodyTimestamp != null ? bodyTimestamp : required(mail, "timestamp"));

        boolean bounce = type == SesEventType.BOUNCE;
        boolean complaint = type == SesEventType.COMPLAINT;
        return new SesEvent(type, required(mail, "messageId"), timestamp, tags(mail), recipients(type, mail, body),
                bounce ? BounceType.fromWireName(required(body, "bounceType")) : null,
                bounce ? string(body, "bounceSubType") : null,
                complaint ? string(body, "complaintFeedbackType") : null,
                bounce || complaint ? string(body, "feedbackId") : null,
                detail(type, body));
    }

    /** These bodies hold the recipients; without them the event says nothing. */
    private static boolean isBodyRequired(SesEventType type) {
        return switch (type) {
            case BOUNCE, COMPLAINT, DELIVERY, DELIVERY_DELAY -> true;
            default -> false;
        };
    }

    private static List<RecipientOutcome> recipients(SesEventType type, JsonObject mail, JsonObject body) {
        return switch (type) {
            case SEND -> each(strings(mail, "destination"), Outcome.SENT, null);
            case REJECT -> each(strings(mail, "destination"), Outcome.REJECTED, string(body, "reason"));
            case DELIVERY -> each(strings(body, "recipients"), Outcome.DELIVERED, string(body, "smtpResponse"));
            case BOUNCE -> listed(body, "bouncedRecipients", Outcome.BOUNCED);
            case COMPLAINT -> listed(body, "complainedRecipients", Outcome.COMPLAINED);
            case DELIVERY_DELAY -> listed(body, "delayedRecipients", Outcome.DELAYED);
            case SUBSCRIPTION -> each(strings(mail, "destination"), Outcome.SUBSCRIPTION_CHANGED, null);
            // Opens, clicks and rendering failures concern the message, not one of several recipients.
            case OPEN, CLICK, RENDERING_FAILURE -> List.of();
        };
    }

    private static String detail(SesEventType type, JsonObject body) {
        return switch (type) {
            case REJECT -> string(body, "reason");
            case CLICK -> string(body, "link");
            case DELIVERY_DELAY -> string(body, "delayType");
            case RENDERING_FAILURE -> string(body, "errorMessage");
            case SUBSCRIPTION -> string(body, "source");
            default -> null;
        };
    }

    private static List<RecipientOutcome> each(List<String> addresses, Outcome outcome, String diagnostic) {
        return addresses.stream().map(address -> new RecipientOutcome(address, outcome, diagnostic)).toList();
    }

    /** Bounced, complained and delayed recipients are objects with their own diagnostics. */
    private static List<RecipientOutcome> listed(JsonObject body, String key, Outcome outcome) {
        List<RecipientOutcome> outcomes = new ArrayList<>();
        for (JsonValue entry : array(body, key)) {
            JsonObject recipient = asObject(entry, key);
            String diagnostic = string(recipient, "diagnosticCode");
            outcomes.add(new RecipientOutcome(required(recipient, "emailAddress"), outcome,
                    diagnostic != null ? diagnostic : string(recipient, "status")));
        }
        if (outcomes.isEmpty()) {
            throw new MalformedSesEventException("SES event has no " + key);
        }
        return outcomes;
    }

    private static Map<String, List<String>> tags(JsonObject mail) {
        Map<String, List<String>> tags = new LinkedHashMap<>();
        JsonObject tagObject = object(mail, "tags", false);
        for (String name : tagObject.keySet()) {
            tags.put(name, strings(tagObject, name));
        }
        return tags;
    }

    private static JsonObject readObject(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedSesEventException("empty SES event");
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return asObject(reader.readValue(), "SES event");
        } catch (JsonException e) {
            // Parser messages quote the input; keep only the exception class.
            throw new MalformedSesEventException("SES event is not valid JSON (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static JsonObject object(JsonObject parent, String key, boolean required) {
        JsonValue value = parent.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new MalformedSesEventException("SES event lacks " + key);
            }
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        return asObject(value, key);
    }

    private static JsonObject asObject(JsonValue value, String what) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new MalformedSesEventException(what + " is not a JSON object");
        }
        return value.asJsonObject();
    }

    private static JsonArray array(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new MalformedSesEventException(key + " is not a JSON array");
        }
        return value.asJsonArray();
    }

    private static List<String> strings(JsonObject parent, String key) {
        List<String> values = new ArrayList<>();
        for (JsonValue value : array(parent, key)) {
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw new MalformedSesEventException(key + " holds a value that is not a string");
            }
            values.add(((JsonString) value).getString());
        }
        return values;
    }

    private static String required(JsonObject parent, String key) {
        String value = string(parent, key);
        if (value == null || value.isEmpty()) {
            throw new MalformedSesEventException("SES event lacks " + key);
        }
        return value;
    }

    private static String string(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new MalformedSesEventException(key + " is not a string");
        }
        return ((JsonString) value).getString();
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedSesEventException("SES event timestamp is not ISO-8601");
        }
    }
}
