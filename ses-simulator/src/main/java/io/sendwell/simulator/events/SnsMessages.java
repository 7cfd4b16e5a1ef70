package io.sendwell.simulator.events;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * SNS HTTP message bodies, signed as SNS signs them: {@code Name\nvalue\n} for each field of the
 * type's list in order (Subject only when present), SHA256withRSA for SignatureVersion 2.
 */
public final class SnsMessages {

    private final SigningCredentials credentials;
    private final String publicUrl;

    public SnsMessages(SigningCredentials credentials, String publicUrl) {
        this.credentials = credentials;
        this.publicUrl = publicUrl;
    }

    public String signingCertUrl() {
        return publicUrl + "/sim/sns/certificate.pem";
    }

    public JsonObject notification(String messageId, String topicArn, String subscriptionArn, String message, Instant timestamp) {
        String time = Timestamps.format(timestamp);
        String signature = credentials.sign(notificationStringToSign(message, messageId, null, time, topicArn));
        return Json.createObjectBuilder()
                .add("Type", "Notification")
                .add("MessageId", messageId)
                .add("TopicArn", topicArn)
                .add("Message", message)
                .add("Timestamp", time)
                .add("SignatureVersion", "2")
                .add("Signature", signature)
                .add("SigningCertURL", signingCertUrl())
                .add("UnsubscribeURL", publicUrl + "/sim/sns/unsubscribe?SubscriptionArn=" + encode(subscriptionArn))
                .build();
    }

    public JsonObject subscriptionConfirmation(String messageId, String topicArn, String token, Instant timestamp) {
        String time = Timestamps.format(timestamp);
        String message = "You have chosen to subscribe to the topic " + topicArn
                + ".\nTo confirm the subscription, visit the SubscribeURL included in this message.";
        String subscribeUrl = publicUrl + "/sim/sns/confirm?token=" + encode(token);
        String stringToSign = "Message\n" + message + "\n"
                + "MessageId\n" + messageId + "\n"
                + "SubscribeURL\n" + subscribeUrl + "\n"
                + "Timestamp\n" + time + "\n"
                + "Token\n" + token + "\n"
                + "TopicArn\n" + topicArn + "\n"
                + "Type\nSubscriptionConfirmation\n";
        return Json.createObjectBuilder()
                .add("Type", "SubscriptionConfirmation")
                .add("MessageId", messageId)
                .add("Token", token)
                .add("TopicArn", topicArn)
                .add("Message", message)
                .add("SubscribeURL", subscribeUrl)
                .add("Timestamp", time)
                .add("SignatureVersion", "2")
                .add("Signature", credentials.sign(stringToSign))
                .add("SigningCertURL", signingCertUrl())
                .build();
    }

    public static String notificationStringToSign(String message, String messageId, String subject, String timestamp, String topicArn) {
        StringBuilder text = new StringBuilder()
                .append("Message\n").append(message).append('\n')
                .append("MessageId\n").append(messageId).append('\n');
        if (subject != null) {
            text.append("Subject\n").append(subject).append('\n');
        }
        return text.append("Timestamp\n").append(timestamp).append('\n')
                .append("TopicArn\n").append(topicArn).append('\n')
                .append("Type\nNotification\n")
                .toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
