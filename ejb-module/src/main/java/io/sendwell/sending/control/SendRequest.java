package io.sendwell.sending.control;

import java.util.List;
import java.util.Map;

/**
 * A request to send one message, as it arrives over REST or JMS. {@code attachments[].content}
 * is base64. {@code listUnsubscribeUrl} (https) is required for marketing traffic: it becomes the
 * RFC 8058 one-click List-Unsubscribe header pair.
 */
public record SendRequest(String from, String fromName, List<String> to, List<String> cc, List<String> bcc,
                          List<String> replyTo, String subject, String text, String html,
                          List<Attachment> attachments, Map<String, String> headers, String trafficClass,
                          String listUnsubscribeUrl) {

    public record Attachment(String filename, String contentType, String content) {
    }

    public List<String> toOrEmpty() {
        return to == null ? List.of() : to;
    }

    public List<String> ccOrEmpty() {
        return cc == null ? List.of() : cc;
    }

    public List<String> bccOrEmpty() {
        return bcc == null ? List.of() : bcc;
    }
}
