package io.sendwell.maildomain.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import io.sendwell.maildomain.control.OnboardingConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls SES for every PENDING domain until it is VERIFIED (or FAILED), and re-checks VERIFIED
 * domains with the DNS doctor once per re-check interval. Each domain is checked in its own
 * transaction so that one domain's SES or DNS error does not hold up the others. The re-check
 * timer fires more often than the interval and picks the domains that are due, so a server that
 * restarts more often than the interval still re-checks every domain.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DomainVerificationPoller {

    private static final String VERIFICATION = "domain-verification";
    private static final String DNS_RECHECK = "domain-dns-recheck";
    private static final Logger LOG = Logger.getLogger(DomainVerificationPoller.class.getName());

    @Resource
    TimerService timers;

    @Inject
    MailDomainService domains;

    @Inject
    @ConfigProperty(name = "sendwell.domains.verification-poll-seconds", defaultValue = "60")
    long pollSeconds;

    @Inject
    DomainDnsService dns;

    @Inject
    OnboardingConfig config;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(pollSeconds * 1000, pollSeconds * 1000, new TimerConfig(VERIFICATION, false));
        long recheckMillis = Math.min(config.recheckInterval().toMillis(), Duration.ofHours(1).toMillis());
        timers.createIntervalTimer(recheckMillis, recheckMillis, new TimerConfig(DNS_RECHECK, false));
    }

    @Timeout
    void onTimer(Timer timer) {
        if (DNS_RECHECK.equals(timer.getInfo())) {
            recheckDns();
        } else {
            poll();
        }
    }

    private void recheckDns() {
        for (String domainId : dns.dueForRecheck(config.recheckInterval())) {
            try {
                dns.recheck(domainId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not re-check DNS of domain " + domainId + ": " + e.getMessage());
            }
        }
    }

    private void poll() {
        for (String domainId : domains.pendingDomainIds()) {
            try {
                domains.refreshVerification(domainId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not check SES verification of domain " + domainId + ": " + e.getMessage());
            }
        }
    }
}
