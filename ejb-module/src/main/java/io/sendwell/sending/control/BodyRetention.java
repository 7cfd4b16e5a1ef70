package io.sendwell.sending.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;

/**
 * Every {@code sendwell.sending.body-purge-seconds}, deletes the raw MIME of messages whose last
 * change is older than {@code sendwell.sending.body-retention} (ISO-8601, default 30 days), in
 * batches of their own transaction so a large backlog never holds one long transaction.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BodyRetention {

    private static final Logger LOG = Logger.getLogger(BodyRetention.class.getName());
    private static final int BATCH = 500;
    /** A first run over years of bodies takes several rounds rather than one endless one. */
    private static final int MAX_BATCHES_PER_ROUND = 200;

    @Inject
    MessageBodies bodies;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "sendwell.sending.body-retention", defaultValue = "P30D")
    String retentionSetting;

    @Inject
    @ConfigProperty(name = "sendwell.sending.body-purge-seconds", defaultValue = "3600")
    long purgeSeconds;

    private Duration retention;

    @PostConstruct
    void schedule() {
        retention = retention(retentionSetting);
        timers.createIntervalTimer(purgeSeconds * 1000, purgeSeconds * 1000, new TimerConfig("body-retention", false));
    }

    static Duration retention(String setting) {
        try {
            Duration retention = Duration.parse(setting.strip());
            if (retention.isNegative() || retention.isZero()) {
                throw new IllegalArgumentException("sendwell.sending.body-retention must be positive: " + setting);
            }
            return retention;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("sendwell.sending.body-retention is not an ISO-8601 duration such as P30D or PT12H: "
                    + setting, e);
        }
    }

    @Timeout
    void purge() {
        Instant now = clock.instant();
        int purged = 0;
        for (int round = 0; round < MAX_BATCHES_PER_ROUND; round++) {
            int batch = bodies.purge(now.minus(retention), now, BATCH);
            purged += batch;
            if (batch < BATCH) {
                break;
            }
        }
        if (purged > 0) {
            int count = purged;
            LOG.info(() -> "Deleted the bodies of " + count + " messages older than " + retention + " (their metadata stays)");
        }
    }
}
