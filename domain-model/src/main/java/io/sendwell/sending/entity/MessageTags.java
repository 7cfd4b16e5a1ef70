package io.sendwell.sending.entity;

/**
 * The SES message tags Sendwell puts on every send and reads back from every SES event: how
 * feedback finds the message, tenant and mailbox even before the SES message id is stored.
 */
public final class MessageTags {

    public static final String MESSAGE = "sendwell-message-id";
    public static final String TENANT = "sendwell-tenant";
    public static final String MAILBOX = "sendwell-mailbox";

    private MessageTags() {
    }
}
