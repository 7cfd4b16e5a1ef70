package io.sendwell.reputation.boundary;

import io.sendwell.platform.control.Caller;
import io.sendwell.platform.control.DeadlockRetry;
import io.sendwell.reputation.control.FeedbackWindows;
import io.sendwell.reputation.control.ReputationCounters;
import io.sendwell.reputation.control.ReputationWindows;
import io.sendwell.reputation.entity.AccountRisk;
import io.sendwell.reputation.entity.EnforcementState;
import io.sendwell.reputation.entity.ReputationCounts;
import io.sendwell.reputation.entity.ReputationScope;
import io.sendwell.reputation.entity.ReputationWindow;
import io.sendwell.reputation.entity.ScopeEnforcement;
import io.sendwell.reputation.entity.ScopeType;
import io.sendwell.tenant.boundary.TenantService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Read views of reputation: what tenants and operators see of rates and enforcement states. */
/**
 * Reads run without a transaction (SUPPORTS): each statement commits at once, so a dashboard
 * never holds read locks while feedback writes the same counters.
 */
@Stateless
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
public class ReputationService {

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    ReputationCounters counters;

    @Inject
    TenantService tenants;

    @Inject
    FeedbackWindows windows;

    @Inject
    Clock clock;

    public record WindowCounts(long sent, long delivered, long hardBounces, long complaints, double bounceRate,
                               double complaintRate) {
        static WindowCounts of(ReputationCounts c) {
            return new WindowCounts(c.sent(), c.delivered(), c.hardBounces(), c.complaints(), c.bounceRate(), c.complaintRate());
        }
    }

    /**
     * One scope: its state, why, and its counts over both windows (counted since any reinstatement).
     * The account's state is its {@link AccountRisk} (LOW, ELEVATED, HIGH, CRITICAL), never PAUSED:
     * Sendwell does not stop the whole account.
     */
    public record ScopeReputation(String scopeType, String scopeId, String tenantId, String state, String reason,
                                  Instant changedAt, Instant countedSince, WindowCounts last24Hours, WindowCounts last7Days) {
    }

    public record TenantReputation(ScopeReputation tenant, List<ScopeReputation> domains, List<ScopeReputation> mailboxes) {
    }

    public record PlatformReputation(ScopeReputation account, List<ScopeReputation> scopes) {
    }

    /** One hour of the sending chart. */
    public record HourCounts(Instant hourStart, long sent, long hardBounces, long complaints) {
    }

    /**
     * Sends (recipients SES accepted), hard bounces and complaints per hour over the last 24 hours,
     * every hour present (zeros too), oldest first: the whole account for an operator, the own
     * tenant for a tenant admin. Read from the hourly reputation counters, which feedback already
     * keeps per scope, so the chart costs 24 rows however much mail was sent.
     */
    public List<HourCounts> last24HoursByHour(Caller caller) {
        ReputationScope scope = caller.isPlatformAdmin() ? ReputationScope.ACCOUNT : ReputationScope.tenant(caller.tenantId());
        Instant firstHour = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS).minus(java.time.Duration.ofHours(23));
        Map<Instant, HourCounts> hours = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 24; i++) {
            Instant hour = firstHour.plus(java.time.Duration.ofHours(i));
            hours.put(hour, new HourCounts(hour, 0, 0, 0));
        }
        DeadlockRetry.read(() -> counters.hourly(scope, firstHour)).forEach(row -> {
            Instant hour = ((java.sql.Timestamp) row[0]).toInstant();
            hours.put(hour, new HourCounts(hour, ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue()));
        });
        return List.copyOf(hours.values());
    }

    /**
     * The feedback windows this server is using, fullest first: every sender's for an operator,
     * the own tenant's for a tenant admin (decision 0014).
     */
    public List<FeedbackWindows.ScopeView> feedbackWindows(Caller caller) {
        return windows.view().stream()
                .filter(v -> caller.isPlatformAdmin() || caller.tenantId().equals(v.tenantId()))
                .toList();
    }

    public TenantReputation ofTenant(Caller caller, String tenantId) {
        tenants.get(caller, tenantId);
        return DeadlockRetry.read(() -> readTenant(tenantId));
    }

    private TenantReputation readTenant(String tenantId) {
        Map<String, ScopeEnforcement> states = new HashMap<>();
        em.createNamedQuery(ScopeEnforcement.OF_TENANT, ScopeEnforcement.class).setParameter("tenantId", tenantId)
                .getResultList().forEach(s -> states.put(s.scope().key(), s));
        TreeMap<String, ReputationScope> scopes = new TreeMap<>();
        scopes.put(ReputationScope.tenant(tenantId).key(), ReputationScope.tenant(tenantId));
        counters.scopeKeysOfTenant(tenantId).forEach(key -> scopes.put(key, ReputationScope.ofKey(key)));
        states.keySet().forEach(key -> scopes.put(key, ReputationScope.ofKey(key)));
        Instant now = clock.instant();
        List<ScopeReputation> domains = new ArrayList<>();
        List<ScopeReputation> mailboxes = new ArrayList<>();
        ScopeReputation tenant = null;
        for (ReputationScope scope : scopes.values()) {
            ScopeReputation view = view(scope, tenantId, states.get(scope.key()), now);
            switch (scope.type()) {
                case TENANT -> tenant = view;
                case DOMAIN -> domains.add(view);
                case MAILBOX -> mailboxes.add(view);
                case ACCOUNT -> { }
            }
        }
        return new TenantReputation(tenant, domains, mailboxes);
    }

    public PlatformReputation ofPlatform(Caller caller) {
        caller.requirePlatformAdmin("see the reputation of the whole platform");
        return DeadlockRetry.read(this::readPlatform);
    }

    private PlatformReputation readPlatform() {
        Map<String, ScopeEnforcement> states = new HashMap<>();
        em.createNamedQuery(ScopeEnforcement.ALL, ScopeEnforcement.class).getResultList()
                .forEach(s -> states.put(s.scope().key(), s));
        TreeMap<String, String> tenantOfScope = new TreeMap<>();
        counters.allScopes().forEach(row -> tenantOfScope.put((String) row[0], (String) row[1]));
        states.values().forEach(s -> tenantOfScope.putIfAbsent(s.scope().key(), s.tenantId()));
        Instant now = clock.instant();
        List<ScopeReputation> scopes = new ArrayList<>();
        tenantOfScope.forEach((key, tenantId) -> {
            if (!key.equals(ReputationScope.ACCOUNT.key())) {
                scopes.add(view(ReputationScope.ofKey(key), tenantId, states.get(key), now));
            }
        });
        return new PlatformReputation(view(ReputationScope.ACCOUNT, null, states.get(ReputationScope.ACCOUNT.key()), now), scopes);
    }

    private ScopeReputation view(ReputationScope scope, String tenantId, ScopeEnforcement state, Instant now) {
        Instant since = state == null ? null : state.countedSince();
        ReputationCounts day = counters.since(scope, ReputationWindows.start(ReputationWindow.LAST_24_HOURS, now, since));
        ReputationCounts week = counters.since(scope, ReputationWindows.start(ReputationWindow.LAST_7_DAYS, now, since));
        EnforcementState level = state == null ? EnforcementState.HEALTHY : state.state();
        return new ScopeReputation(scope.type().wireName(), scope.id(), tenantId,
                scope.type() == ScopeType.ACCOUNT ? AccountRisk.of(level).name() : level.name(),
                state == null ? null : state.reason(), state == null ? null : state.changedAt(), since,
                WindowCounts.of(day), WindowCounts.of(week));
    }

}
