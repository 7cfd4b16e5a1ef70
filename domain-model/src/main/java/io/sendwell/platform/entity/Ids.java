package io.sendwell.platform.entity;

import java.util.UUID;

/**
 * Identifiers are random UUID strings assigned by the application: they are safe to show in
 * URLs (not guessable, unlike sequences) and portable across Derby and PostgreSQL.
 */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
