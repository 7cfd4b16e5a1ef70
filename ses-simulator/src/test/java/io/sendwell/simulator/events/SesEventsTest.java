package io.sendwell.simulator.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.sendwell.simulator.rules.Outcome;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SesEventsTest {

    private static final Instant SENT = Instant.parse("2026-03-01T10:00:00.123Z");
    private static final Instant LATER = SENT.plusMillis(1500);
    private static final String MESSAGE_ID = "0100018e0a1b2c3d-11111111-2222-3333-4444-555555555555-000000";

    private static final MailInfo MAIL = new MailInfo(MESSAGE_ID, SENT, "Ann <ann@acme.example>",
            "arn:aws:ses:us-east-1:123456789012:identity/acme.example", "123456789012",
            List.of("bounce@simulator.amazonses.com", "success@simulator.amazonses.com"),
            List.of(new MailInfo.Header("From", "Ann <ann@acme.example>"), new MailInfo.Header("Subject", "Hi")),
            new MailInfo.CommonHeaders(List.of("Ann <ann@acme.example>"), List.of("bounce@simulator.amazonses.com"), List.of(),
                    MESSAGE_ID, "Hi", "Sun, 1 Mar 2026 10:00:00 GMT"),
            Map.of("ses:configuration-set", List.of("tenant-7"), "tenant", List.of("7")));

    @Test
    void mailObjectCarriesTimestampIdSourceDestinationHeadersAndTags() {
        JsonObject mail = SesEvents.send(MAIL).getJsonObject("mail");

        assertThat(mail.getString("timestamp")).isEqualTo("2026-03-01T10:00:00.123Z");
        assertThat(mail.getString("messageId")).isEqualTo(MESSAGE_ID);
        assertThat(mail.getString("source")).isEqualTo("Ann <ann@acme.example>");
        assertThat(mail.getString("sendingAccountId")).isEqualTo("123456789012");
        assertThat(mail.getJsonArray("destination").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("bounce@simulator.amazonses.com", "success@simulator.amazonses.com");
        assertThat(mail.getJsonObject("commonHeaders").getString("subject")).isEqualTo("Hi");
        assertThat(mail.getJsonObject("commonHeaders").getJsonArray("from").getString(0)).isEqualTo("Ann <ann@acme.example>");
        assertThat(mail.getJsonArray("headers").getJsonObject(1).getString("name")).isEqualTo("Subject");
        assertThat(mail.getJsonObject("tags").getJsonArray("ses:configuration-set").getString(0)).isEqualTo("tenant-7");
        assertThat(mail.getJsonObject("tags").getJsonArray("tenant").getString(0)).isEqualTo("7");
    }

    @Test
    void hardBounceIsPermanentGeneralWith550_5_1_1() {
        JsonObject event = SesEvents.hardBounce(MAIL, "bounce@simulator.amazonses.com", LATER);
        JsonObject bounce = event.getJsonObject("bounce");

        assertThat(event.getString("eventType")).isEqualTo("Bounce");
        assertThat(bounce.getString("bounceType")).isEqualTo("Permanent");
        assertThat(bounce.getString("bounceSubType")).isEqualTo("General");
        assertThat(bounce.getString("feedbackId")).matches("0100[0-9a-f]{12}-[0-9a-f-]{36}-000000");
        assertThat(bounce.getString("timestamp")).isEqualTo("2026-03-01T10:00:01.623Z");
        JsonObject recipient = bounce.getJsonArray("bouncedRecipients").getJsonObject(0);
        assertThat(recipient.getString("emailAddress")).isEqualTo("bounce@simulator.amazonses.com");
        assertThat(recipient.getString("action")).isEqualTo("failed");
        assertThat(recipient.getString("status")).isEqualTo("5.1.1");
        assertThat(recipient.getString("diagnosticCode")).contains("550 5.1.1");
    }

    @Test
    void suppressedBounceIsPermanentOnAccountSuppressionList() {
        JsonObject bounce = SesEvents.suppressedBounce(MAIL, "x@acme.example", LATER).getJsonObject("bounce");
        assertThat(bounce.getString("bounceType")).isEqualTo("Permanent");
        assertThat(bounce.getString("bounceSubType")).isEqualTo("OnAccountSuppressionList");
    }

    @Test
    void complaintNamesRecipientFeedbackTypeAndFeedbackId() {
        JsonObject event = SesEvents.complaint(MAIL, "complaint@simulator.amazonses.com", LATER);
        JsonObject complaint = event.getJsonObject("complaint");
        assertThat(event.getString("eventType")).isEqualTo("Complaint");
        assertThat(complaint.getJsonArray("complainedRecipients").getJsonObject(0).getString("emailAddress"))
                .isEqualTo("complaint@simulator.amazonses.com");
        assertThat(complaint.getString("complaintFeedbackType")).isEqualTo("abuse");
        assertThat(complaint.getString("feedbackId")).isNotBlank();
    }

    @Test
    void deliveryListsRecipientsSmtpResponseAndProcessingTime() {
        JsonObject delivery = SesEvents.delivery(MAIL, List.of("success@simulator.amazonses.com"), LATER).getJsonObject("delivery");
        assertThat(delivery.getJsonArray("recipients").getString(0)).isEqualTo("success@simulator.amazonses.com");
        assertThat(delivery.getString("smtpResponse")).startsWith("250 ");
        assertThat(delivery.getJsonNumber("processingTimeMillis").longValue()).isEqualTo(1500);
    }

    @Test
    void deliveryDelayAndRejectHaveTheirBodies() {
        JsonObject delay = SesEvents.deliveryDelay(MAIL, "slow@acme.example", LATER);
        assertThat(delay.getString("eventType")).isEqualTo("DeliveryDelay");
        assertThat(delay.getJsonObject("deliveryDelay").getJsonArray("delayedRecipients").getJsonObject(0).getString("status")).isEqualTo("4.4.1");
        assertThat(SesEvents.reject(MAIL).getJsonObject("reject").getString("reason")).isEqualTo("Bad content");
    }

    @Test
    void planPublishesSendThenPerRecipientOutcomesWithComplaintAfterDelivery() {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        outcomes.put("success@simulator.amazonses.com", Outcome.SUCCESS);
        outcomes.put("bounce@simulator.amazonses.com", Outcome.BOUNCE);
        outcomes.put("complaint@simulator.amazonses.com", Outcome.COMPLAINT);
        outcomes.put("ooto@simulator.amazonses.com", Outcome.OOTO);
        outcomes.put("suppressionlist@simulator.amazonses.com", Outcome.SUPPRESSED);
        outcomes.put("slow@acme.example", Outcome.DELAY);

        assertThat(EventPlan.eventsFor(MAIL, outcomes, LATER)).extracting(e -> e.getString("eventType"))
                .containsExactly("Send", "Delivery", "Bounce", "Delivery", "Complaint", "Delivery", "Bounce", "DeliveryDelay");
    }

    @Test
    void planForARejectedMessageIsOnlyReject() {
        assertThat(EventPlan.eventsFor(MAIL, Map.of("a@virus.example", Outcome.REJECT), LATER))
                .extracting(e -> e.getString("eventType")).containsExactly("Reject");
    }

    @Test
    void destinationsMatchEventTypesByTheirApiNames() {
        EventDestination destination = new EventDestination("d", true, java.util.Set.of("SEND", "DELIVERY_DELAY"), "arn:aws:sns:us-east-1:1:t");
        assertThat(destination.wants("Send")).isTrue();
        assertThat(destination.wants("DeliveryDelay")).isTrue();
        assertThat(destination.wants("Bounce")).isFalse();
        assertThat(new EventDestination("d", false, java.util.Set.of("SEND"), "arn:x").wants("Send")).isFalse();
    }
}
