package io.sendwell.maildomain.dns;

/** The result a matching SPF mechanism yields (RFC 7208 section 4.6.2). */
public enum SpfQualifier {
    PASS('+'), FAIL('-'), SOFTFAIL('~'), NEUTRAL('?');

    private final char symbol;

    SpfQualifier(char symbol) {
        this.symbol = symbol;
    }

    public char symbol() {
        return symbol;
    }

    static SpfQualifier ofSymbol(char symbol) {
        for (SpfQualifier qualifier : values()) {
            if (qualifier.symbol == symbol) {
                return qualifier;
            }
        }
        return null;
    }
}
