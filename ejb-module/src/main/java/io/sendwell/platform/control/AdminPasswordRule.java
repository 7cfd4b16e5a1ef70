package io.sendwell.platform.control;

import java.util.Optional;

/**
 * The configured platform operator's password must not be the shipped default, nor short,
 * anywhere but on the local simulator: it opens the REST API (HTTP Basic) and the console for
 * every tenant.
 */
public final class AdminPasswordRule {

    /** The value in microprofile-config.properties, so that {@code ./run.sh} works out of the box. */
    static final String SHIPPED_DEFAULT = "change-me-now";
    static final int MINIMUM_LENGTH = 12;

    private AdminPasswordRule() {
    }

    /** Why this password may not be used in this mode; empty when it may. Never repeats the password. */
    public static Optional<String> problemWith(DeploymentMode mode, String password) {
        if (mode == DeploymentMode.LOCAL) {
            return Optional.empty();
        }
        if (password == null || password.equals(SHIPPED_DEFAULT)) {
            return Optional.of(refusal("is the shipped default"));
        }
        if (password.length() < MINIMUM_LENGTH) {
            return Optional.of(refusal("is shorter than " + MINIMUM_LENGTH + " characters"));
        }
        return Optional.empty();
    }

    private static String refusal(String why) {
        return "The platform administrator password (sendwell.admin.password) " + why + ". Set "
                + "SENDWELL_ADMIN_PASSWORD (or the server.xml variable sendwell.admin.password) to a secret of at least "
                + MINIMUM_LENGTH + " characters; only sendwell.mode=local (the SES simulator) accepts the default.";
    }
}
