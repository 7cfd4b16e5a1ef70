package io.sendwell.platform.control;

import java.util.Locale;

/**
 * Where this server runs ({@code sendwell.mode}). Only {@code ses/simulator.xml} sets LOCAL; a
 * server that says nothing is PRODUCTION, so forgetting the setting can only make it stricter.
 */
public enum DeploymentMode {
    /** The offline SES simulator beside the EAR: development and the integration tests. */
    LOCAL,
    /** Real SES and real users. */
    PRODUCTION;

    public static DeploymentMode of(String value) {
        if (value == null || value.isBlank()) {
            return PRODUCTION;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // A typo must not quietly pick either mode.
            throw new IllegalArgumentException("sendwell.mode must be 'local' or 'production', not '" + value + "'", e);
        }
    }
}
