package io.sendwell.feedback.control;

import static io.sendwell.feedback.control.SnsFixtures.CERT_URL;
import static io.sendwell.feedback.control.SnsFixtures.EXPIRED;
import static io.sendwell.feedback.control.SnsFixtures.TOPIC;
import static io.sendwell.feedback.control.SnsFixtures.VALID;
import static io.sendwell.feedback.control.SnsFixtures.confirmation;
import static io.sendwell.feedback.control.SnsFixtures.notification;
import static io.sendwell.feedback.control.SnsFixtures.signedBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sendwell.feedback.control.SnsVerificationException.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnsSignatureVerifierTest {

    private static final Clock MARCH_2025 = Clock.fixed(Instant.parse("2025-03-01T12:00:05Z"), ZoneOffset.UTC);
    private static final String SIMULATOR_PREFIX = "http://localhost:9080/ses-simulator/";

    private final FakeSigningCertificateSource certificates = new FakeSigningCertificateSource()
            .serve(CERT_URL, VALID.certificate());
    private final SnsSignatureVerifier verifier =
            new SnsSignatureVerifier(certificates, MARCH_2025, Set.of(TOPIC), "");

    @ParameterizedTest(name = "SignatureVersion {0}")
    @ValueSource(strings = {"1", "2"})
    void acceptsNotificationWithSubject(String version) {
        SnsMessage message = SnsMessage.parse(signedBody(notification("Amazon SES Email Event Notification"), version, VALID));

        VerificationResult result = verifier.verify(message);

        assertThat(result.message()).isSameAs(message);
        assertThat(result.signatureAlgorithm()).isEqualTo(version.equals("1") ? "SHA1withRSA" : "SHA256withRSA");
        assertThat(result.verifiedAt()).isEqualTo(MARCH_2025.instant());
    }

    @ParameterizedTest(name = "SignatureVersion {0}")
    @ValueSource(strings = {"1", "2"})
    void acceptsNotificationWithoutSubject(String version) {
        SnsMessage message = SnsMessage.parse(signedBody(notification(null), version, VALID));

        assertThat(verifier.verify(message).message().hasSubject()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SubscriptionConfirmation", "UnsubscribeConfirmation"})
    void acceptsConfirmationsSignedOverSubscribeUrlAndToken(String type) {
        SnsMessage message = SnsMessage.parse(signedBody(confirmation(type), "2", VALID));

        assertThat(verifier.verify(message).message().type().wireName()).isEqualTo(type);
    }

    @Test
    void stringToSignFollowsAwsFieldOrder() {
        SnsMessage message = SnsMessage.parse(signedBody(notification("Subj"), "2", VALID));

        assertThat(SnsSignatureVerifier.stringToSign(message)).isEqualTo(
                "Message\n" + message.message() + "\n"
                        + "MessageId\n22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324\n"
                        + "Subject\nSubj\n"
                        + "Timestamp\n2025-03-01T12:00:00.123Z\n"
                        + "TopicArn\n" + TOPIC + "\n"
                        + "Type\nNotification\n");
    }

    @Test
    void rejectsTamperedMessage() {
        Map<String, String> fields = notification(null);
        signedBody(fields, "2", VALID);
        fields.put("Message", "{\"eventType\":\"Bounce\"}");

        assertRejected(SnsMessage.parse(SnsFixtures.json(fields)), Reason.BAD_SIGNATURE);
    }

    @Test
    void rejectsSubjectAddedAfterSigning() {
        Map<String, String> fields = notification(null);
        signedBody(fields, "2", VALID);
        fields.put("Subject", "injected");

        assertRejected(SnsMessage.parse(SnsFixtures.json(fields)), Reason.BAD_SIGNATURE);
    }

    @Test
    void rejectsSignatureMadeWithVersion1WhenMessageClaimsVersion2() {
        Map<String, String> fields = notification(null);
        signedBody(fields, "1", VALID);
        fields.put("SignatureVersion", "2");

        assertRejected(SnsMessage.parse(SnsFixtures.json(fields)), Reason.BAD_SIGNATURE);
    }

    @Test
    void rejectsSignatureThatIsNotBase64() {
        Map<String, String> fields = notification(null);
        signedBody(fields, "2", VALID);
        fields.put("Signature", "not base64 !!");

        assertRejected(SnsMessage.parse(SnsFixtures.json(fields)), Reason.BAD_SIGNATURE);
    }

    @Test
    void rejectsSignatureByAnotherKey() {
        certificates.serve(CERT_URL, EXPIRED.certificate());
        SnsSignatureVerifier expiredTolerant = new SnsSignatureVerifier(certificates,
                Clock.fixed(Instant.parse("2020-01-15T00:00:00Z"), ZoneOffset.UTC), Set.of(TOPIC), "");

        assertThat(catchThrowableOfType(
                () -> expiredTolerant.verify(SnsMessage.parse(signedBody(notification(null), "2", VALID))),
                SnsVerificationException.class).reason()).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "http://sns.eu-west-1.amazonaws.com/cert.pem",
            "https://sns.eu-west-1.amazonaws.com.attacker.example/cert.pem",
            "https://attacker.example/sns.eu-west-1.amazonaws.com/cert.pem",
            "https://sqs.eu-west-1.amazonaws.com/cert.pem",
            "https://evilsns.eu-west-1.amazonaws.com/cert.pem",
            "https://sns.eu-west-1.amazonaws.com:8443/cert.pem",
            "https://user@sns.eu-west-1.amazonaws.com/cert.pem",
            "http://localhost:9080/ses-simulator/cert.pem",
            "not a url"})
    void rejectsUntrustedCertificateUrls(String url) {
        Map<String, String> fields = notification(null);
        fields.put("SigningCertURL", url);
        SnsMessage message = SnsMessage.parse(signedBody(fields, "2", VALID));

        assertRejected(message, Reason.UNTRUSTED_CERT_URL);
        assertThat(certificates.fetched).isEmpty();
    }

    @Test
    void acceptsChinaPartitionCertificateHost() {
        String chinaUrl = "https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-test.pem";
        certificates.serve(chinaUrl, VALID.certificate());
        Map<String, String> fields = notification(null);
        fields.put("SigningCertURL", chinaUrl);

        assertThat(verifier.verify(SnsMessage.parse(signedBody(fields, "2", VALID)))).isNotNull();
    }

    @Test
    void trustsConfiguredLocalPrefixForTheSimulator() {
        String simulatorUrl = SIMULATOR_PREFIX + "sns/signing-cert.pem";
        certificates.serve(simulatorUrl, VALID.certificate());
        SnsSignatureVerifier offline = new SnsSignatureVerifier(certificates, MARCH_2025, Set.of(TOPIC), SIMULATOR_PREFIX);
        Map<String, String> fields = notification(null);
        fields.put("SigningCertURL", simulatorUrl);

        assertThat(offline.verify(SnsMessage.parse(signedBody(fields, "2", VALID)))).isNotNull();
    }

    @Test
    void trustsEachOfSeveralLocalPrefixesAndNothingElse() {
        String testCertUrl = "http://127.0.0.1:9479/sns-certs/test.pem";
        certificates.serve(testCertUrl, VALID.certificate());
        SnsSignatureVerifier offline = new SnsSignatureVerifier(certificates, MARCH_2025, Set.of(TOPIC),
                java.util.List.of(SIMULATOR_PREFIX, "http://127.0.0.1:9479/sns-certs/"));
        Map<String, String> fields = notification(null);
        fields.put("SigningCertURL", testCertUrl);

        assertThat(offline.verify(SnsMessage.parse(signedBody(fields, "2", VALID)))).isNotNull();
        assertThat(offline.isTrustedLocalUrl("http://127.0.0.1:9479/elsewhere/test.pem")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&Token=abc",
            "http://localhost:9080/ses-simulator/sim/sns/confirm?token=abc"})
    void confirmsSubscriptionsOnlyAtSnsOrTrustedLocalUrls(String url) {
        SnsSignatureVerifier offline = new SnsSignatureVerifier(certificates, MARCH_2025, Set.of(TOPIC), SIMULATOR_PREFIX);
        assertThat(offline.isTrustedSubscribeUrl(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription",
            "https://sns.eu-west-1.amazonaws.com.attacker.example/confirm",
            "https://attacker.example/?Action=ConfirmSubscription",
            "http://localhost:9080/admin/",
            "not a url"})
    void refusesToConfirmSubscriptionsElsewhere(String url) {
        SnsSignatureVerifier offline = new SnsSignatureVerifier(certificates, MARCH_2025, Set.of(TOPIC), SIMULATOR_PREFIX);
        assertThat(offline.isTrustedSubscribeUrl(url)).isFalse();
    }

    @Test
    void localPrefixMustEndWithSlashSoItCannotBeExtendedToAnotherHost() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new SnsSignatureVerifier(certificates, MARCH_2025, Set.of(TOPIC), "http://localhost:9080"));
    }

    @Test
    void rejectsExpiredCertificate() {
        certificates.serve(CERT_URL, EXPIRED.certificate());

        assertRejected(SnsMessage.parse(signedBody(notification(null), "2", EXPIRED)), Reason.CERT_EXPIRED);
    }

    @Test
    void rejectsCertificateNotYetValid() {
        SnsSignatureVerifier early = new SnsSignatureVerifier(certificates,
                Clock.fixed(Instant.parse("2023-06-01T00:00:00Z"), ZoneOffset.UTC), Set.of(TOPIC), "");

        SnsVerificationException e = catchThrowableOfType(
                () -> early.verify(SnsMessage.parse(signedBody(notification(null), "2", VALID))),
                SnsVerificationException.class);

        assertThat(e.reason()).isEqualTo(Reason.CERT_NOT_YET_VALID);
    }

    @Test
    void rejectsTopicNotOnAllowList() {
        Map<String, String> fields = notification(null);
        fields.put("TopicArn", "arn:aws:sns:eu-west-1:999999999999:someone-else");

        assertRejected(SnsMessage.parse(signedBody(fields, "2", VALID)), Reason.TOPIC_NOT_ALLOWED);
        assertThat(certificates.fetched).isEmpty();
    }

    @Test
    void emptyAllowListAcceptsNoTopic() {
        SnsSignatureVerifier closed = new SnsSignatureVerifier(certificates, MARCH_2025, Set.of(), "");

        SnsVerificationException e = catchThrowableOfType(
                () -> closed.verify(SnsMessage.parse(signedBody(notification(null), "2", VALID))),
                SnsVerificationException.class);

        assertThat(e.reason()).isEqualTo(Reason.TOPIC_NOT_ALLOWED);
    }

    @Test
    void wildcardAllowListAcceptsAnyTopic() {
        SnsSignatureVerifier open = new SnsSignatureVerifier(certificates, MARCH_2025, Set.of("*"), "");
        Map<String, String> fields = notification(null);
        fields.put("TopicArn", "arn:aws:sns:us-east-1:111111111111:other");

        assertThat(open.verify(SnsMessage.parse(signedBody(fields, "2", VALID)))).isNotNull();
    }

    @ParameterizedTest(name = "SignatureVersion {0}")
    @ValueSource(strings = {"0", "3", "v2"})
    void rejectsUnsupportedSignatureVersion(String version) {
        Map<String, String> fields = notification(null);
        signedBody(fields, "2", VALID);
        fields.put("SignatureVersion", version);

        assertRejected(SnsMessage.parse(SnsFixtures.json(fields)), Reason.UNSUPPORTED_SIGNATURE_VERSION);
    }

    @Test
    void fetchesEachCertificateOnlyOnce() {
        verifier.verify(SnsMessage.parse(signedBody(notification(null), "2", VALID)));
        verifier.verify(SnsMessage.parse(signedBody(notification("again"), "1", VALID)));

        assertThat(certificates.fetched).containsExactly(CERT_URL);
    }

    @Test
    void reportsUnavailableCertificate() {
        Map<String, String> fields = notification(null);
        fields.put("SigningCertURL", "https://sns.eu-west-1.amazonaws.com/missing.pem");

        assertRejected(SnsMessage.parse(signedBody(fields, "2", VALID)), Reason.CERT_UNAVAILABLE);
    }

    @Test
    void failureMessageNeverQuotesTheBody() {
        Map<String, String> fields = notification(null);
        signedBody(fields, "2", VALID);
        fields.put("Message", "secret-recipient@example.com");

        SnsVerificationException e = catchThrowableOfType(
                () -> verifier.verify(SnsMessage.parse(SnsFixtures.json(fields))), SnsVerificationException.class);

        assertThat(e).hasMessageNotContaining("secret-recipient");
    }

    private void assertRejected(SnsMessage message, Reason reason) {
        SnsVerificationException e = catchThrowableOfType(() -> verifier.verify(message), SnsVerificationException.class);
        assertThat(e).as("expected rejection with " + reason).isNotNull();
        assertThat(e.reason()).isEqualTo(reason);
    }
}
