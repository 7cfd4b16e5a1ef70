package io.sendwell.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.List;

/** Terse JSON for test bodies: {@code Json.object("slug", "acme", "dailyLimit", 100)}. */
public final class Json {

    private Json() {
    }

    /** An object from name/value pairs; values may be String, Number, Boolean, JsonValue, builders or null. */
    public static JsonObject object(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("expected name/value pairs");
        }
        JsonObjectBuilder builder = jakarta.json.Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object value = namesAndValues[i + 1];
            if (value == null) {
                builder.addNull(name);
            } else if (value instanceof String s) {
                builder.add(name, s);
            } else if (value instanceof Integer n) {
                builder.add(name, n);
            } else if (value instanceof Long n) {
                builder.add(name, n);
            } else if (value instanceof Number n) {
                builder.add(name, n.doubleValue());
            } else if (value instanceof Boolean b) {
                builder.add(name, b);
            } else if (value instanceof JsonValue v) {
                builder.add(name, v);
            } else if (value instanceof JsonObjectBuilder b) {
                builder.add(name, b);
            } else {
                throw new IllegalArgumentException("unsupported JSON value " + value.getClass());
            }
        }
        return builder.build();
    }

    /** An array of strings, e.g. the scopes of a new API key. */
    public static JsonArray array(String... values) {
        var builder = jakarta.json.Json.createArrayBuilder();
        for (String value : values) {
            builder.add(value);
        }
        return builder.build();
    }

    /** The values of an array of strings. */
    public static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** The string values of one field of each object in an array, e.g. the ids of a listing. */
    public static List<String> strings(JsonArray array, String field) {
        return array.stream().map(JsonValue::asJsonObject)
                .map(o -> o.get(field))
                .map(v -> v instanceof JsonString s ? s.getString() : String.valueOf(v))
                .toList();
    }

    /** The object in an array whose {@code field} equals {@code value}, if any. */
    public static java.util.Optional<JsonObject> find(JsonArray array, String field, String value) {
        return array.stream().map(JsonValue::asJsonObject)
                .filter(o -> o.get(field) instanceof JsonString s && s.getString().equals(value))
                .findFirst();
    }
}
