package io.sendwell.simulator.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What SES puts in an event's {@code mail} object. {@code tags} already include the
 * {@code ses:*} auto tags and the caller's EmailTags.
 */
public record MailInfo(
        String messageId,
        Instant timestamp,
        String source,
        String sourceArn,
        String sendingAccountId,
        List<String> destination,
        List<Header> headers,
        CommonHeaders commonHeaders,
        Map<String, List<String>> tags) {

    public record Header(String name, String value) {
    }

    public record CommonHeaders(List<String> from, List<String> to, List<String> cc, String messageId, String subject, String date) {
    }

    public MailInfo {
        destination = List.copyOf(destination);
        headers = List.copyOf(headers);
        tags = Map.copyOf(tags);
    }
}
