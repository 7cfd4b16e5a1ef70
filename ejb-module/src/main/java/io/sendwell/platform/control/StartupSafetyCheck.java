package io.sendwell.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * Refuses to start a server that is not the local simulator with the default or a weak operator
 * password: throwing from a start-up singleton stops the application from coming up, so nobody
 * can sign in with {@code admin}/{@code change-me-now}. The schema migration waits for this check.
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

    @PostConstruct
    void check() {
        DeploymentMode deployment = DeploymentMode.of(mode);
        AdminPasswordRule.problemWith(deployment, adminPassword).ifPresent(problem -> {
            LOG.severe("Sendwell will not start: " + problem);
            throw new IllegalStateException(problem);
        });
        LOG.info(() -> "Sendwell runs in " + deployment.name().toLowerCase(java.util.Locale.ROOT) + " mode");
    }
}
