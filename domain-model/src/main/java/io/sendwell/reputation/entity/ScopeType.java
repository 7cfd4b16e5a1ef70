package io.sendwell.reputation.entity;

import io.sendwell.platform.entity.InvalidInputException;
import java.util.Locale;

/** What a reputation counter and an enforcement state belong to, narrowest first. */
public enum ScopeType {
    MAILBOX, DOMAIN, TENANT, ACCOUNT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ScopeType of(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("scope type must be mailbox, domain, tenant or account, was '" + value + "'");
        }
    }
}
