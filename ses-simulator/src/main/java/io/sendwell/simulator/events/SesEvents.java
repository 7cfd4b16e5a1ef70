package io.sendwell.simulator.events;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** SES event-publishing records, shaped like the ones SES writes to SNS (fields SES omits are left out). */
public final class SesEvents {

    static final String REPORTING_MTA = "dsn; a8-12.smtp-out.amazonses.com";

    private SesEvents() {
    }

    public static JsonObject send(MailInfo mail) {
        return event("Send", mail).add("send", Json.createObjectBuilder()).build();
    }

    public static JsonObject delivery(MailInfo mail, List<String> recipients, Instant at) {
        return event("Delivery", mail).add("delivery", Json.createObjectBuilder()
                .add("timestamp", Timestamps.format(at))
                .add("processingTimeMillis", Math.max(0, at.toEpochMilli() - mail.timestamp().toEpochMilli()))
                .add("recipients", array(recipients))
                .add("smtpResponse", "250 2.6.0 Message received")
                .add("remoteMtaIp", "192.0.2.10")
                .add("reportingMTA", "a8-12.smtp-out.amazonses.com")).build();
    }

    /** Permanent/General hard bounce as the mailbox simulator's bounce@ produces it. */
    public static JsonObject hardBounce(MailInfo mail, String recipient, Instant at) {
        return bounce(mail, recipient, at, "Permanent", "General", "5.1.1", "smtp; 550 5.1.1 user unknown");
    }

    /** Bounce of an address on the account suppression list (SES does not attempt delivery). */
    public static JsonObject suppressedBounce(MailInfo mail, String recipient, Instant at) {
        return bounce(mail, recipient, at, "Permanent", "OnAccountSuppressionList", "5.1.1",
                "Amazon SES did not send the message to this address because it is on the suppression list for your account.");
    }

    public static JsonObject bounce(MailInfo mail, String recipient, Instant at, String bounceType, String bounceSubType,
                                    String status, String diagnosticCode) {
        return event("Bounce", mail).add("bounce", Json.createObjectBuilder()
                .add("feedbackId", feedbackId(at))
                .add("bounceType", bounceType)
                .add("bounceSubType", bounceSubType)
                .add("bouncedRecipients", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("emailAddress", recipient)
                        .add("action", "failed")
                        .add("status", status)
                        .add("diagnosticCode", diagnosticCode)))
                .add("timestamp", Timestamps.format(at))
                .add("reportingMTA", REPORTING_MTA)).build();
    }

    public static JsonObject complaint(MailInfo mail, String recipient, Instant at) {
        return event("Complaint", mail).add("complaint", Json.createObjectBuilder()
                .add("feedbackId", feedbackId(at))
                .add("complaintSubType", jakarta.json.JsonValue.NULL)
                .add("complainedRecipients", Json.createArrayBuilder().add(Json.createObjectBuilder().add("emailAddress", recipient)))
                .add("timestamp", Timestamps.format(at))
                .add("userAgent", "Amazon SES Mailbox Simulator")
                .add("complaintFeedbackType", "abuse")
                .add("arrivalDate", Timestamps.format(at))).build();
    }

    public static JsonObject deliveryDelay(MailInfo mail, String recipient, Instant at) {
        return event("DeliveryDelay", mail).add("deliveryDelay", Json.createObjectBuilder()
                .add("timestamp", Timestamps.format(at))
                .add("delayType", "TransientCommunicationFailure")
                .add("expirationTime", Timestamps.format(mail.timestamp().plusSeconds(14 * 3600)))
                .add("delayedRecipients", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("emailAddress", recipient)
                        .add("status", "4.4.1")
                        .add("diagnosticCode", "smtp; 421 4.4.1 Unable to connect to remote host")))
                .add("reportingMTA", "a8-12.smtp-out.amazonses.com")).build();
    }

    public static JsonObject reject(MailInfo mail) {
        return event("Reject", mail).add("reject", Json.createObjectBuilder().add("reason", "Bad content")).build();
    }

    public static JsonObject mail(MailInfo mail) {
        JsonArrayBuilder headers = Json.createArrayBuilder();
        mail.headers().forEach(h -> headers.add(Json.createObjectBuilder().add("name", h.name()).add("value", h.value())));
        MailInfo.CommonHeaders common = mail.commonHeaders();
        JsonObjectBuilder commonHeaders = Json.createObjectBuilder().add("from", array(common.from()));
        if (common.date() != null) {
            commonHeaders.add("date", common.date());
        }
        commonHeaders.add("to", array(common.to()));
        if (!common.cc().isEmpty()) {
            commonHeaders.add("cc", array(common.cc()));
        }
        commonHeaders.add("messageId", common.messageId());
        if (common.subject() != null) {
            commonHeaders.add("subject", common.subject());
        }
        JsonObjectBuilder tags = Json.createObjectBuilder();
        new TreeMap<>(mail.tags()).forEach((name, values) -> tags.add(name, array(values)));
        return Json.createObjectBuilder()
                .add("timestamp", Timestamps.format(mail.timestamp()))
                .add("source", mail.source())
                .add("sourceArn", mail.sourceArn())
                .add("sendingAccountId", mail.sendingAccountId())
                .add("messageId", mail.messageId())
                .add("destination", array(mail.destination()))
                .add("headersTruncated", false)
                .add("headers", headers)
                .add("commonHeaders", commonHeaders)
                .add("tags", tags)
                .build();
    }

    /** SES feedback ids look like message ids: {@code 0100<12 hex ms>-<uuid>-000000}. */
    public static String feedbackId(Instant at) {
        return String.format("0100%012x-%s-000000", at.toEpochMilli(), UUID.randomUUID());
    }

    private static JsonObjectBuilder event(String type, MailInfo mail) {
        return Json.createObjectBuilder().add("eventType", type).add("mail", mail(mail));
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    static Map<String, List<String>> none() {
        return Map.of();
    }
}
