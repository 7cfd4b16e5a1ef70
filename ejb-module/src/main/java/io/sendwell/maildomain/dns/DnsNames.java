package io.sendwell.maildomain.dns;

import java.util.Locale;
import java.util.regex.Pattern;

/** Host-name rules shared by the records, the lookups and the doctor. */
final class DnsNames {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9-]{0,61}[a-z0-9])?");

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
}
