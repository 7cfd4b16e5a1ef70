package io.sendwell.feedback.control;

/** The SNS Message is not an SES event we can read. The message never quotes the event. */
public class MalformedSesEventException extends RuntimeException {

    public MalformedSesEventException(String message) {
        super(message);
    }

    public MalformedSesEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
