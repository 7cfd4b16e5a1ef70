package io.sendwell.feedback.control;

/** The SNS POST body is not JSON or lacks a field SNS always sends. The message never quotes the body. */
public class MalformedSnsMessageException extends RuntimeException {

    public MalformedSnsMessageException(String message) {
        super(message);
    }

    public MalformedSnsMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
