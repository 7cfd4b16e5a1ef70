package io.sendwell.feedback.control;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds SNS bodies signed at test time with the throw-away keys in {@code sns-signing/}. The string
 * to sign is spelled out here independently of the verifier, so a mistake in one shows up as a
 * failing test rather than being copied into both.
 */
final class SnsFixtures {

    static final String TOPIC = "arn:aws:sns:eu-west-1:123456789012:sendwell-ses-events";
    static final String CERT_URL = "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-test.pem";

    private static final List<String> NOTIFICATION_FIELDS =
            List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type");
    private static final List<String> CONFIRMATION_FIELDS =
            List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type");

    record SigningKey(PrivateKey privateKey, X509Certificate certificate) {
    }

    /** CN=sns.amazonaws.com, as AWS's own SNS signing certificates. */
    static final SigningKey VALID = load("/sns-signing/valid-signing.p12");
    /** SNS names (commercial, China, GovCloud) only in the subject alternative names. */
    static final SigningKey SAN_NAMED = load("/sns-signing/san-named-signing.p12");
    /** CN=sns.test.invalid: no SNS name. */
    static final SigningKey UNNAMED = load("/sns-signing/unnamed-signing.p12");
    static final SigningKey EXPIRED = load("/sns-signing/expired-signing.p12");

    private SnsFixtures() {
    }

    static Map<String, String> notification(String subject) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", "Notification");
        fields.put("MessageId", "22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324");
        fields.put("TopicArn", TOPIC);
        if (subject != null) {
            fields.put("Subject", subject);
        }
        fields.put("Message", "{\"eventType\":\"Delivery\",\"mail\":{\"messageId\":\"m-1\"}}");
        fields.put("Timestamp", "2025-03-01T12:00:00.123Z");
        fields.put("SigningCertURL", CERT_URL);
        fields.put("UnsubscribeURL",
                "https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=" + TOPIC + ":c9135db0");
        return fields;
    }

    static Map<String, String> confirmation(String type) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", type);
        fields.put("MessageId", "165545c9-2a5c-472c-8df2-7ff2be2b3b1b");
        fields.put("Token", "2336412f37fb687f5d51e6e241d09c805a5a57b30d712f794cc5f6a988666d92768dd60a747ba6f3");
        fields.put("TopicArn", TOPIC);
        fields.put("Message", "You have chosen to subscribe to the topic " + TOPIC
                + ".\nTo confirm the subscription, visit the SubscribeURL included in this message.");
        fields.put("SubscribeURL", "https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn="
                + TOPIC + "&Token=2336412f37fb");
        fields.put("Timestamp", "2025-03-01T12:00:00.123Z");
        fields.put("SigningCertURL", CERT_URL);
        return fields;
    }

    /** Adds SignatureVersion and Signature to {@code fields} and returns the JSON body. */
    static String signedBody(Map<String, String> fields, String version, SigningKey key) {
        fields.put("SignatureVersion", version);
        fields.put("Signature", sign(stringToSign(fields), version.equals("1") ? "SHA1withRSA" : "SHA256withRSA", key));
        return json(fields);
    }

    static String json(Map<String, String> fields) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        fields.forEach(builder::add);
        return builder.build().toString();
    }

    static String stringToSign(Map<String, String> fields) {
        List<String> names = fields.get("Type").equals("Notification") ? NOTIFICATION_FIELDS : CONFIRMATION_FIELDS;
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            if (fields.containsKey(name)) {
                text.append(name).append('\n').append(fields.get(name)).append('\n');
            }
        }
        return text.toString();
    }

    private static String sign(String text, String algorithm, SigningKey key) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(key.privateKey());
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static SigningKey load(String resource) {
        char[] password = "test-only".toCharArray();
        try (InputStream in = SnsFixtures.class.getResourceAsStream(resource)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return new SigningKey((PrivateKey) store.getKey("signing", password),
                    (X509Certificate) store.getCertificate("signing"));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load test key " + resource, e);
        }
    }
}
