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
import java.util.logging.Logger;

/**
 * The outbox table is the truth, the {@link DispatchQueue} only a fast path: this timer offers
 * QUEUED messages that are overdue by more than a grace period and that this server does not hold
 * — after a restart (everything QUEUED), after a crash of the server that accepted them, or after
 * a retry whose timer was lost. Offering a message twice is harmless: the claim lets one through.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSweeper {

    private static final Logger LOG = Logger.getLogger(OutboxSweeper.class.getName());
    private static final int BATCH = 2000;

    @Inject
    Outbox outbox;

    @Inject
    DispatchQueue queue;

    @Inject
    SendChecks checks;

    @Inject
    AccountQuotas quotas;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "sendwell.dispatch.sweep-seconds", defaultValue = "15")
    long sweepSeconds;

    @Inject
    @ConfigProperty(name = "sendwell.dispatch.sweep-grace-seconds", defaultValue = "30")
    long graceSeconds;

    @Inject
    @ConfigProperty(name = "sendwell.dispatch.unknown-outcome-seconds", defaultValue = "600")
    long unknownOutcomeSeconds;

    private volatile boolean started;

    @PostConstruct
    void schedule() {
        // the first sweep soon after start-up takes over everything QUEUED, without grace
        timers.createIntervalTimer(1000, sweepSeconds * 1000, new TimerConfig("outbox-sweep", false));
    }

    @Timeout
    void sweep() {
        Duration grace = started ? Duration.ofSeconds(graceSeconds) : Duration.ZERO;
        started = true;
        int offered = 0;
        for (Outbox.Due due : outbox.due(clock.instant().minus(grace), BATCH)) {
            quotas.of(due.region()); // the pacer needs the region's send rate known (after a restart)
            OutboundTicket ticket = new OutboundTicket(due.messageId(), due.tenantId(), due.domainId(), due.mailboxId(), due.region(), due.recipients(),
                    checks.throttleFactor(due.tenantId(), due.domainId(), due.mailboxId()));
            if (queue.offer(ticket)) {
                offered++;
            }
        }
        if (offered > 0) {
            int count = offered;
            LOG.info(() -> "Outbox sweep offered " + count + " overdue QUEUED messages for dispatch");
        }
        settleUnknownOutcomes();
    }

    /**
     * SENDING for longer than any SES call takes, and no SES event moved it on: the server that
     * called SES died before it could record the answer. Decision 0002 says what happens then.
     */
    private void settleUnknownOutcomes() {
        for (String messageId : outbox.sendingSince(clock.instant().minusSeconds(unknownOutcomeSeconds), BATCH)) {
            outbox.settleUnknownOutcome(messageId).ifPresent(due -> {
                LOG.warning(() -> "Message " + messageId + " was SENDING for over " + unknownOutcomeSeconds
                        + " s with no SES event: sending it again once (flagged)");
                quotas.of(due.region());
                queue.offer(new OutboundTicket(due.messageId(), due.tenantId(), due.domainId(), due.mailboxId(), due.region(), due.recipients(),
                        checks.throttleFactor(due.tenantId(), due.domainId(), due.mailboxId())));
            });
        }
    }
}
