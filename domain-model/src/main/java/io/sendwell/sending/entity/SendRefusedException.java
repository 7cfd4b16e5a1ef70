package io.sendwell.sending.entity;

import io.sendwell.platform.entity.SendwellException;

/**
 * A send that is well-formed but may not go out now or to these recipients. The reason decides
 * the answer: 403 paused, 409 domain not verified, 422 suppressed recipients, 429 limit reached
 * (with the seconds until the limit resets), 413 too large.
 */
public class SendRefusedException extends SendwellException {

    public enum Reason {
        PAUSED("Sending paused"),
        DOMAIN_NOT_VERIFIED("Domain not verified"),
        SUPPRESSED_RECIPIENTS("Suppressed recipients"),
        LIMIT_REACHED("Limit reached"),
        TOO_LARGE("Message too large");

        private final String title;

        Reason(String title) {
            this.title = title;
        }
    }

    private final Reason reason;
    private final long retryAfterSeconds;

    public SendRefusedException(Reason reason, String message) {
        this(reason, message, 0);
    }

    public SendRefusedException(Reason reason, String message, long retryAfterSeconds) {
        super(message);
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Reason reason() {
        return reason;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public String title() {
        return reason.title;
    }
}
