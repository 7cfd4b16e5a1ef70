package io.sendwell.platform.entity;

/** The change collides with existing state, e.g. a duplicate slug or address (HTTP 409). */
public class ConflictException extends SendwellException {

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
