package io.sendwell.simulator;

/**
 * An SES error as the AWS SDK expects it: HTTP status, the error type in {@code x-amzn-ErrorType},
 * and {@code {"message": ...}} as body. The SDK maps the type to its modelled exception class.
 */
public class SesException extends RuntimeException {

    private final int status;
    private final String errorType;

    public SesException(int status, String errorType, String message) {
        super(message);
        this.status = status;
        this.errorType = errorType;
    }

    public int status() {
        return status;
    }

    public String errorType() {
        return errorType;
    }

    public static SesException messageRejected(String message) {
        return new SesException(400, "MessageRejected", message);
    }

    public static SesException badRequest(String message) {
        return new SesException(400, "BadRequestException", message);
    }

    public static SesException notFound(String message) {
        return new SesException(404, "NotFoundException", message);
    }

    public static SesException alreadyExists(String message) {
        return new SesException(400, "AlreadyExistsException", message);
    }

    public static SesException tooManyRequests(String message) {
        return new SesException(429, "TooManyRequestsException", message);
    }

    public static SesException limitExceeded(String message) {
        return new SesException(400, "LimitExceededException", message);
    }

    public static SesException sendingPaused(String message) {
        return new SesException(400, "SendingPausedException", message);
    }

    public static SesException accountSuspended(String message) {
        return new SesException(400, "AccountSuspendedException", message);
    }

    public static SesException mailFromDomainNotVerified(String message) {
        return new SesException(400, "MailFromDomainNotVerifiedException", message);
    }

    /** SES's own trouble (HTTP 500); the SDK retries it. */
    public static SesException internalFailure(String message) {
        return new SesException(500, "InternalFailure", message);
    }
}
