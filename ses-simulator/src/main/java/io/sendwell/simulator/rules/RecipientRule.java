package io.sendwell.simulator.rules;

import java.util.Locale;

/**
 * One row of the rule table. Patterns: an address ({@code ann@example.org}, matched with or without
 * a {@code +label}), a domain ({@code example.org}), any subdomain ({@code *.example.org}), or
 * {@code *} for everything.
 */
public record RecipientRule(String pattern, Outcome outcome) {

    public RecipientRule {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("rule pattern is required");
        }
        if (outcome == null) {
            throw new IllegalArgumentException("rule outcome is required");
        }
        pattern = pattern.trim().toLowerCase(Locale.ROOT);
    }

    public boolean matches(String address) {
        String normalized = address.trim().toLowerCase(Locale.ROOT);
        int at = normalized.lastIndexOf('@');
        String domain = at < 0 ? "" : normalized.substring(at + 1);
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.contains("@")) {
            return pattern.equals(normalized) || pattern.equals(withoutLabel(normalized));
        }
        if (pattern.startsWith("*.")) {
            return domain.endsWith(pattern.substring(1));
        }
        return domain.equals(pattern);
    }

    static String withoutLabel(String address) {
        int at = address.lastIndexOf('@');
        int plus = address.indexOf('+');
        if (at < 0 || plus < 0 || plus > at) {
            return address;
        }
        return address.substring(0, plus) + address.substring(at);
    }
}
