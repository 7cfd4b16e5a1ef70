package io.sendwell.feedback.control;

import io.sendwell.feedback.entity.DeliveryEvent;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The normalised delivery event published on jms/sendwell/EventsTopic (format in the README):
 * the same shape whatever SES wire format the event came in, absent fields left out.
 */
public final class DeliveryEventJson {

    private DeliveryEventJson() {
    }

    public static String of(DeliveryEvent recorded, SesEvent event, List<String> suppressed) {
        DeliveryEvent.Attribution who = recorded.attribution();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("kind", "delivery")
                .add("eventId", recorded.id())
                .add("type", event.type().wireName())
                .add("occurredAt", event.timestamp().toString())
                .add("sesMessageId", event.sesMessageId());
        add(json, "messageId", who.messageId());
        add(json, "tenantId", who.tenantId());
        add(json, "domainId", who.domainId());
        add(json, "mailboxId", who.mailboxId());
        JsonArrayBuilder recipients = Json.createArrayBuilder();
        event.recipients().forEach(r -> {
            JsonObjectBuilder one = Json.createObjectBuilder().add("address", r.address()).add("outcome", r.outcome().name());
            add(one, "diagnostic", r.diagnostic());
            recipients.add(one);
        });
        json.add("recipients", recipients);
        if (event.bounceType() != null) {
            json.add("bounceType", event.bounceType().wireName());
        }
        add(json, "bounceSubType", event.bounceSubType());
        add(json, "complaintFeedbackType", event.complaintFeedbackType());
        add(json, "detail", event.detail());
        json.add("suppressed", Json.createArrayBuilder(suppressed));
        return json.build().toString();
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
