package io.sendwell.feedback;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** SES event-publishing records as SES sends them, tagged the way Sendwell tags its sends. */
final class SesEvents {

    private SesEvents() {
    }

    record Sender(String tenantId, String mailboxId) {
    }

    static String send(Sender sender, String sesMessageId, List<String> recipients) {
        return event("Send", sender, sesMessageId, recipients).add("send", Json.createObjectBuilder()).build().toString();
    }

    static String delivery(Sender sender, String sesMessageId, List<String> recipients) {
        return event("Delivery", sender, sesMessageId, recipients).add("delivery", Json.createObjectBuilder()
                .add("timestamp", Instant.now().toString())
                .add("recipients", Json.createArrayBuilder(recipients))
                .add("smtpResponse", "250 2.0.0 OK")).build().toString();
    }

    static String hardBounce(Sender sender, String sesMessageId, String recipient) {
        JsonArrayBuilder bounced = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("emailAddress", recipient).add("action", "failed").add("status", "5.1.1")
                .add("diagnosticCode", "smtp; 550 5.1.1 user unknown"));
        return event("Bounce", sender, sesMessageId, List.of(recipient)).add("bounce", Json.createObjectBuilder()
                .add("bounceType", "Permanent").add("bounceSubType", "General")
                .add("bouncedRecipients", bounced)
                .add("timestamp", Instant.now().toString())
                .add("feedbackId", "bounce-" + UUID.randomUUID())).build().toString();
    }

    static String complaint(Sender sender, String sesMessageId, String recipient) {
        return event("Complaint", sender, sesMessageId, List.of(recipient)).add("complaint", Json.createObjectBuilder()
                .add("complainedRecipients", Json.createArrayBuilder().add(Json.createObjectBuilder().add("emailAddress", recipient)))
                .add("complaintFeedbackType", "abuse")
                .add("timestamp", Instant.now().toString())
                .add("feedbackId", "complaint-" + UUID.randomUUID())).build().toString();
    }

    private static JsonObjectBuilder event(String type, Sender sender, String sesMessageId, List<String> recipients) {
        JsonObjectBuilder tags = Json.createObjectBuilder()
                .add("ses:configuration-set", Json.createArrayBuilder().add("sendwell-transactional"))
                .add("sendwell-message-id", Json.createArrayBuilder().add("msg-" + sesMessageId.hashCode()));
        if (sender.tenantId() != null) {
            tags.add("sendwell-tenant", Json.createArrayBuilder().add(sender.tenantId()));
        }
        if (sender.mailboxId() != null) {
            tags.add("sendwell-mailbox", Json.createArrayBuilder().add(sender.mailboxId()));
        }
        return Json.createObjectBuilder()
                .add("eventType", type)
                .add("mail", Json.createObjectBuilder()
                        .add("timestamp", Instant.now().toString())
                        .add("source", "sender@it.example")
                        .add("messageId", sesMessageId)
                        .add("destination", Json.createArrayBuilder(recipients))
                        .add("tags", tags));
    }
}
