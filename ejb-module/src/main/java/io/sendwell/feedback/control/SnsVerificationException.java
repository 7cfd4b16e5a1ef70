package io.sendwell.feedback.control;

import java.util.Objects;

/**
 * An SNS message we must not trust. The endpoint answers 403 (SNS does not retry client errors,
 * and a forged message should not be retried). Messages never quote the body.
 */
public class SnsVerificationException extends RuntimeException {

    public enum Reason {
        UNSUPPORTED_SIGNATURE_VERSION,
        TOPIC_NOT_ALLOWED,
        UNTRUSTED_CERT_URL,
        CERT_UNAVAILABLE,
        /** The certificate at a genuine SNS URL carries none of the names AWS gives its SNS signing certificates. */
        CERT_NOT_FOR_SNS,
        CERT_EXPIRED,
        CERT_NOT_YET_VALID,
        BAD_SIGNATURE,
        /** A SubscriptionConfirmation whose SubscribeURL is neither SNS nor a trusted local server. */
        UNTRUSTED_SUBSCRIBE_URL
    }

    private final Reason reason;

    public SnsVerificationException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public SnsVerificationException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
