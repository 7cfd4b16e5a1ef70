package io.sendwell.feedback.control;

import static io.sendwell.feedback.control.RecipientOutcome.Outcome.BOUNCED;
import static io.sendwell.feedback.control.RecipientOutcome.Outcome.COMPLAINED;
import static io.sendwell.feedback.control.RecipientOutcome.Outcome.DELAYED;
import static io.sendwell.feedback.control.RecipientOutcome.Outcome.DELIVERED;
import static io.sendwell.feedback.control.RecipientOutcome.Outcome.REJECTED;
import static io.sendwell.feedback.control.RecipientOutcome.Outcome.SENT;
import static io.sendwell.feedback.control.RecipientOutcome.Outcome.SUBSCRIPTION_CHANGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SesEventParserTest {

    private static final String SES_MESSAGE_ID = "0102018f3a5c1e2b-2f1e3c4d-5a6b-4c7d-8e9f-0a1b2c3d4e5f-000000";

    private final SesEventParser parser = new SesEventParser();

    // One row per fixture: type, event time, recipient outcome, hard bounce?, suppress?
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        send                                | SEND              | 2025-03-01T10:00:00.012Z | SENT                 | false | false
        reject                              | REJECT            | 2025-03-01T10:00:00.012Z | REJECTED             | false | false
        bounce-permanent                    | BOUNCE            | 2025-03-01T10:00:01.669Z | BOUNCED              | true  | true
        bounce-on-account-suppression-list  | BOUNCE            | 2025-03-01T10:00:00.300Z | BOUNCED              | false | true
        bounce-transient                    | BOUNCE            | 2025-03-01T10:05:00Z     | BOUNCED              | false | false
        bounce-notification-type            | BOUNCE            | 2016-01-27T14:59:38.237Z | BOUNCED              | true  | true
        complaint                           | COMPLAINT         | 2025-03-01T11:00:00Z     | COMPLAINED           | false | true
        complaint-not-spam                  | COMPLAINT         | 2025-03-01T11:30:00Z     | COMPLAINED           | false | false
        complaint-without-feedback-type     | COMPLAINT         | 2025-03-01T11:40:00Z     | COMPLAINED           | false | true
        delivery                            | DELIVERY          | 2025-03-01T10:00:00.900Z | DELIVERED            | false | false
        delivery-delay                      | DELIVERY_DELAY    | 2025-03-01T10:20:00Z     | DELAYED              | false | false
        subscription                        | SUBSCRIPTION      | 2025-03-02T09:00:00Z     | SUBSCRIPTION_CHANGED | false | false
        open                                | OPEN              | 2025-03-01T12:00:00Z     |                      | false | false
        click                               | CLICK             | 2025-03-01T12:01:00Z     |                      | false | false
        rendering-failure                   | RENDERING_FAILURE | 2025-03-01T10:00:00.012Z |                      | false | false
        """)
    void parsesEveryEventType(String fixture, SesEventType type, Instant timestamp,
                              RecipientOutcome.Outcome outcome, boolean hardBounce, boolean suppress) {
        SesEvent event = parser.parse(fixture(fixture));

        assertThat(event.type()).isEqualTo(type);
        assertThat(event.sesMessageId()).isEqualTo(SES_MESSAGE_ID);
        assertThat(event.timestamp()).isEqualTo(timestamp);
        if (outcome == null) {
            assertThat(event.recipients()).isEmpty();
        } else {
            assertThat(event.recipients()).isNotEmpty().allSatisfy(r -> assertThat(r.outcome()).isEqualTo(outcome));
        }
        assertThat(event.countsAsHardBounce()).isEqualTo(hardBounce);
        assertThat(event.shouldSuppress()).isEqualTo(suppress);
        assertThat(event.idempotencyKey()).hasSize(64);
    }

    @Test
    void exposesTagsFromEventPublishing() {
        SesEvent event = parser.parse(fixture("delivery"));

        assertThat(event.tag("sendwell-message-id")).contains("msg-1001");
        assertThat(event.tag("sendwell-tenant")).contains("t-42");
        assertThat(event.tags()).containsEntry("ses:configuration-set", java.util.List.of("sendwell-transactional"));
        assertThat(event.tag("absent")).isEmpty();
    }

    @Test
    void permanentBounceCarriesTypeSubTypeFeedbackIdAndDiagnostic() {
        SesEvent event = parser.parse(fixture("bounce-permanent"));

        assertThat(event.bounceType()).isEqualTo(BounceType.PERMANENT);
        assertThat(event.bounceSubType()).isEqualTo("General");
        assertThat(event.feedbackId()).isEqualTo("0102018f3a5c2a11-61b59c11-9236-11e6-8f96-7be8aexample-000000");
        assertThat(event.recipients()).containsExactly(
                new RecipientOutcome("recipient@example.com", BOUNCED, "smtp; 550 5.1.1 user unknown"));
        assertThat(event.addressesToSuppress()).containsExactly("recipient@example.com");
    }

    @Test
    void identityNotificationWithoutTagsListsEveryBouncedRecipient() {
        SesEvent event = parser.parse(fixture("bounce-notification-type"));

        assertThat(event.tags()).isEmpty();
        assertThat(event.bounceSubType()).isEqualTo("NoEmail");
        // Without diagnosticCode the DSN status is the best diagnostic there is.
        assertThat(event.recipients()).containsExactly(
                new RecipientOutcome("a@example.com", BOUNCED, "smtp; 550 5.1.1 <a@example.com>: Recipient address rejected"),
                new RecipientOutcome("b@example.com", BOUNCED, "5.1.1"));
    }

    @Test
    void complaintCarriesFeedbackTypeAndId() {
        SesEvent event = parser.parse(fixture("complaint"));

        assertThat(event.complaintFeedbackType()).isEqualTo("abuse");
        assertThat(event.feedbackId()).isEqualTo("0102018f3a5d0c44-complaint-000000");
        assertThat(event.bounceType()).isNull();
        assertThat(event.recipients()).containsExactly(new RecipientOutcome("recipient@example.com", COMPLAINED, null));
    }

    @Test
    void notSpamComplaintSuppressesNobody() {
        assertThat(parser.parse(fixture("complaint-not-spam")).addressesToSuppress()).isEmpty();
    }

    @Test
    void deliveryKeepsSmtpResponse() {
        assertThat(parser.parse(fixture("delivery")).recipients()).containsExactly(
                new RecipientOutcome("recipient@example.com", DELIVERED, "250 2.6.0 Message received"));
    }

    @Test
    void deliveryDelayKeepsDelayTypeAndDiagnostic() {
        SesEvent event = parser.parse(fixture("delivery-delay"));

        assertThat(event.detail()).isEqualTo("TransientCommunicationFailure");
        assertThat(event.recipients()).containsExactly(
                new RecipientOutcome("recipient@example.com", DELAYED, "smtp; 421 4.4.1 Unable to connect"));
    }

    @Test
    void rejectKeepsReason() {
        SesEvent event = parser.parse(fixture("reject"));

        assertThat(event.detail()).isEqualTo("Bad content");
        assertThat(event.recipients()).containsExactly(new RecipientOutcome("recipient@example.com", REJECTED, "Bad content"));
    }

    @Test
    void sendListsDestinations() {
        assertThat(parser.parse(fixture("send")).recipients())
                .containsExactly(new RecipientOutcome("recipient@example.com", SENT, null));
    }

    @Test
    void clickKeepsLink() {
        assertThat(parser.parse(fixture("click")).detail()).isEqualTo("https://acme.example/invoices/1001");
    }

    @Test
    void renderingFailureReadsFailureBody() {
        assertThat(parser.parse(fixture("rendering-failure")).detail())
                .isEqualTo("Attribute 'name' is not present in the rendering data.");
    }

    @Test
    void subscriptionKeepsSource() {
        SesEvent event = parser.parse(fixture("subscription"));

        assertThat(event.detail()).isEqualTo("UnsubscribeHeader");
        assertThat(event.recipients()).extracting(RecipientOutcome::outcome).containsExactly(SUBSCRIPTION_CHANGED);
    }

    @Test
    void idempotencyKeyIsStableAcrossRedeliveries() {
        assertThat(parser.parse(fixture("open")).idempotencyKey()).isEqualTo(parser.parse(fixture("open")).idempotencyKey());
    }

    @Test
    void bounceKeyDependsOnFeedbackIdNotOnEnvelope() {
        String eventPublishing = fixture("bounce-permanent");
        String asIdentityNotification = eventPublishing.replace("\"eventType\"", "\"notificationType\"")
                .replace("\"tags\"", "\"ignoredTags\"");

        assertThat(parser.parse(asIdentityNotification).idempotencyKey())
                .isEqualTo(parser.parse(eventPublishing).idempotencyKey());
    }

    @Test
    void differentEventsOfOneMessageHaveDifferentKeys() {
        assertThat(parser.parse(fixture("open")).idempotencyKey())
                .isNotEqualTo(parser.parse(fixture("click")).idempotencyKey())
                .isNotEqualTo(parser.parse(fixture("delivery")).idempotencyKey());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
            " ",
            "not json",
            "[]",
            "{\"mail\":{\"messageId\":\"m\",\"timestamp\":\"2025-03-01T10:00:00Z\"}}",
            "{\"eventType\":\"Teleport\",\"mail\":{\"messageId\":\"m\",\"timestamp\":\"2025-03-01T10:00:00Z\"}}",
            "{\"eventType\":\"Send\"}",
            "{\"eventType\":\"Send\",\"mail\":{\"timestamp\":\"2025-03-01T10:00:00Z\"}}",
            "{\"eventType\":\"Send\",\"mail\":{\"messageId\":\"m\",\"timestamp\":\"yesterday\"}}",
            "{\"eventType\":\"Bounce\",\"mail\":{\"messageId\":\"m\",\"timestamp\":\"2025-03-01T10:00:00Z\"}}",
            "{\"eventType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\",\"bouncedRecipients\":[]},"
                    + "\"mail\":{\"messageId\":\"m\",\"timestamp\":\"2025-03-01T10:00:00Z\"}}",
            "{\"eventType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Sideways\",\"bouncedRecipients\":[{\"emailAddress\":\"a@b\"}]},"
                    + "\"mail\":{\"messageId\":\"m\",\"timestamp\":\"2025-03-01T10:00:00Z\"}}",
            "{\"eventType\":\"Send\",\"mail\":{\"messageId\":\"m\",\"timestamp\":\"2025-03-01T10:00:00Z\",\"tags\":{\"t\":\"x\"}}}",
            "{\"eventType\":\"Send\",\"mail\":{\"messageId\":42,\"timestamp\":\"2025-03-01T10:00:00Z\"}}"})
    void rejectsWhatIsNotAnSesEvent(String json) {
        assertThatThrownBy(() -> parser.parse(json)).isInstanceOf(MalformedSesEventException.class);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(MalformedSesEventException.class);
    }

    @Test
    void errorMessagesNeverQuoteTheEvent() {
        assertThatThrownBy(() -> parser.parse("{\"secret-recipient@example.com\" oops"))
                .isInstanceOf(MalformedSesEventException.class)
                .hasMessageNotContaining("secret-recipient");
    }

    private static String fixture(String name) {
        try (InputStream in = SesEventParserTest.class.getResourceAsStream("/ses-events/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
