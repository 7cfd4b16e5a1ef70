package io.sendwell.maildomain.dns;

import java.util.Locale;

/** An SPF modifier such as {@code redirect=_spf.example.com}; unknown modifiers are kept and ignored. */
public record SpfModifier(String name, String value, String text) implements SpfTerm {

    static SpfModifier parse(String text) {
        int equals = text.indexOf('=');
        String name = text.substring(0, equals).toLowerCase(Locale.ROOT);
        String value = text.substring(equals + 1);
        if (!name.matches("[a-z][a-z0-9_.-]*")) {
            throw new MalformedRecordException("'" + text + "' is not a valid SPF modifier");
        }
        if ((isRedirect(name) || name.equals("exp")) && value.isBlank()) {
            throw new MalformedRecordException("'" + text + "' needs a domain after the equals sign");
        }
        if (isRedirect(name) || name.equals("exp")) {
            SpfMechanism.requireDomainSpec(value, text);
        }
        return new SpfModifier(name, value, text);
    }

    public boolean isRedirect() {
        return isRedirect(name);
    }

    @Override
    public boolean queriesDns() {
        return isRedirect();
    }

    private static boolean isRedirect(String name) {
        return name.equals("redirect");
    }
}
