package io.sendwell.sending.control;

/**
 * SES did not take the message. TRANSIENT failures (throttling, 5xx, paused sending) are worth
 * retrying later; PERMANENT ones (rejected content, unverified identity) are not.
 */
public class SendFailure extends RuntimeException {

    public enum Kind {
        TRANSIENT, PERMANENT
    }

    private final Kind kind;
    private final String errorType;

    public SendFailure(Kind kind, String errorType, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.errorType = errorType;
    }

    public Kind kind() {
        return kind;
    }

    public String errorType() {
        return errorType;
    }

    public boolean isTransient() {
        return kind == Kind.TRANSIENT;
    }
}
