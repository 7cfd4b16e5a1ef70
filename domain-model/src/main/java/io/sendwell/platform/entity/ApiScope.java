package io.sendwell.platform.entity;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What an API key may do. A key that sends mail from a web shop should not be able to mint keys
 * or lift suppressions if it leaks, so {@link #MANAGE} is only granted when asked for.
 * Operators and console users are not limited by scopes.
 */
public enum ApiScope {
    /** POST /messages (and the JMS send queue). */
    SEND,
    /** Every GET. */
    READ,
    /** Changes to the tenant's keys, domains, mailboxes and suppressions. */
    MANAGE;

    private static final Set<ApiScope> FOR_NEW_KEYS = Collections.unmodifiableSet(EnumSet.of(SEND, READ));
    private static final String NAMES = "send, read, manage";

    public static ApiScope of(String name) {
        for (ApiScope scope : values()) {
            if (name != null && scope.asString().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return scope;
            }
        }
        throw new InvalidInputException("unknown API key scope '" + name + "': use " + NAMES);
    }

    /** The scopes of a new key: those named, or send and read when none are named. */
    public static Set<ApiScope> requested(Collection<String> names) {
        if (names == null) {
            return FOR_NEW_KEYS;
        }
        if (names.isEmpty()) {
            throw new InvalidInputException("an API key needs at least one scope (" + NAMES + "); omit scopes for send and read");
        }
        EnumSet<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        names.forEach(name -> scopes.add(of(name)));
        return Collections.unmodifiableSet(scopes);
    }

    public String asString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
