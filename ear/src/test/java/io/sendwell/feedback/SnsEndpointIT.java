package io.sendwell.feedback;

import static io.sendwell.feedback.SendwellClient.postSns;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /sns/ses-events refuses everything it cannot trust and confirms only safe subscriptions. */
class SnsEndpointIT {

    private static final String EVENT = SesEvents.delivery(new SesEvents.Sender(null, null), "ses-endpoint-it",
            java.util.List.of("someone@example.com"));

    @Test
    void acceptsNotificationSignedWithTheTrustedKey() {
        assertThat(postSns(SnsTestSigner.signed(SnsTestSigner.notification(id(), EVENT)))).isEqualTo(200);
    }

    @Test
    void refusesForgedSignature() {
        assertThat(postSns(SnsTestSigner.forged(SnsTestSigner.notification(id(), EVENT)))).isEqualTo(403);
    }

    @Test
    void refusesMessageTamperedAfterSigning() {
        String body = SnsTestSigner.signed(SnsTestSigner.notification(id(), EVENT));
        assertThat(postSns(body.replace("someone@example.com", "victim@example.com"))).isEqualTo(403);
    }

    @Test
    void refusesTopicNotOnTheAllowList() {
        Map<String, String> fields = SnsTestSigner.notification(id(), EVENT);
        fields.put("TopicArn", "arn:aws:sns:us-east-1:999999999999:someone-elses-topic");
        assertThat(postSns(SnsTestSigner.signed(fields))).isEqualTo(403);
    }

    @Test
    void refusesCertificateFromAnUntrustedHost() {
        Map<String, String> fields = SnsTestSigner.notification(id(), EVENT);
        fields.put("SigningCertURL", "http://127.0.0.1:" + SnsTestSigner.CERT_PORT + "/elsewhere/test.pem");
        assertThat(postSns(SnsTestSigner.signed(fields))).isEqualTo(403);
        fields.put("SigningCertURL", "https://sns.us-east-1.amazonaws.com.attacker.example/cert.pem");
        assertThat(postSns(SnsTestSigner.signed(fields))).isEqualTo(403);
    }

    @Test
    void answersMalformedBodiesWith400() {
        assertThat(postSns("this is not json")).isEqualTo(400);
        assertThat(postSns("{\"Type\":\"Notification\"}")).isEqualTo(400);
        assertThat(postSns("")).isEqualTo(400);
    }

    @Test
    void confirmsSubscriptionAtATrustedUrl() {
        int before = SnsTestSigner.CONFIRMATIONS.get();
        String body = SnsTestSigner.signed(SnsTestSigner.subscriptionConfirmation(id(), SnsTestSigner.PREFIX + "confirm?token=abc"));
        assertThat(postSns(body)).isEqualTo(200);
        assertThat(SnsTestSigner.CONFIRMATIONS.get()).isEqualTo(before + 1);
    }

    @Test
    void refusesToConfirmSubscriptionAtAnyOtherUrl() {
        String body = SnsTestSigner.signed(SnsTestSigner.subscriptionConfirmation(id(), "https://attacker.example/?Action=ConfirmSubscription"));
        assertThat(postSns(body)).isEqualTo(403);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
