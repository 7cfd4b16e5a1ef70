package io.sendwell.maildomain.entity;

import io.sendwell.platform.entity.InvalidInputException;

import java.net.IDN;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A fully qualified DNS domain name, IDN-normalised to lower-case ASCII (punycode), because that
 * is the form SES identities and DNS records use. {@link #unicode()} gives the human form.
 */
public record DomainName(String asString) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TLD = Pattern.compile("(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})");
    /**
     * RFC 6761 names that can never receive mail. ".test" and ".example" stay allowed: they are
     * reserved precisely for tests and demos, which is how the offline simulator is used.
     */
    private static final Set<String> RESERVED_TLDS = Set.of("invalid", "localhost", "local", "onion", "arpa", "internal");

    public DomainName {
        if (asString == null) {
            throw new InvalidInputException("domain name is required");
        }
    }

    public static DomainName of(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidInputException("domain name is required");
        }
        String trimmed = input.strip();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String ascii;
        try {
            ascii = IDN.toASCII(trimmed, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("'" + input + "' is not a valid domain name: " + e.getMessage());
        }
        if (ascii.length() > 253) {
            throw new InvalidInputException("domain name '" + input + "' is longer than 253 characters");
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            throw new InvalidInputException("'" + input + "' is not a fully qualified domain name (e.g. example.com)");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidInputException("'" + input + "' is not a valid domain name: bad label '" + label + "'");
            }
        }
        String tld = labels[labels.length - 1];
        if (!TLD.matcher(tld).matches()) {
            throw new InvalidInputException("'" + input + "' has an invalid top-level domain '" + tld + "'");
        }
        if (RESERVED_TLDS.contains(tld)) {
            throw new InvalidInputException("'" + input + "' uses the reserved top-level domain '." + tld + "', which cannot receive mail");
        }
        return new DomainName(ascii);
    }

    public String unicode() {
        return IDN.toUnicode(asString);
    }

    /** True when this name is {@code other} or a subdomain of it. */
    public boolean isWithin(DomainName other) {
        return asString.equals(other.asString) || asString.endsWith("." + other.asString);
    }

    public boolean isStrictSubdomainOf(DomainName other) {
        return asString.endsWith("." + other.asString);
    }

    @Override
    public String toString() {
        return asString;
    }
}
