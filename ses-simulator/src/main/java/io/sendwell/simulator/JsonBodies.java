package io.sendwell.simulator;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/** Small helpers for reading SES request bodies with JSON-P (SES field names are PascalCase). */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    public static JsonObject object(JsonObject parent, String name) {
        JsonValue value = parent == null ? null : parent.get(name);
        return value instanceof JsonObject o ? o : null;
    }

    public static String string(JsonObject parent, String name) {
        JsonValue value = parent == null ? null : parent.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }

    public static Boolean bool(JsonObject parent, String name) {
        JsonValue value = parent == null ? null : parent.get(name);
        if (value == JsonValue.TRUE) {
            return Boolean.TRUE;
        }
        if (value == JsonValue.FALSE) {
            return Boolean.FALSE;
        }
        return null;
    }

    public static Double number(JsonObject parent, String name) {
        JsonValue value = parent == null ? null : parent.get(name);
        return value instanceof jakarta.json.JsonNumber n ? n.doubleValue() : null;
    }

    public static List<String> strings(JsonObject parent, String name) {
        JsonValue value = parent == null ? null : parent.get(name);
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    public static String required(JsonObject parent, String name) {
        String value = string(parent, name);
        if (value == null || value.isBlank()) {
            throw SesException.badRequest(name + " is required.");
        }
        return value;
    }

    /** AWS REST-JSON timestamps default to epoch seconds as a JSON number. */
    public static java.math.BigDecimal epochSeconds(java.time.Instant instant) {
        return java.math.BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
    }
}
