package io.sendwell.sending.control;

import io.sendwell.sending.entity.SendRefusedException;
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

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The SES account's quota per region (GetAccount), cached and refreshed on a timer so that
 * neither the send path nor the pacer calls SES for it. Until SES has answered, the sandbox's
 * conservative quota applies; a failed GetAccount is remembered for a while so that an SES outage
 * does not make every caller wait for its own network timeout.
 *
 * <p>The 24-hour quota is checked here, in memory, not with a counter row: every accepted message
 * would otherwise lock the same row and serialise the whole platform. SES's own figure
 * (SentLast24Hours) plus what this server accepted since the last refresh is a close estimate, and
 * SES itself refuses what goes beyond its quota (the dispatcher retries those later). Tenant,
 * domain and mailbox limits stay exact (see {@link DailyCounters}).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountQuotas {

    private static final Logger LOG = Logger.getLogger(AccountQuotas.class.getName());
    private static final Duration FAILURE_MEMORY = Duration.ofSeconds(30);

    private final Map<String, AccountQuota> quotas = new ConcurrentHashMap<>();
    private final Map<String, Long> failedAt = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> acceptedSinceRefresh = new ConcurrentHashMap<>();
    private final Map<String, Long> refreshedAt = new ConcurrentHashMap<>();
    private static final Duration FRESH = Duration.ofSeconds(1);

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
        if (known != null) {
            return known;
        }
        Long failed = failedAt.get(region);
        if (failed != null && System.nanoTime() - failed < FAILURE_MEMORY.toNanos()) {
            return AccountQuota.unknown(region);
        }
        return refresh(region);
    }

    /** The last known quota, or the conservative default; never calls SES. */
    public AccountQuota cached(String region) {
        AccountQuota known = quotas.get(region);
        return known != null ? known : AccountQuota.unknown(region);
    }

    /**
     * Counts {@code recipients} against the region's 24-hour quota, or refuses (429) when SES's
     * count plus what was accepted since would go beyond it.
     */
    public void admit(String region, int recipients) {
        if (fits(of(region), region, recipients)) {
            return;
        }
        // Refuse a customer's send on fresh figures only: the quota may have been raised since the
        // last refresh. At most one extra GetAccount per region and second.
        Long refreshed = refreshedAt.get(region);
        if ((refreshed == null || System.nanoTime() - refreshed > FRESH.toNanos()) && fits(refresh(region), region, recipients)) {
            return;
        }
        throw new SendRefusedException(SendRefusedException.Reason.LIMIT_REACHED,
                "the SES account's 24-hour quota in " + region + " of " + (long) cached(region).max24HourSend()
                        + " messages is reached; it frees up as the sends of 24 hours ago age out", secondsUntilUtcMidnight());
    }

    private boolean fits(AccountQuota quota, String region, int recipients) {
        if (quota.max24HourSend() <= 0) {
            return true; // unlimited
        }
        AtomicLong accepted = acceptedSinceRefresh.computeIfAbsent(region, r -> new AtomicLong());
        if ((long) quota.sentLast24Hours() + accepted.addAndGet(recipients) <= quota.max24HourSend()) {
            return true;
        }
        accepted.addAndGet(-recipients);
        return false;
    }

    /** Gives back what {@link #admit} counted for a send that did not commit. */
    public void release(String region, int recipients) {
        AtomicLong accepted = acceptedSinceRefresh.get(region);
        if (accepted != null) {
            accepted.addAndGet(-recipients);
        }
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
            refreshedAt.put(region, System.nanoTime());
            failedAt.remove(region);
            acceptedSinceRefresh.computeIfAbsent(region, r -> new AtomicLong()).set(0);
            return quota;
        } catch (RuntimeException e) {
            failedAt.put(region, System.nanoTime());
            LOG.log(Level.WARNING, "GetAccount failed for " + region + "; keeping the last known quota: " + e.getMessage());
            return quotas.getOrDefault(region, AccountQuota.unknown(region));
        }
    }

    private static long secondsUntilUtcMidnight() {
        var now = java.time.Instant.now();
        var midnight = LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return Math.max(1, Duration.between(now, midnight).toSeconds());
    }
}
