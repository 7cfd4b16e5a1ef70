package io.sendwell.maildomain.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls SES for every PENDING domain until it is VERIFIED (or FAILED). Each domain is checked in
 * its own transaction so that one domain's SES error does not hold up the others.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DomainVerificationPoller {

    private static final Logger LOG = Logger.getLogger(DomainVerificationPoller.class.getName());

    @Resource
    TimerService timers;

    @Inject
    MailDomainService domains;

    @Inject
    @ConfigProperty(name = "sendwell.domains.verification-poll-seconds", defaultValue = "60")
    long pollSeconds;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(pollSeconds * 1000, pollSeconds * 1000, new TimerConfig("domain-verification", false));
    }

    @Timeout
    void poll() {
        for (String domainId : domains.pendingDomainIds()) {
            try {
                domains.refreshVerification(domainId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not check SES verification of domain " + domainId + ": " + e.getMessage());
            }
        }
    }
}
