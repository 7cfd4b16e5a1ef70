package io.sendwell.feedback.control;

import io.sendwell.testing.MutableClock;
import static io.sendwell.feedback.control.SnsFixtures.CERT_URL;
import static io.sendwell.feedback.control.SnsFixtures.EXPIRED;
import static io.sendwell.feedback.control.SnsFixtures.SAN_NAMED;
import static io.sendwell.feedback.control.SnsFixtures.TOPIC;
import static io.sendwell.feedback.control.SnsFixtures.UNNAMED;
import static io.sendwell.feedback.control.SnsFixtures.VALID;
import static io.sendwell.feedback.control.SnsFixtures.confirmation;
import static io.sendwell.feedback.control.SnsFixtures.notification;
import static io.sendwell.feedback.control.SnsFixtures.signedBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sendwell.feedback.control.SnsVerificationException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
            "https://user:pw@sns.eu-west-1.amazonaws.com/cert.pem",
            "http://localhost:9080/ses-simulator/cert.pem",
            // virtual hosts on other AWS services, which anyone can own
            "https://sns.s3.amazonaws.com/cert.pem",
            "https://sns.execute-api.amazonaws.com/cert.pem",
            // a real SNS endpoint, but not the one of the topic's region or partition
            "https://sns.us-east-1.amazonaws.com/cert.pem",
            "https://sns.eu-west-1.amazonaws.com.cn/cert.pem",
            "https://sns.eu-west-1.amazonaws.com./cert.pem",
            "not a url"})
    void rejectsUntrustedCertificateUrls(String url) {
        Map<String, String> fields = notification(null);
        fields.put("SigningCertURL", url);
        SnsMessage message = SnsMessage.parse(signedBody(fields, "2", VALID));

        assertRejected(message, Reason.UNTRUSTED_CERT_URL);
        assertThat(certificates.fetched).isEmpty();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
            "arn:aws:sns:eu-west-1:123456789012:events, https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-a.pem",
            "arn:aws:sns:us-east-1:123456789012:events, https://SNS.us-east-1.amazonaws.com:443/SimpleNotificationService-a.pem",
            "arn:aws-cn:sns:cn-north-1:123456789012:events, https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-a.pem",
            "arn:aws-us-gov:sns:us-gov-west-1:123456789012:events, https://sns.us-gov-west-1.amazonaws.com/SimpleNotificationService-a.pem"})
    void acceptsCertificateFromTheSnsEndpointOfTheTopicsRegion(String topic, String url) {
        certificates.serve(url, SAN_NAMED.certificate());
        SnsSignatureVerifier open = new SnsSignatureVerifier(certificates, MARCH_2025, Set.of("*"), "");
        Map<String, String> fields = notification(null);
        fields.put("TopicArn", topic);
        fields.put("SigningCertURL", url);

        assertThat(open.verify(SnsMessage.parse(signedBody(fields, "2", SAN_NAMED)))).isNotNull();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
            "arn:aws-cn:sns:cn-north-1:123456789012:events, https://sns.cn-north-1.amazonaws.com/cert.pem",
            "arn:aws:sns:cn-north-1:123456789012:events, https://sns.cn-north-1.amazonaws.com.cn/cert.pem",
            "arn:aws:sns:us-gov-west-1:123456789012:events, https://sns.us-gov-west-1.amazonaws.com/cert.pem",
            "arn:aws-us-gov:sns:us-east-1:123456789012:events, https://sns.us-east-1.amazonaws.com/cert.pem",
            "arn:aws:sqs:eu-west-1:123456789012:events, https://sns.eu-west-1.amazonaws.com/cert.pem",
            "not-an-arn, https://sns.eu-west-1.amazonaws.com/cert.pem"})
    void rejectsCertificateUrlThatDoesNotMatchTheTopicsPartitionAndRegion(String topic, String url) {
        certificates.serve(url, VALID.certificate());
        SnsSignatureVerifier open = new SnsSignatureVerifier(certificates, MARCH_2025, Set.of("*"), "");
        Map<String, String> fields = notification(null);
        fields.put("TopicArn", topic);
        fields.put("SigningCertURL", url);

        SnsVerificationException e = catchThrowableOfType(
                () -> open.verify(SnsMessage.parse(signedBody(fields, "2", VALID))), SnsVerificationException.class);

        assertThat(e.reason()).isEqualTo(Reason.UNTRUSTED_CERT_URL);
        assertThat(certificates.fetched).isEmpty();
    }

    @Test
    void acceptsCertificateNamedSnsOnlyInSubjectAltName() {
        certificates.serve(CERT_URL, SAN_NAMED.certificate());

        assertThat(verifier.verify(SnsMessage.parse(signedBody(notification(null), "2", SAN_NAMED)))).isNotNull();
    }

    @Test
    void rejectsCertificateAtSnsUrlThatIsNotIssuedToSns() {
        certificates.serve(CERT_URL, UNNAMED.certificate());

        assertRejected(SnsMessage.parse(signedBody(notification(null), "2", UNNAMED)), Reason.CERT_NOT_FOR_SNS);
    }

    @Test
    void trustsConfiguredLocalPrefixForTheSimulatorWithoutAnSnsNameOrAwsTopic() {
        String simulatorUrl = SIMULATOR_PREFIX + "sns/signing-cert.pem";
        certificates.serve(simulatorUrl, UNNAMED.certificate());
        String simulatorTopic = "arn:aws:sns:us-east-1:1:t";
        SnsSignatureVerifier offline = new SnsSignatureVerifier(certificates, MARCH_2025, Set.of(simulatorTopic), SIMULATOR_PREFIX);
        Map<String, String> fields = notification(null);
        fields.put("TopicArn", simulatorTopic);
        fields.put("SigningCertURL", simulatorUrl);

        assertThat(offline.verify(SnsMessage.parse(signedBody(fields, "2", UNNAMED)))).isNotNull();
    }

    @Test
    void trustsEachOfSeveralLocalPrefixesAndNothingElse() {
        String testCertUrl = "http://127.0.0.1:9479/sns-certs/test.pem";
        certificates.serve(testCertUrl, VALID.certificate());
        SnsSignatureVerifier offline = new SnsSignatureVerifier(certificates, MARCH_2025, Set.of(TOPIC),
                List.of(SIMULATOR_PREFIX, "http://127.0.0.1:9479/sns-certs/"));
        Map<String, String> fields = notification(null);
        fields.put("SigningCertURL", testCertUrl);

        assertThat(offline.verify(SnsMessage.parse(signedBody(fields, "2", VALID)))).isNotNull();
        assertThat(offline.isTrustedLocalUrl("http://127.0.0.1:9479/elsewhere/test.pem")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&Token=abc",
            "https://sns.eu-west-1.amazonaws.com:443/?Action=ConfirmSubscription&Token=abc",
            "http://localhost:9080/ses-simulator/sim/sns/confirm?token=abc"})
    void confirmsSubscriptionsOnlyAtTheTopicsSnsEndpointOrTrustedLocalUrls(String url) {
        SnsSignatureVerifier offline = new SnsSignatureVerifier(certificates, MARCH_2025, Set.of(TOPIC), SIMULATOR_PREFIX);
        assertThat(offline.isTrustedSubscribeUrl(url, TOPIC)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription",
            "https://sns.eu-west-1.amazonaws.com.attacker.example/confirm",
            "https://attacker.example/?Action=ConfirmSubscription",
            "https://sns.s3.amazonaws.com/?Action=ConfirmSubscription",
            "https://sns.execute-api.amazonaws.com/?Action=ConfirmSubscription",
            "https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription",
            "https://sns.eu-west-1.amazonaws.com:8443/?Action=ConfirmSubscription",
            "https://user@sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription",
            "http://localhost:9080/admin/",
            "not a url"})
    void refusesToConfirmSubscriptionsElsewhere(String url) {
        SnsSignatureVerifier offline = new SnsSignatureVerifier(certificates, MARCH_2025, Set.of(TOPIC), SIMULATOR_PREFIX);
        assertThat(offline.isTrustedSubscribeUrl(url, TOPIC)).isFalse();
    }

    @Test
    void refusesToConfirmAtSnsWhenTheTopicArnNamesNoRegion() {
        assertThat(verifier.isTrustedSubscribeUrl("https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription", "t"))
                .isFalse();
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
        String usEastCertUrl = "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-test.pem";
        certificates.serve(usEastCertUrl, VALID.certificate());
        SnsSignatureVerifier open = new SnsSignatureVerifier(certificates, MARCH_2025, Set.of("*"), "");
        Map<String, String> fields = notification(null);
        fields.put("TopicArn", "arn:aws:sns:us-east-1:111111111111:other");
        fields.put("SigningCertURL", usEastCertUrl);

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
    void urlsDifferingOnlyInCaseOrDefaultPortShareOneDownload() {
        verifier.verify(SnsMessage.parse(signedBody(notification(null), "2", VALID)));
        Map<String, String> fields = notification(null);
        fields.put("SigningCertURL", "HTTPS://SNS.EU-WEST-1.amazonaws.com:443/SimpleNotificationService-test.pem");
        verifier.verify(SnsMessage.parse(signedBody(fields, "2", VALID)));

        assertThat(certificates.fetched).containsExactly(CERT_URL);
    }

    @Test
    void failedDownloadIsRetriedOnlyAfterAMinute() {
        MutableClock clock = new MutableClock(MARCH_2025.instant());
        SnsSignatureVerifier timed = new SnsSignatureVerifier(certificates, clock, Set.of(TOPIC), "");
        Map<String, String> fields = notification(null);
        String missing = "https://sns.eu-west-1.amazonaws.com/missing.pem";
        fields.put("SigningCertURL", missing);
        SnsMessage message = SnsMessage.parse(signedBody(fields, "2", VALID));

        for (int i = 0; i < 5; i++) {
            assertThat(catchThrowableOfType(() -> timed.verify(message), SnsVerificationException.class).reason())
                    .isEqualTo(Reason.CERT_UNAVAILABLE);
        }
        assertThat(certificates.fetched).containsExactly(missing);

        clock.advance(Duration.ofSeconds(59));
        catchThrowableOfType(() -> timed.verify(message), SnsVerificationException.class);
        assertThat(certificates.fetched).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        certificates.serve(missing, VALID.certificate());
        assertThat(timed.verify(message)).isNotNull();
        assertThat(certificates.fetched).containsExactly(missing, missing);
    }

    @Test
    void aFloodOfNewCertificateUrlsDoesNotPushOutTheCertificateInUse() {
        SnsMessage genuine = SnsMessage.parse(signedBody(notification(null), "2", VALID));
        verifier.verify(genuine);
        for (int i = 0; i < 200; i++) {
            String floodUrl = "https://sns.eu-west-1.amazonaws.com/flood-" + i + ".pem";
            Map<String, String> fields = notification(null);
            fields.put("SigningCertURL", floodUrl);
            if (i % 2 == 0) {
                certificates.serve(floodUrl, VALID.certificate());
            }
            SnsMessage flood = SnsMessage.parse(signedBody(fields, "2", VALID));
            catchThrowableOfType(() -> verifier.verify(flood), SnsVerificationException.class);
            verifier.verify(genuine);
        }

        assertThat(certificates.fetched).filteredOn(CERT_URL::equals).hasSize(1);
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
