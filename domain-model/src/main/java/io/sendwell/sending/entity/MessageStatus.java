package io.sendwell.sending.entity;

/**
 * The life of an outbound message. QUEUED → SENDING → SENT (SES accepted it) → DELIVERED /
 * BOUNCED / COMPLAINED from SES feedback; FAILED when SES refused it for good.
 * SENDING is written and committed before SES is called, so a crash in between is never
 * retried blindly (that could send twice): SES's own Send event settles it, and without one for a
 * long time the message is sent again once, flagged (see {@link OutboundMessage#settleUnknownOutcome}).
 */
public enum MessageStatus {
    QUEUED, SENDING, SENT, DELIVERED, DELAYED, BOUNCED, COMPLAINED, REJECTED, FAILED;

    public boolean isFinal() {
        return this == FAILED || this == REJECTED;
    }
}
