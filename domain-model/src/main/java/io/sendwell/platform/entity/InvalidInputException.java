package io.sendwell.platform.entity;

/** The caller sent something Sendwell cannot accept (HTTP 400). */
public class InvalidInputException extends SendwellException {

    public InvalidInputException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
