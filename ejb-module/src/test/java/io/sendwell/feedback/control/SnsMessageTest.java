package io.sendwell.feedback.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnsMessageTest {

    @Test
    void parsesNotificationKeepingValuesVerbatim() {
        Map<String, String> fields = SnsFixtures.notification("Amazon SES Email Event Notification");
        String body = SnsFixtures.signedBody(fields, "1", SnsFixtures.VALID);

        SnsMessage message = SnsMessage.parse(body);

        assertThat(message.type()).isEqualTo(SnsMessage.Type.NOTIFICATION);
        assertThat(message.messageId()).isEqualTo(fields.get("MessageId"));
        assertThat(message.topicArn()).isEqualTo(SnsFixtures.TOPIC);
        assertThat(message.subject()).isEqualTo("Amazon SES Email Event Notification");
        assertThat(message.message()).isEqualTo(fields.get("Message"));
        assertThat(message.timestamp()).isEqualTo("2025-03-01T12:00:00.123Z");
        assertThat(message.signatureVersion()).isEqualTo("1");
        assertThat(message.signature()).isEqualTo(fields.get("Signature"));
        assertThat(message.signingCertUrl()).isEqualTo(SnsFixtures.CERT_URL);
        assertThat(message.unsubscribeUrl()).startsWith("https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe");
        assertThat(message.token()).isNull();
        assertThat(message.subscribeUrl()).isNull();
    }

    @Test
    void parsesSubscriptionConfirmation() {
        SnsMessage message = SnsMessage.parse(SnsFixtures.signedBody(
                SnsFixtures.confirmation("SubscriptionConfirmation"), "2", SnsFixtures.VALID));

        assertThat(message.type()).isEqualTo(SnsMessage.Type.SUBSCRIPTION_CONFIRMATION);
        assertThat(message.token()).startsWith("2336412f");
        assertThat(message.subscribeUrl()).contains("Action=ConfirmSubscription");
    }

    @Test
    void treatsNullSubjectAsAbsent() {
        String body = SnsFixtures.signedBody(SnsFixtures.notification(null), "2", SnsFixtures.VALID)
                .replaceFirst("\\{", "{\"Subject\":null,");

        assertThat(SnsMessage.parse(body).hasSubject()).isFalse();
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"Type", "MessageId", "TopicArn", "Message", "Timestamp",
            "SignatureVersion", "Signature", "SigningCertURL"})
    void rejectsNotificationWithoutRequiredField(String field) {
        Map<String, String> fields = SnsFixtures.notification(null);
        SnsFixtures.signedBody(fields, "2", SnsFixtures.VALID);
        fields.remove(field);

        assertThatThrownBy(() -> SnsMessage.parse(SnsFixtures.json(fields)))
                .isInstanceOf(MalformedSnsMessageException.class)
                .hasMessageContaining(field);
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"Token", "SubscribeURL"})
    void rejectsConfirmationWithoutTokenOrSubscribeUrl(String field) {
        Map<String, String> fields = SnsFixtures.confirmation("SubscriptionConfirmation");
        SnsFixtures.signedBody(fields, "2", SnsFixtures.VALID);
        fields.remove(field);

        assertThatThrownBy(() -> SnsMessage.parse(SnsFixtures.json(fields)))
                .isInstanceOf(MalformedSnsMessageException.class)
                .hasMessageContaining(field);
    }

    @ParameterizedTest(name = "body [{0}]")
    @ValueSource(strings = {"", "   ", "not json", "{\"Type\":", "[1,2]", "\"Notification\"",
            "{\"Type\":\"Notification\",\"MessageId\":42}"})
    void rejectsBodiesThatAreNotAnSnsObject(String body) {
        assertThatThrownBy(() -> SnsMessage.parse(body)).isInstanceOf(MalformedSnsMessageException.class);
    }

    @Test
    void rejectsUnknownType() {
        Map<String, String> fields = SnsFixtures.notification(null);
        SnsFixtures.signedBody(fields, "2", SnsFixtures.VALID);
        fields.put("Type", "Surprise");

        assertThatThrownBy(() -> SnsMessage.parse(SnsFixtures.json(fields)))
                .isInstanceOf(MalformedSnsMessageException.class)
                .hasMessageContaining("Type");
    }

    @Test
    void errorMessagesNeverQuoteTheBody() {
        assertThatThrownBy(() -> SnsMessage.parse("{\"secret-recipient@example.com\" oops"))
                .isInstanceOf(MalformedSnsMessageException.class)
                .hasMessageNotContaining("secret-recipient");
    }
}
