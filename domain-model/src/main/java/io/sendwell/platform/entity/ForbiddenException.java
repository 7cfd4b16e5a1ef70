package io.sendwell.platform.entity;

/** The caller is known but may not do this (HTTP 403). */
public class ForbiddenException extends SendwellException {

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
