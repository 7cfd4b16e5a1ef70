package io.sendwell.sending.control;

import java.util.List;
import java.util.Map;

/** What a {@link MailSender} sends: a complete MIME message and its envelope. */
public record OutboundEmail(String region, String configurationSet, String fromAddress, List<String> destinations,
                            byte[] rawMime, Map<String, String> tags) {
}
