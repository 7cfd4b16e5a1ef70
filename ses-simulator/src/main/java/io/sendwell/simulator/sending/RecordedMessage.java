package io.sendwell.simulator.sending;

import io.sendwell.simulator.events.Timestamps;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An accepted message as {@code GET /sim/messages} shows it. */
public record RecordedMessage(String messageId, Instant timestamp, EmailRequest request, Map<String, String> outcomes) {

    public boolean involves(String address) {
        return request.recipients().stream().anyMatch(r -> r.equalsIgnoreCase(address));
    }

    public JsonObject toJson() {
        JsonObjectBuilder tags = Json.createObjectBuilder();
        request.emailTags().forEach(tags::add);
        JsonObjectBuilder outcomeJson = Json.createObjectBuilder();
        outcomes.forEach(outcomeJson::add);
        JsonArrayBuilder headers = Json.createArrayBuilder();
        request.headers().forEach(h -> headers.add(Json.createObjectBuilder().add("name", h.name()).add("value", String.valueOf(h.value()))));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("messageId", messageId)
                .add("time", Timestamps.format(timestamp))
                .add("from", request.fromHeader())
                .add("to", array(request.to()))
                .add("cc", array(request.cc()))
                .add("bcc", array(request.bcc()))
                .add("replyTo", array(request.replyTo()))
                .add("content", request.contentKind().name())
                .add("tags", tags)
                .add("headers", headers)
                .add("outcomes", outcomeJson);
        optional(json, "subject", request.subject());
        optional(json, "configurationSet", request.configurationSetName());
        optional(json, "template", request.templateName());
        optional(json, "textBody", request.textBody());
        optional(json, "htmlBody", request.htmlBody());
        optional(json, "raw", request.raw());
        return json.build();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
