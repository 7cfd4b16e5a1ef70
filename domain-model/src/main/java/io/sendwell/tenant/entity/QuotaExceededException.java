package io.sendwell.tenant.entity;

import io.sendwell.platform.entity.ConflictException;

/** The tenant holds as many objects of a kind as its quota allows (HTTP 409). */
public class QuotaExceededException extends ConflictException {

    public QuotaExceededException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Quota exceeded";
    }
}
