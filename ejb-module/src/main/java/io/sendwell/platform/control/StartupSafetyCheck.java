package io.sendwell.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Refuses to start a server that is not the local simulator with the default or a weak operator
 * password, or (when it serves HTTPS itself) without a keystore password from the environment:
 * throwing from a start-up singleton stops the application from coming up, so nobody can sign in
 * with {@code admin}/{@code change-me-now} or over a TLS key protected by a published password, and
 * remote JMS opens only with a messaging password of its own ({@link JmsRemoteRule}).
 * The schema migration waits for this check.
 */
@Singleton
@Startup
public class StartupSafetyCheck {

    private static final Logger LOG = Logger.getLogger(StartupSafetyCheck.class.getName());

    @Inject
    @ConfigProperty(name = "sendwell.mode", defaultValue = "production")
    String mode;

    @Inject
    @ConfigProperty(name = "sendwell.admin.password")
    String adminPassword;

    /** https (tls/https.xml) or proxy (tls/proxy.xml); production servers get it from ses/aws.xml. */
    @Inject
    @ConfigProperty(name = "sendwell.tls")
    Optional<String> tls;

    @PostConstruct
    void check() {
        DeploymentMode deployment = DeploymentMode.of(mode);
        AdminPasswordRule.problemWith(deployment, adminPassword).ifPresent(StartupSafetyCheck::refuse);
        // The same variable Liberty's keystore reads (${env.SENDWELL_KEYSTORE_PASSWORD}), not MicroProfile Config.
        KeystorePasswordRule.problemWith(deployment, tls.orElse(null), System.getenv(KeystorePasswordRule.ENVIRONMENT_VARIABLE))
                .ifPresent(StartupSafetyCheck::refuse);
        // Liberty's own variables (${env.SENDWELL_JMS_*}), read from the environment like the keystore's
        JmsRemoteRule.problemWith(deployment, System.getenv(JmsRemoteRule.REMOTE_VARIABLE),
                        System.getenv(JmsRemoteRule.PASSWORD_VARIABLE), System.getenv(JmsRemoteRule.SERVER_PASSWORD_VARIABLE),
                        System.getenv(KeystorePasswordRule.ENVIRONMENT_VARIABLE))
                .ifPresent(StartupSafetyCheck::refuse);
        LOG.info(() -> "Sendwell runs in " + deployment.name().toLowerCase(java.util.Locale.ROOT) + " mode"
                + tls.map(t -> " (tls " + t + ")").orElse(""));
    }

    private static void refuse(String problem) {
        LOG.severe("Sendwell will not start: " + problem);
        throw new IllegalStateException(problem);
    }
}
