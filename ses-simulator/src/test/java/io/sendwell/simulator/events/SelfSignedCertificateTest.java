package io.sendwell.simulator.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SelfSignedCertificateTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static SigningCredentials credentials;

    @BeforeAll
    static void generate() {
        credentials = SigningCredentials.generate(NOW);
    }

    @Test
    void pemParsesWithCertificateFactoryAsAValidSelfSignedV3Certificate() throws Exception {
        X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(credentials.certificatePem().getBytes(StandardCharsets.US_ASCII)));

        assertThat(parsed.getVersion()).isEqualTo(3);
        assertThat(parsed.getSigAlgName()).isEqualTo("SHA256withRSA");
        assertThat(parsed.getSubjectX500Principal()).isEqualTo(parsed.getIssuerX500Principal());
        assertThat(parsed.getSubjectX500Principal().getName()).contains("CN=sns.simulator.sendwell.local");
        assertThat(parsed.getPublicKey()).isEqualTo(credentials.keys().getPublic());
        assertThat(parsed.getBasicConstraints()).isEqualTo(-1);
        assertThat(parsed.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(parsed.getCriticalExtensionOIDs()).containsExactlyInAnyOrder("2.5.29.19", "2.5.29.15");
        parsed.verify(parsed.getPublicKey());
        parsed.checkValidity(Date.from(NOW));
        parsed.checkValidity(Date.from(NOW.plusSeconds(3600L * 24 * 365 * 5)));
    }

    @Test
    void derEncodesLongLengthsTimesAndObjectIdentifiers() {
        assertThat(Der.tlv(0x04, new byte[200])).startsWith(0x04, 0x81, 200);
        assertThat(Der.tlv(0x04, new byte[300])).startsWith(0x04, 0x82, 0x01, 0x2C);
        assertThat(Der.oid("1.2.840.113549.1.1.11")).containsExactly(0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x0B);
        assertThat(new String(Der.time(Instant.parse("2049-12-31T23:59:59Z")), 2, 13, StandardCharsets.US_ASCII)).isEqualTo("491231235959Z");
        assertThat(Der.time(Instant.parse("2050-01-01T00:00:00Z"))[0]).isEqualTo((byte) 0x18);
    }

    @Test
    void notificationSignatureVerifiesOverTheSnsStringToSignWithTheCertificatesKey() throws Exception {
        SnsMessages messages = new SnsMessages(credentials, "http://localhost:9080/ses-simulator");
        JsonObject notification = messages.notification("5f1d7c1a-0000-4000-8000-000000000001",
                "arn:aws:sns:us-east-1:123456789012:sendwell-events", "arn:aws:sns:us-east-1:123456789012:sendwell-events:sub",
                "{\"eventType\":\"Send\"}", NOW);

        String stringToSign = "Message\n{\"eventType\":\"Send\"}\n"
                + "MessageId\n5f1d7c1a-0000-4000-8000-000000000001\n"
                + "Timestamp\n2026-03-01T10:00:00.000Z\n"
                + "TopicArn\narn:aws:sns:us-east-1:123456789012:sendwell-events\n"
                + "Type\nNotification\n";
        assertThat(SnsMessages.notificationStringToSign(notification.getString("Message"), notification.getString("MessageId"), null,
                notification.getString("Timestamp"), notification.getString("TopicArn"))).isEqualTo(stringToSign);
        assertThat(notification.getString("SignatureVersion")).isEqualTo("2");
        assertThat(notification.containsKey("Subject")).isFalse();
        assertThat(notification.getString("SigningCertURL")).isEqualTo("http://localhost:9080/ses-simulator/sim/sns/certificate.pem");
        assertThat(notification.getString("UnsubscribeURL")).startsWith("http://localhost:9080/ses-simulator/sim/sns/unsubscribe?SubscriptionArn=arn%3Aaws");
        assertThat(verify(stringToSign, notification.getString("Signature"))).isTrue();
        assertThat(verify(stringToSign.replace("Send", "Bounce"), notification.getString("Signature"))).isFalse();
    }

    @Test
    void subscriptionConfirmationIsSignedOverItsOwnFieldList() throws Exception {
        SnsMessages messages = new SnsMessages(credentials, "http://localhost:9080/ses-simulator");
        JsonObject confirmation = messages.subscriptionConfirmation("id-1", "arn:aws:sns:us-east-1:123456789012:t", "abc123", NOW);
        String stringToSign = "Message\n" + confirmation.getString("Message") + "\n"
                + "MessageId\nid-1\n"
                + "SubscribeURL\nhttp://localhost:9080/ses-simulator/sim/sns/confirm?token=abc123\n"
                + "Timestamp\n2026-03-01T10:00:00.000Z\n"
                + "Token\nabc123\n"
                + "TopicArn\narn:aws:sns:us-east-1:123456789012:t\n"
                + "Type\nSubscriptionConfirmation\n";
        assertThat(confirmation.getString("SubscribeURL")).isEqualTo("http://localhost:9080/ses-simulator/sim/sns/confirm?token=abc123");
        assertThat(verify(stringToSign, confirmation.getString("Signature"))).isTrue();
        assertThat(Json.createObjectBuilder(confirmation).build().getString("Type")).isEqualTo("SubscriptionConfirmation");
    }

    private static boolean verify(String stringToSign, String signature) throws Exception {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(credentials.certificate().getPublicKey());
        verifier.update(stringToSign.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(signature));
    }

    @Test
    void keystoreKeepsTheSameCertificateAcrossRestarts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path file = dir.resolve("sns/signing.p12");
        SigningCredentials first = SigningCredentials.loadOrCreate(file, "pw".toCharArray(), NOW);
        SigningCredentials again = SigningCredentials.loadOrCreate(file, "pw".toCharArray(), NOW.plusSeconds(60));

        assertThat(again.sha256Fingerprint()).isEqualTo(first.sha256Fingerprint());
        assertThat(again.sign("x")).isEqualTo(first.sign("x"));
    }
}
