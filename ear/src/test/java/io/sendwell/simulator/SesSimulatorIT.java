package io.sendwell.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AlreadyExistsException;
import software.amazon.awssdk.services.sesv2.model.CreateEmailIdentityResponse;
import software.amazon.awssdk.services.sesv2.model.DkimStatus;
import software.amazon.awssdk.services.sesv2.model.EventType;
import software.amazon.awssdk.services.sesv2.model.GetAccountResponse;
import software.amazon.awssdk.services.sesv2.model.GetEmailIdentityResponse;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sesv2.model.SuppressionListReason;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

/** The real AWS SDK v2 SesV2Client against the simulator deployed in the started Liberty server. */
class SesSimulatorIT {

    private static final String BASE = "http://localhost:" + System.getProperty("http.port", "9080") + "/ses-simulator";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static SesV2Client ses;
    private static SesV2Client sesWithoutRetries;

    @BeforeAll
    static void clients() {
        ses = client(false);
        sesWithoutRetries = client(true);
    }

    @AfterAll
    static void close() {
        ses.close();
        sesWithoutRetries.close();
    }

    @BeforeEach
    void resetAccount() throws Exception {
        http("DELETE", "/sim/account", null);
    }

    @Test
    void domainIdentityVerifiesAfterTheDelayAndThenSendsToTheMailboxSimulator() throws Exception {
        String domain = "it-" + shortId() + ".example";
        CreateEmailIdentityResponse created = ses.createEmailIdentity(r -> r.emailIdentity(domain));
        assertThat(created.verifiedForSendingStatus()).isFalse();
        assertThat(created.dkimAttributes().status()).isEqualTo(DkimStatus.PENDING);
        assertThat(created.dkimAttributes().tokens()).hasSize(3);

        GetEmailIdentityResponse identity = awaitVerified(domain);
        assertThat(identity.dkimAttributes().status()).isEqualTo(DkimStatus.SUCCESS);

        String messageId = ses.sendEmail(simple("News <news@" + domain + ">", "success@simulator.amazonses.com", null)).messageId();

        JsonArray messages = json(http("GET", "/sim/messages?to=success@simulator.amazonses.com", null)).asJsonArray();
        JsonObject recorded = messages.getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("messageId").equals(messageId)).findFirst().orElseThrow();
        assertThat(recorded.getString("subject")).isEqualTo("Hello from the IT");
        assertThat(recorded.getJsonObject("outcomes").getString("success@simulator.amazonses.com")).isEqualTo("success");
        assertThat(recorded.getJsonObject("tags").getString("tenant")).isEqualTo("it");
    }

    @Test
    void sendFromAnUnverifiedIdentityIsRejected() {
        assertThatThrownBy(() -> ses.sendEmail(simple("nobody@unverified-" + shortId() + ".example", "success@simulator.amazonses.com", null)))
                .isInstanceOf(MessageRejectedException.class)
                .hasMessageContaining("Email address is not verified");
    }

    @Test
    void burstAboveTheMaxSendRateIsThrottled() throws Exception {
        String domain = verifiedDomain();
        http("PUT", "/sim/account", "{\"MaxSendRate\":2}");
        assertThat(ses.getAccount(r -> { }).sendQuota().maxSendRate()).isEqualTo(2.0);

        List<Exception> failures = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < 6; i++) {
            try {
                sesWithoutRetries.sendEmail(simple("burst@" + domain, "success@simulator.amazonses.com", null));
                accepted++;
            } catch (TooManyRequestsException e) {
                failures.add(e);
            }
        }
        assertThat(accepted).isGreaterThanOrEqualTo(2).isLessThan(6);
        assertThat(failures).isNotEmpty();
        assertThat(failures.get(0)).hasMessageContaining("Maximum sending rate exceeded");
    }

    @Test
    void dailyQuotaIsEnforcedPerRecipient() throws Exception {
        String domain = verifiedDomain();
        http("PUT", "/sim/account", "{\"Max24HourSend\":1}");
        ses.sendEmail(simple("quota@" + domain, "success@simulator.amazonses.com", null));
        assertThatThrownBy(() -> ses.sendEmail(simple("quota@" + domain, "success@simulator.amazonses.com", null)))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("Daily message quota exceeded");
        assertThat(ses.getAccount(r -> { }).sendQuota().sentLast24Hours()).isEqualTo(1.0);
    }

    @Test
    void sandboxAccountsMaySendOnlyToVerifiedIdentitiesAndTheMailboxSimulator() throws Exception {
        String domain = verifiedDomain();
        http("PUT", "/sim/account", "{\"ProductionAccessEnabled\":false}");
        ses.sendEmail(simple("sandbox@" + domain, "ooto@simulator.amazonses.com", null));
        assertThatThrownBy(() -> ses.sendEmail(simple("sandbox@" + domain, "someone@elsewhere.example", null)))
                .isInstanceOf(MessageRejectedException.class)
                .hasMessageContaining("someone@elsewhere.example");
    }

    @Test
    void ruleTableBouncesADomainAndTheBouncedAddressIsThenSuppressed() throws Exception {
        String domain = verifiedDomain();
        String bouncing = "rules-" + shortId() + ".example";
        String recipient = "ann@" + bouncing;
        http("PUT", "/sim/rules", "{\"rules\":[{\"pattern\":\"" + bouncing + "\",\"outcome\":\"bounce\"}]}");
        try {
            String first = ses.sendEmail(simple("rules@" + domain, recipient, null)).messageId();
            String second = ses.sendEmail(simple("rules@" + domain, recipient, null)).messageId();

            assertThat(outcome(first, recipient)).isEqualTo("bounce");
            assertThat(outcome(second, recipient)).isEqualTo("suppressed");
            assertThat(ses.getSuppressedDestination(r -> r.emailAddress(recipient)).suppressedDestination().reason())
                    .isEqualTo(SuppressionListReason.BOUNCE);
        } finally {
            http("DELETE", "/sim/rules", null);
        }
    }

    @Test
    void rawMessageRecipientsComeFromItsHeadersAndTheIdentitysDefaultConfigurationSetApplies() throws Exception {
        String configurationSet = "default-" + shortId();
        ses.createConfigurationSet(r -> r.configurationSetName(configurationSet));
        String domain = "raw-" + shortId() + ".example";
        ses.createEmailIdentity(r -> r.emailIdentity(domain).configurationSetName(configurationSet));
        http("POST", "/sim/identities/" + domain + "/verify", null);
        String mime = "From: Raw Sender <raw@" + domain + ">\r\n"
                + "To: \"Doe, Jane\" <success+raw@simulator.amazonses.com>\r\n"
                + "Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n"
                + "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
                + "\r\nHello\r\n";

        String messageId = ses.sendEmail(r -> r.content(c -> c.raw(raw -> raw.data(
                software.amazon.awssdk.core.SdkBytes.fromString(mime, StandardCharsets.UTF_8))))).messageId();

        JsonObject recorded = json(http("GET", "/sim/messages?to=success%2Braw@simulator.amazonses.com", null)).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("messageId").equals(messageId)).findFirst().orElseThrow();
        assertThat(recorded.getString("subject")).isEqualTo("Grüße");
        assertThat(recorded.getString("configurationSet")).isEqualTo(configurationSet);
        assertThat(recorded.getString("content")).isEqualTo("RAW");
    }

    @Test
    void identitiesAreUniqueAndUnknownOnesAreNotFound() {
        String domain = "dup-" + shortId() + ".example";
        ses.createEmailIdentity(r -> r.emailIdentity(domain));
        assertThatThrownBy(() -> ses.createEmailIdentity(r -> r.emailIdentity(domain))).isInstanceOf(AlreadyExistsException.class);
        assertThatThrownBy(() -> ses.getEmailIdentity(r -> r.emailIdentity("missing-" + domain))).isInstanceOf(NotFoundException.class);
        ses.deleteEmailIdentity(r -> r.emailIdentity(domain));
        assertThatThrownBy(() -> ses.getEmailIdentity(r -> r.emailIdentity(domain))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void suppressionListRoundTripsAddressesWithPlusAndAt() {
        String address = "x+" + shortId() + "@suppressed.example";
        ses.putSuppressedDestination(r -> r.emailAddress(address).reason(SuppressionListReason.BOUNCE));
        assertThat(ses.getSuppressedDestination(r -> r.emailAddress(address)).suppressedDestination().reason())
                .isEqualTo(SuppressionListReason.BOUNCE);
        assertThat(ses.listSuppressedDestinations(r -> r.reasons(SuppressionListReason.BOUNCE)).suppressedDestinationSummaries())
                .anyMatch(s -> s.emailAddress().equals(address));
        ses.deleteSuppressedDestination(r -> r.emailAddress(address));
        assertThatThrownBy(() -> ses.getSuppressedDestination(r -> r.emailAddress(address))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void accountReflectsQuotaAndEnforcementStatusSetThroughTheControlEndpoint() throws Exception {
        http("PUT", "/sim/account", "{\"Max24HourSend\":1000,\"MaxSendRate\":5,\"EnforcementStatus\":\"PROBATION\"}");
        GetAccountResponse account = ses.getAccount(r -> { });
        assertThat(account.sendQuota().max24HourSend()).isEqualTo(1000.0);
        assertThat(account.sendQuota().maxSendRate()).isEqualTo(5.0);
        assertThat(account.enforcementStatus()).isEqualTo("PROBATION");
        assertThat(account.sendingEnabled()).isTrue();
    }

    @Test
    void bounceToAConfigurationSetWithAnSnsDestinationIsPublishedAsSignedSnsNotifications() throws Exception {
        String domain = verifiedDomain();
        String configurationSet = "it-" + shortId();
        String topicArn = "arn:aws:sns:us-east-1:123456789012:sendwell-ses-events-" + configurationSet;
        ses.createConfigurationSet(r -> r.configurationSetName(configurationSet));
        assertThatThrownBy(() -> ses.createConfigurationSet(r -> r.configurationSetName(configurationSet)))
                .isInstanceOf(AlreadyExistsException.class);
        ses.createConfigurationSetEventDestination(r -> r.configurationSetName(configurationSet).eventDestinationName("sns")
                .eventDestination(d -> d.enabled(true).matchingEventTypes(EventType.SEND, EventType.BOUNCE, EventType.DELIVERY)
                        .snsDestination(s -> s.topicArn(topicArn))));

        String messageId = ses.sendEmail(simple("ops@" + domain, "bounce+it@simulator.amazonses.com", configurationSet)).messageId();

        List<JsonObject> posts = awaitNotifications(messageId, 2);
        X509Certificate certificate = certificate(posts.get(0).getString("SigningCertURL"));
        List<String> eventTypes = new ArrayList<>();
        for (JsonObject notification : posts) {
            assertThat(notification.getString("Type")).isEqualTo("Notification");
            assertThat(notification.getString("TopicArn")).isEqualTo(topicArn);
            assertThat(notification.getString("SignatureVersion")).isEqualTo("2");
            assertThat(verifies(certificate, notification)).isTrue();
            JsonObject event = json(notification.getString("Message")).asJsonObject();
            assertThat(event.getJsonObject("mail").getString("messageId")).isEqualTo(messageId);
            assertThat(event.getJsonObject("mail").getJsonObject("tags").getJsonArray("ses:configuration-set").getString(0))
                    .isEqualTo(configurationSet);
            eventTypes.add(event.getString("eventType"));
        }
        assertThat(eventTypes).containsExactly("Send", "Bounce");
        JsonArray subscriptions = json(http("GET", "/sim/sns/subscriptions", null)).asJsonArray();
        assertThat(subscriptions.getValuesAs(JsonObject.class)).anyMatch(s -> s.getString("topicArn").equals(topicArn));
    }

    private static String outcome(String messageId, String recipient) throws Exception {
        return json(http("GET", "/sim/messages?to=" + recipient, null)).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("messageId").equals(messageId))
                .findFirst().orElseThrow()
                .getJsonObject("outcomes").getString(recipient);
    }

    private static SesV2Client client(boolean withoutRetries) {
        return SesV2Client.builder()
                .endpointOverride(URI.create(BASE))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDSIMULATOR", "simulator-secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(c -> {
                    if (withoutRetries) {
                        c.retryStrategy(AwsRetryStrategy.doNotRetry());
                    }
                })
                .build();
    }

    private static SendEmailRequest simple(String from, String to, String configurationSet) {
        return SendEmailRequest.builder()
                .fromEmailAddress(from)
                .destination(d -> d.toAddresses(to))
                .content(c -> c.simple(m -> m.subject(s -> s.data("Hello from the IT")).body(b -> b.text(t -> t.data("Hi")))))
                .configurationSetName(configurationSet)
                .emailTags(t -> t.name("tenant").value("it"))
                .build();
    }

    private static String verifiedDomain() throws Exception {
        String domain = "it-" + shortId() + ".example";
        ses.createEmailIdentity(r -> r.emailIdentity(domain));
        http("POST", "/sim/identities/" + domain + "/verify", null);
        assertThat(ses.getEmailIdentity(r -> r.emailIdentity(domain)).verifiedForSendingStatus()).isTrue();
        return domain;
    }

    private static GetEmailIdentityResponse awaitVerified(String identity) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            GetEmailIdentityResponse response = ses.getEmailIdentity(r -> r.emailIdentity(identity));
            if (Boolean.TRUE.equals(response.verifiedForSendingStatus())) {
                return response;
            }
            assertThat(System.nanoTime()).as("identity verified within 20 s").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private static List<JsonObject> awaitNotifications(String sesMessageId, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            JsonArray rows = json(http("GET", "/sim/sns/notifications?sesMessageId=" + sesMessageId, null)).asJsonArray();
            if (rows.size() >= count) {
                return rows.getValuesAs(JsonObject.class).stream().map(r -> json(r.getString("body")).asJsonObject()).toList();
            }
            assertThat(System.nanoTime()).as("%d SNS notifications within 20 s", count).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static X509Certificate certificate(String url) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(response.body()));
    }

    private static boolean verifies(X509Certificate certificate, JsonObject notification) throws Exception {
        String stringToSign = "Message\n" + notification.getString("Message") + "\n"
                + "MessageId\n" + notification.getString("MessageId") + "\n"
                + "Timestamp\n" + notification.getString("Timestamp") + "\n"
                + "TopicArn\n" + notification.getString("TopicArn") + "\n"
                + "Type\n" + notification.getString("Type") + "\n";
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(stringToSign.getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(notification.getString("Signature")));
    }

    private static String http(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body();
    }

    private static jakarta.json.JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

}
