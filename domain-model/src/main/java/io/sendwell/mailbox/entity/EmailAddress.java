package io.sendwell.mailbox.entity;

import io.sendwell.maildomain.entity.DomainName;
import io.sendwell.platform.entity.InvalidInputException;

import java.util.regex.Pattern;

/**
 * An addr-spec (local@domain). The domain is IDN-normalised; the local part must be ASCII
 * because SES does not accept SMTPUTF8 local parts, and we would rather refuse up front than
 * have SES reject the message later.
 */
public record EmailAddress(String localPart, DomainName domain) {

    /** RFC 5322 dot-atom: atext characters separated by single dots. */
    private static final Pattern DOT_ATOM = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

    public static EmailAddress of(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidInputException("email address is required");
        }
        String value = input.strip();
        if (value.chars().anyMatch(c -> c == '\r' || c == '\n' || Character.isISOControl(c))) {
            throw new InvalidInputException("email address must not contain line breaks or control characters");
        }
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1) {
            throw new InvalidInputException("'" + value + "' is not an email address (expected local@domain)");
        }
        String local = value.substring(0, at);
        if (local.length() > 64) {
            throw new InvalidInputException("the local part of '" + value + "' is longer than 64 characters");
        }
        if (!local.chars().allMatch(c -> c < 128)) {
            throw new InvalidInputException("'" + value + "' has a non-ASCII local part; SES cannot send to or from internationalised local parts");
        }
        if (!DOT_ATOM.matcher(local).matches()) {
            throw new InvalidInputException("'" + value + "' has an invalid local part");
        }
        DomainName domain;
        try {
            domain = DomainName.of(value.substring(at + 1));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("'" + value + "' has an invalid domain: " + e.getMessage());
        }
        return new EmailAddress(local, domain);
    }

    public String asString() {
        return localPart + "@" + domain.asString();
    }

    /** Comparisons and suppression keys ignore the case of the whole address, as SES does. */
    public String normalised() {
        return asString().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return asString();
    }
}
