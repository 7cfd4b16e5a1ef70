package io.sendwell.maildomain.dns;

import java.util.Locale;

/** An SPF mechanism such as {@code ~all}, {@code include:_spf.google.com} or {@code ip4:192.0.2.0/24}. */
public record SpfMechanism(SpfQualifier qualifier, Kind kind, String argument, String text) implements SpfTerm {

    public enum Kind {
        ALL(false), INCLUDE(true), A(true), MX(true), PTR(true), IP4(false), IP6(false), EXISTS(true);

        private final boolean queriesDns;

        Kind(boolean queriesDns) {
            this.queriesDns = queriesDns;
        }
    }

    static SpfMechanism parse(String text) {
        SpfQualifier explicit = SpfQualifier.ofSymbol(text.charAt(0));
        String body = explicit == null ? text : text.substring(1);
        int separator = indexOfSeparator(body);
        String name = (separator < 0 ? body : body.substring(0, separator)).toLowerCase(Locale.ROOT);
        String argument = separator < 0 ? "" : body.substring(separator + 1);
        Kind kind = kindNamed(name, text);
        boolean colon = separator >= 0 && body.charAt(separator) == ':';
        validateArgument(kind, argument, colon, text);
        return new SpfMechanism(explicit == null ? SpfQualifier.PASS : explicit, kind, argument, text);
    }

    public static SpfMechanism include(String domain) {
        return new SpfMechanism(SpfQualifier.PASS, Kind.INCLUDE, domain, "include:" + domain);
    }

    @Override
    public boolean queriesDns() {
        return kind.queriesDns;
    }

    /** The domain an include points at, compared case-insensitively. */
    public boolean includes(String domain) {
        return kind == Kind.INCLUDE && DnsNames.normalize(argument).equals(DnsNames.normalize(domain));
    }

    private static int indexOfSeparator(String body) {
        int colon = body.indexOf(':');
        int slash = body.indexOf('/');
        if (colon < 0) {
            return slash;
        }
        return slash < 0 ? colon : Math.min(colon, slash);
    }

    private static Kind kindNamed(String name, String text) {
        try {
            return Kind.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("'" + text + "' is not an SPF mechanism");
        }
    }

    private static void validateArgument(Kind kind, String argument, boolean colon, String text) {
        boolean needsDomain = kind == Kind.INCLUDE || kind == Kind.EXISTS;
        boolean needsAddress = kind == Kind.IP4 || kind == Kind.IP6;
        if ((needsDomain || needsAddress) && (argument.isBlank() || !colon)) {
            throw new MalformedRecordException("'" + text + "' needs a value after the colon");
        }
        if (kind == Kind.ALL && !argument.isEmpty()) {
            throw new MalformedRecordException("'" + text + "': all takes no value");
        }
        if (kind == Kind.IP4 && !argument.matches("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?")) {
            throw new MalformedRecordException("'" + text + "' is not a valid IPv4 address or range");
        }
        if (kind == Kind.IP6 && !argument.matches("[0-9A-Fa-f:.]+(/\\d{1,3})?")) {
            throw new MalformedRecordException("'" + text + "' is not a valid IPv6 address or range");
        }
        boolean mayNameDomain = kind == Kind.A || kind == Kind.MX || kind == Kind.PTR;
        if (needsDomain || (mayNameDomain && colon)) {
            // a and mx may end in a CIDR length (a:example.com/24); the domain is what comes before it
            int cidr = kind == Kind.A || kind == Kind.MX ? argument.indexOf('/') : -1;
            requireDomainSpec(cidr < 0 ? argument : argument.substring(0, cidr), text);
        }
    }

    /** A target receivers could not look up makes the whole record a permanent error, so it is malformed. */
    static void requireDomainSpec(String domain, String text) {
        if (domain.isBlank()) {
            throw new MalformedRecordException("'" + text + "' needs a domain after the colon");
        }
        DnsNames.domainSpecProblem(domain).ifPresent(problem -> {
            throw new MalformedRecordException("'" + text + "' does not name a valid domain: " + problem);
        });
    }
}
