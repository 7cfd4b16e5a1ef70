package io.sendwell.sending.control;

/**
 * What the outbound queue carries for one accepted message: enough to pace it without reading
 * the database first. {@code recipients} is what SES counts against the send rate;
 * {@code rateFactor} is below 1 while the sender is THROTTLED.
 */
public record OutboundTicket(String messageId, String tenantId, String domainId, String mailboxId, String region,
                             int recipients, double rateFactor) {
}
