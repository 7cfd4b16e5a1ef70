package io.sendwell.platform.control;

import java.util.Optional;

/**
 * A production server that opens the messaging engine's remote port ({@code SENDWELL_JMS_REMOTE=true})
 * needs the legacy clients' password ({@code SENDWELL_JMS_PASSWORD}) and Sendwell's own
 * ({@code SENDWELL_JMS_SERVER_PASSWORD}: messaging security authenticates in-process connections too)
 * from the environment, no configuration file gives them one, and a keystore for the TLS-only port,
 * also behind a TLS-terminating HTTP proxy, which does not carry JMS (decision 0015). Liberty would
 * otherwise start a port guarded by a password published in this repository, or one nobody can use.
 * Any value but true or false is refused in every mode: it would silently keep the port closed.
 */
public final class JmsRemoteRule {

    public static final String REMOTE_VARIABLE = "SENDWELL_JMS_REMOTE";
    public static final String PASSWORD_VARIABLE = "SENDWELL_JMS_PASSWORD";
    public static final String SERVER_PASSWORD_VARIABLE = "SENDWELL_JMS_SERVER_PASSWORD";
    /** The local server's messaging passwords (ses/simulator.xml). */
    static final String DEVELOPMENT_DEFAULT = "sendwell-local-jms";
    static final String SERVER_DEVELOPMENT_DEFAULT = "sendwell-local-jms-server";
    static final int MINIMUM_LENGTH = 12;

    private JmsRemoteRule() {
    }

    /**
     * Why this server may not start; empty when it may.
     *
     * @param remote the value of {@code SENDWELL_JMS_REMOTE} (null: unset, the port stays closed)
     * @param password the value of {@code SENDWELL_JMS_PASSWORD}, null when unset
     * @param serverPassword the value of {@code SENDWELL_JMS_SERVER_PASSWORD}, null when unset
     * @param keystorePassword the value of {@code SENDWELL_KEYSTORE_PASSWORD}, null when unset
     */
    public static Optional<String> problemWith(DeploymentMode mode, String remote, String password, String serverPassword,
                                               String keystorePassword) {
        if (remote != null && !remote.equals("true") && !remote.equals("false")) {
            return Optional.of(REMOTE_VARIABLE + " must be true or false (lower case); it is something else, "
                    + "and the remote JMS port would stay closed without saying so.");
        }
        if (mode == DeploymentMode.LOCAL || !"true".equals(remote)) {
            return Optional.empty();
        }
        Optional<String> weak = weakness(PASSWORD_VARIABLE, password, DEVELOPMENT_DEFAULT)
                .or(() -> weakness(SERVER_PASSWORD_VARIABLE, serverPassword, SERVER_DEVELOPMENT_DEFAULT));
        if (weak.isPresent()) {
            return weak;
        }
        if (password.equals(serverPassword)) {
            return Optional.of(REMOTE_VARIABLE + "=true, but " + PASSWORD_VARIABLE + " and " + SERVER_PASSWORD_VARIABLE
                    + " are the same: a legacy client could sign in as Sendwell itself. Give them different values.");
        }
        if (keystorePassword == null || keystorePassword.isBlank()) {
            return Optional.of(REMOTE_VARIABLE + "=true, but remote JMS is served only over TLS and the keystore password "
                    + "(SENDWELL_KEYSTORE_PASSWORD) is not set: set it (also behind an HTTP proxy, which does not carry JMS) "
                    + "or set " + REMOTE_VARIABLE + "=false.");
        }
        return Optional.empty();
    }

    private static Optional<String> weakness(String variable, String password, String developmentDefault) {
        String why = password == null || password.isBlank() ? "is not set"
                : password.equals(developmentDefault) || password.contains("${") ? "is a development default"
                : password.length() < MINIMUM_LENGTH ? "is shorter than " + MINIMUM_LENGTH + " characters" : null;
        return Optional.ofNullable(why).map(w -> REMOTE_VARIABLE + "=true opens remote JMS for legacy clients, but the "
                + "environment variable " + variable + " " + w + ". Set it to at least " + MINIMUM_LENGTH
                + " characters, or set " + REMOTE_VARIABLE + "=false. No configuration file may give it a default.");
    }
}
