package io.sendwell.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Demo tenants for the local run (sendwell.demo-data=true), seeded once into an empty database
 * so that a new user has something to look at. Never enabled by default.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "sendwell.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoTenants seeder;

    @Resource
    TimerService timers;

    private int attempts;

    /** Seeded shortly after start-up, not during it: SES (or the simulator beside us) may not be up yet. */
    @PostConstruct
    void schedule() {
        if (enabled) {
            timers.createSingleActionTimer(2000, new TimerConfig("demo-data", false));
        }
    }

    @Timeout
    void seedOrRetry() {
        try {
            seeder.seed();
        } catch (RuntimeException e) {
            if (++attempts < 10) {
                LOG.info("Demo data not seeded yet (" + e.getMessage() + "); retrying in 3 s");
                timers.createSingleActionTimer(3000, new TimerConfig("demo-data", false));
            } else {
                LOG.log(Level.WARNING, "Demo data could not be seeded", e);
            }
        }
    }

}
