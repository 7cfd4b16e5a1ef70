package io.sendwell.platform.entity;

/** Argument checks that report as {@link InvalidInputException}s with a readable message. */
public final class Require {

    private Require() {
    }

    public static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field + " must be at most " + maxLength + " characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field + " must not contain control characters");
        }
        return trimmed;
    }

    public static String optionalText(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : text(value, field, maxLength);
    }

    public static int positive(Integer value, String field) {
        if (value == null) {
            throw new InvalidInputException(field + " is required");
        }
        if (value <= 0) {
            throw new InvalidInputException(field + " must be greater than 0, was " + value);
        }
        return value;
    }
}
