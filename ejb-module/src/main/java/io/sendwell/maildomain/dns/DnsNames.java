package io.sendwell.maildomain.dns;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Host-name rules shared by the records, the lookups and the doctor. */
final class DnsNames {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9-]{0,61}[a-z0-9])?");

    /** RFC 7208 7.1 macro-expand: %{letter digits r delimiters}, %%, %_ and %-. */
    private static final Pattern MACRO = Pattern.compile("%\\{[slodiphcrtvSLODIPHCRTV]\\d*[rR]?[.\\-+,/_=]*}|%[%_-]");
    /** RFC 7208 toplabel: letters, digits and inner hyphens, not all digits (so no IP address). */
    private static final Pattern TOP_LABEL = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?");
    private static final Pattern VISIBLE = Pattern.compile("[\\x21-\\x7e]+");

    private DnsNames() {
    }

    /** DNS names compare case-insensitively and resolvers hand them back with a trailing dot. */
    static String normalize(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    static String requireHostName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String normalized = normalize(name);
        if (normalized.length() > 253 || !normalized.contains(".")) {
            throw new IllegalArgumentException(what + " is not a fully qualified host name: " + name);
        }
        for (String label : normalized.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException(what + " has an invalid label '" + label + "': " + name);
            }
        }
        return normalized;
    }

    /** True for a proper subdomain; the domain itself does not count. */
    static boolean isSubdomainOf(String candidate, String domain) {
        return normalize(candidate).endsWith("." + normalize(domain));
    }

    /**
     * Why an SPF domain-spec (the target of include, a, mx, ptr, exists, redirect, exp) cannot be
     * looked up, or empty when it can. Names come from tenants' records, so a bad one is a finding
     * about the record, never a reason for the check itself to fail. Macros are expanded only by
     * receivers; here each stands for one unknown label.
     */
    static Optional<String> domainSpecProblem(String spec) {
        boolean macros = spec.contains("%");
        String name = macros ? MACRO.matcher(spec).replaceAll("x") : spec;
        if (name.contains("%")) {
            return Optional.of("it has a broken macro (a % must start %{...}, %%, %_ or %-)");
        }
        if (!VISIBLE.matcher(name).matches()) {
            return Optional.of("it contains spaces or control characters");
        }
        name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (name.length() > 253) {
            return Optional.of("it is longer than 253 characters");
        }
        String[] labels = name.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty()) {
                return Optional.of("it has an empty label (a leading dot or two dots in a row)");
            }
            if (label.length() > 63) {
                return Optional.of("a label is longer than 63 characters");
            }
        }
        if (macros) {
            return Optional.empty(); // the expansion decides the rest
        }
        if (labels.length < 2 || !TOP_LABEL.matcher(labels[labels.length - 1]).matches()) {
            return Optional.of("it is not a fully qualified domain name (an IP address belongs in ip4: or ip6:)");
        }
        return Optional.empty();
    }
}
