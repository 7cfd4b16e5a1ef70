package io.sendwell.sending.boundary;

import io.sendwell.sending.control.AccountQuota;
import io.sendwell.sending.control.MailSender;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The SES account's quota per region (GetAccount), cached and refreshed on a timer so that
 * neither the send path nor the pacer calls SES for it. Until SES has answered, the sandbox's
 * conservative quota applies.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountQuotas {

    private static final Logger LOG = Logger.getLogger(AccountQuotas.class.getName());

    private final Map<String, AccountQuota> quotas = new ConcurrentHashMap<>();

    @Inject
    MailSender sender;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "sendwell.ses.quota-refresh-seconds", defaultValue = "60")
    long refreshSeconds;

    @Inject
    @ConfigProperty(name = "sendwell.tenant.default-region", defaultValue = "us-east-1")
    String defaultRegion;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(refreshSeconds * 1000, refreshSeconds * 1000, new TimerConfig("quota-refresh", false));
    }

    public AccountQuota of(String region) {
        AccountQuota known = quotas.get(region);
        return known != null ? known : refresh(region);
    }

    public Map<String, AccountQuota> all() {
        return Map.copyOf(quotas);
    }

    /** For the console: every region asked about so far, or at least the default region's quota. */
    public Map<String, AccountQuota> allOrDefault() {
        if (quotas.isEmpty()) {
            of(defaultRegion);
        }
        return new java.util.TreeMap<>(quotas);
    }

    @Timeout
    void refreshAll() {
        quotas.keySet().forEach(this::refresh);
    }

    private AccountQuota refresh(String region) {
        try {
            AccountQuota quota = sender.accountQuota(region);
            quotas.put(region, quota);
            return quota;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "GetAccount failed for " + region + "; keeping the last known quota: " + e.getMessage());
            return quotas.getOrDefault(region, AccountQuota.unknown(region));
        }
    }
}
