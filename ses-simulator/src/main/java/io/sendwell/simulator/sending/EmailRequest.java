package io.sendwell.simulator.sending;

import java.util.List;
import java.util.Map;

/** A SendEmail request reduced to what the simulator checks and records. */
public record EmailRequest(
        String fromHeader,
        String fromAddress,
        List<String> to,
        List<String> cc,
        List<String> bcc,
        List<String> replyTo,
        String subject,
        ContentKind contentKind,
        String textBody,
        String htmlBody,
        String raw,
        String templateName,
        List<MimeHeaders.Header> headers,
        String configurationSetName,
        Map<String, String> emailTags) {

    public enum ContentKind { SIMPLE, RAW, TEMPLATE }

    public EmailRequest withConfigurationSet(String name) {
        return new EmailRequest(fromHeader, fromAddress, to, cc, bcc, replyTo, subject, contentKind, textBody, htmlBody, raw,
                templateName, headers, name, emailTags);
    }

    public List<String> recipients() {
        return java.util.stream.Stream.of(to, cc, bcc).flatMap(List::stream).toList();
    }
}
