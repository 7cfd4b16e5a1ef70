package io.sendwell.feedback;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * Signs SNS notifications the way SNS does, with a throw-away test key whose certificate is served
 * by a tiny HTTP server on 127.0.0.1 (port sns.it.cert.port). The test server trusts that URL
 * prefix, so these ITs reach the real endpoint without AWS and without the send path.
 */
final class SnsTestSigner {

    static final int CERT_PORT = Integer.getInteger("sns.it.cert.port", 9479);
    static final String PREFIX = "http://127.0.0.1:" + CERT_PORT + "/sns-it-certs/";
    static final String CERT_URL = PREFIX + "test.pem";
    static final String TOPIC = System.getProperty("sns.it.topic", "arn:aws:sns:us-east-1:123456789012:sendwell-it-events");
    static final AtomicInteger CONFIRMATIONS = new AtomicInteger();

    private static final PrivateKey KEY;
    private static final X509Certificate CERTIFICATE;

    static {
        char[] password = "test-only".toCharArray();
        try (InputStream in = SnsTestSigner.class.getResourceAsStream("/sns-it/valid-signing.p12")) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            KEY = (PrivateKey) store.getKey("signing", password);
            CERTIFICATE = (X509Certificate) store.getCertificate("signing");
            startCertificateServer();
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the SNS test signer", e);
        }
    }

    private SnsTestSigner() {
    }

    private static void startCertificateServer() throws Exception {
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(CERTIFICATE.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", CERT_PORT), 50);
        server.createContext("/sns-it-certs/test.pem", exchange -> {
            byte[] body = pem.getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/sns-it-certs/confirm", exchange -> {
            CONFIRMATIONS.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(null);
        server.start();
    }

    static Map<String, String> notification(String messageId, String message) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", "Notification");
        fields.put("MessageId", messageId);
        fields.put("TopicArn", TOPIC);
        fields.put("Message", message);
        fields.put("Timestamp", java.time.Instant.now().toString());
        fields.put("SigningCertURL", CERT_URL);
        fields.put("UnsubscribeURL", PREFIX + "unsubscribe");
        return fields;
    }

    static Map<String, String> subscriptionConfirmation(String messageId, String subscribeUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", "SubscriptionConfirmation");
        fields.put("MessageId", messageId);
        fields.put("Token", "token-" + messageId);
        fields.put("TopicArn", TOPIC);
        fields.put("Message", "You have chosen to subscribe to the topic " + TOPIC);
        fields.put("SubscribeURL", subscribeUrl);
        fields.put("Timestamp", java.time.Instant.now().toString());
        fields.put("SigningCertURL", CERT_URL);
        return fields;
    }

    /** What SNS posts after the subscription was deleted (same fields and signature rules as a confirmation). */
    static Map<String, String> unsubscribeConfirmation(String messageId) {
        Map<String, String> fields = subscriptionConfirmation(messageId, PREFIX + "confirm?resubscribe=" + messageId);
        fields.put("Type", "UnsubscribeConfirmation");
        fields.put("Message", "You have chosen to deactivate subscription to the topic " + TOPIC);
        return fields;
    }

    /** Signs with the trusted test key (SignatureVersion 2) and returns the JSON body. */
    static String signed(Map<String, String> fields) {
        return signedWith(fields, KEY);
    }

    /** Signs with a key nobody trusts: what a forger without SNS's private key can do at best. */
    static String forged(Map<String, String> fields) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return signedWith(fields, generator.generateKeyPair().getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String signedWith(Map<String, String> fields, PrivateKey key) {
        fields.put("SignatureVersion", "2");
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(stringToSign(fields).getBytes(StandardCharsets.UTF_8));
            fields.put("Signature", Base64.getEncoder().encodeToString(signature.sign()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        fields.forEach(json::add);
        return json.build().toString();
    }

    private static String stringToSign(Map<String, String> fields) {
        List<String> names = fields.get("Type").equals("Notification")
                ? List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type")
                : List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type");
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            if (fields.containsKey(name)) {
                text.append(name).append('\n').append(fields.get(name)).append('\n');
            }
        }
        return text.toString();
    }

    static void ensureStarted() throws IOException {
        // Class initialisation starts the certificate server; this method only triggers it.
    }
}
