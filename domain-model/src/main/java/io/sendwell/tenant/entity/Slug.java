package io.sendwell.tenant.entity;

import io.sendwell.platform.entity.InvalidInputException;

import java.util.regex.Pattern;

/** The tenant's short, unique, URL-safe name, e.g. {@code acme-agency}. */
public record Slug(String asString) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    public static Slug of(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidInputException("slug is required");
        }
        String value = input.strip();
        if (!SLUG.matcher(value).matches()) {
            throw new InvalidInputException("slug '" + value
                    + "' must be 1-40 lower-case letters, digits or inner hyphens");
        }
        return new Slug(value);
    }

    @Override
    public String toString() {
        return asString;
    }
}
