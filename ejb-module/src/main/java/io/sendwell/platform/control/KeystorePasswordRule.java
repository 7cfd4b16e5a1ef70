package io.sendwell.platform.control;

import java.util.Optional;

/**
 * A production server that terminates TLS itself must get its keystore password from the
 * environment ({@code SENDWELL_KEYSTORE_PASSWORD}): no configuration file gives it a default, and
 * Liberty would otherwise open the keystore with the unresolved text {@code ${env...}} or the
 * development password of {@code ses/simulator.xml}, both of which anyone can read in this repository.
 * Behind a TLS-terminating proxy ({@code sendwell.tls=proxy}) the server has no HTTPS port of its own.
 */
public final class KeystorePasswordRule {

    public static final String ENVIRONMENT_VARIABLE = "SENDWELL_KEYSTORE_PASSWORD";
    /** The password of the local server's generated keystore (ses/simulator.xml). */
    static final String DEVELOPMENT_DEFAULT = "sendwell-local-keystore";
    static final int MINIMUM_LENGTH = 12;

    private KeystorePasswordRule() {
    }

    /**
     * Why this server may not start with this keystore password; empty when it may.
     *
     * @param tls {@code https} (tls/https.xml), {@code proxy} (tls/proxy.xml) or null: unset counts as https
     * @param password the value of {@code SENDWELL_KEYSTORE_PASSWORD}, null when it is not set
     */
    public static Optional<String> problemWith(DeploymentMode mode, String tls, String password) {
        if (mode == DeploymentMode.LOCAL || (tls != null && tls.strip().equalsIgnoreCase("proxy"))) {
            return Optional.empty();
        }
        if (password == null || password.isBlank()) {
            return Optional.of(refusal("is not set"));
        }
        if (password.equals(DEVELOPMENT_DEFAULT) || password.contains("${")) {
            return Optional.of(refusal("is a development default"));
        }
        if (password.length() < MINIMUM_LENGTH) {
            return Optional.of(refusal("is shorter than " + MINIMUM_LENGTH + " characters"));
        }
        return Optional.empty();
    }

    private static String refusal(String why) {
        return "The keystore password (environment variable " + ENVIRONMENT_VARIABLE + ") " + why
                + ". This server serves HTTPS itself (tls.mode=https): set " + ENVIRONMENT_VARIABLE
                + " to the password of resources/security/key.p12 (at least " + MINIMUM_LENGTH
                + " characters; a new keystore is created with it), or run behind a TLS-terminating proxy "
                + "with tls.mode=proxy. No configuration file may give it a default.";
    }
}
