package io.sendwell.reputation.boundary;

import io.sendwell.audit.boundary.AuditLog;
import io.sendwell.integration.control.EventsTopic;
import io.sendwell.platform.control.Caller;
import io.sendwell.platform.entity.ConflictException;
import io.sendwell.platform.entity.InvalidInputException;
import io.sendwell.platform.entity.NotFoundException;
import io.sendwell.platform.entity.Page;
import io.sendwell.reputation.control.AccountGuardian;
import io.sendwell.reputation.control.EnforcementEventJson;
import io.sendwell.reputation.control.ReputationCounters;
import io.sendwell.reputation.control.ReputationWindows;
import io.sendwell.reputation.entity.AccountRisk;
import io.sendwell.reputation.entity.EnforcementChange;
import io.sendwell.reputation.entity.EnforcementDecision;
import io.sendwell.reputation.entity.EnforcementState;
import io.sendwell.reputation.entity.ReputationCounts;
import io.sendwell.reputation.entity.ReputationScope;
import io.sendwell.reputation.entity.ReputationWindow;
import io.sendwell.reputation.entity.ScopeEnforcement;
import io.sendwell.reputation.entity.ScopeType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Walks mailboxes, domains and tenants through HEALTHY → WARNING → THROTTLED → PAUSED, and answers
 * the send path's two questions (may it send, how fast). Every transition is stored with its
 * explanation, audited and announced on the events topic, in the transaction that caused it.
 */
@Stateless
public class EnforcementService {

    private static final Caller ENFORCER = Caller.system("reputation-enforcer");

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    ReputationCounters counters;

    @Inject
    ReputationSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    EventsTopic events;

    @Inject
    Clock clock;

    /**
     * Re-evaluates the scopes one event touched, the offending scope first (mailbox, then domain,
     * then tenant), then lets the account guardian look at the whole account.
     */
    public void evaluate(String tenantId, String domainId, String mailboxId, Instant now) {
        for (ReputationScope scope : ReputationScope.senderChain(tenantId, domainId, mailboxId)) {
            evaluate(scope, tenantId, now);
        }
        guardAccount(tenantId, now);
    }

    /** For the send path, in one query: whether the sender may send, and at what share of its rate and limits. */
    public record Standing(Optional<String> refusal, double throttleFactor) {
    }

    public Standing standing(String tenantId, String domainId, String mailboxId) {
        List<ScopeEnforcement> states = statesOf(tenantId, domainId, mailboxId);
        Optional<String> refusal = states.stream().filter(s -> s.state() == EnforcementState.PAUSED).findFirst()
                .map(s -> s.scope().type().wireName() + " sending is paused for its reputation: " + s.reason());
        boolean throttled = states.stream().anyMatch(s -> s.state() == EnforcementState.THROTTLED);
        return new Standing(refusal, throttled ? settings.policy().throttleFactor() : 1.0);
    }

    /** For the send path: 1.0, or the configured throttle factor if any scope is THROTTLED. */
    public double throttleFactor(String tenantId, String domainId, String mailboxId) {
        boolean throttled = statesOf(tenantId, domainId, mailboxId).stream().anyMatch(s -> s.state() == EnforcementState.THROTTLED);
        return throttled ? settings.policy().throttleFactor() : 1.0;
    }

    /** Manual reinstatement by a platform administrator; the scope's rates start afresh. */
    public ScopeEnforcement reinstate(Caller caller, String scopeType, String scopeId, String reason) {
        caller.requirePlatformAdmin("reinstate a sender");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("a reason is required to reinstate a sender");
        }
        ScopeType type = ScopeType.of(scopeType);
        if (type == ScopeType.ACCOUNT) {
            throw new ConflictException("the account's risk level follows its rates by itself; there is nothing to reinstate");
        }
        ReputationScope scope = new ReputationScope(type, scopeId);
        ScopeEnforcement current = em.find(ScopeEnforcement.class, scope.key());
        if (current == null) {
            throw new NotFoundException("reputation scope", scope.key());
        }
        if (current.state() == EnforcementState.HEALTHY) {
            throw new ConflictException(scope.key() + " is HEALTHY; there is nothing to reinstate");
        }
        record(current.reinstate(reason.strip(), caller.actor(), clock.instant()), caller);
        return current;
    }

    /** State changes, newest first: all of them for an operator, the own tenant's for a tenant admin. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    public Page<EnforcementChange> history(Caller caller, int offset, int limit) {
        if (caller.isPlatformAdmin()) {
            return new Page<>(em.createNamedQuery(EnforcementChange.ALL, EnforcementChange.class)
                    .setFirstResult(offset).setMaxResults(limit).getResultList(),
                    em.createNamedQuery(EnforcementChange.COUNT_ALL, Long.class).getSingleResult(), offset, limit);
        }
        return new Page<>(em.createNamedQuery(EnforcementChange.OF_TENANT, EnforcementChange.class)
                .setParameter("tenantId", caller.tenantId()).setFirstResult(offset).setMaxResults(limit).getResultList(),
                em.createNamedQuery(EnforcementChange.COUNT_OF_TENANT, Long.class)
                        .setParameter("tenantId", caller.tenantId()).getSingleResult(), offset, limit);
    }

    private void evaluate(ReputationScope scope, String tenantId, Instant now) {
        ScopeEnforcement current = em.find(ScopeEnforcement.class, scope.key());
        EnforcementState from = current == null ? EnforcementState.HEALTHY : current.state();
        Instant since = current == null ? null : current.countedSince();
        EnforcementDecision decision = settings.policy().evaluate(from,
                counts(scope, ReputationWindow.LAST_24_HOURS, now, since), counts(scope, ReputationWindow.LAST_7_DAYS, now, since));
        apply(scope, tenantId, current, decision, now);
    }

    private void guardAccount(String tenantId, Instant now) {
        ReputationScope account = ReputationScope.ACCOUNT;
        ReputationCounts account24h = counts(account, ReputationWindow.LAST_24_HOURS, now, null);
        ReputationCounts account7d = counts(account, ReputationWindow.LAST_7_DAYS, now, null);
        ScopeEnforcement accountState = em.find(ScopeEnforcement.class, account.key());
        // The account's level is a risk reading (AccountRisk), never a switch: it follows the rates
        // both ways, and Sendwell stops no one for it except the tenants the guardian picks below.
        EnforcementState accountLevel = accountState == null ? EnforcementState.HEALTHY : accountState.state();
        EnforcementDecision reading = settings.policy().evaluate(EnforcementState.HEALTHY, account24h, account7d);
        if (reading.to() != accountLevel) {
            apply(account, null, accountState, new EnforcementDecision(accountLevel, reading.to(), reading.breaches(),
                    "account risk " + AccountRisk.of(accountLevel) + " -> " + AccountRisk.of(reading.to()) + ": " + reading.explanation()
                            + " (a reading: Sendwell does not stop the account, it acts on the tenants that drive the rates)"), now);
        }
        if (tenantId == null) {
            return;
        }
        ReputationScope tenant = ReputationScope.tenant(tenantId);
        ScopeEnforcement tenantState = em.find(ScopeEnforcement.class, tenant.key());
        EnforcementState from = tenantState == null ? EnforcementState.HEALTHY : tenantState.state();
        Instant since = tenantState == null ? null : tenantState.countedSince();
        AccountGuardian.decide(settings.policy(), account24h, account7d, from,
                        counts(tenant, ReputationWindow.LAST_24_HOURS, now, since), counts(tenant, ReputationWindow.LAST_7_DAYS, now, since))
                .ifPresent(decision -> apply(tenant, tenantId, tenantState, decision, now));
    }

    private void apply(ReputationScope scope, String tenantId, ScopeEnforcement current, EnforcementDecision decision, Instant now) {
        if (!decision.changesState()) {
            return;
        }
        // Rows are created only on a first change: most scopes stay HEALTHY and never need one.
        ScopeEnforcement state = current;
        if (state == null) {
            state = new ScopeEnforcement(scope, tenantId, now);
            em.persist(state);
        }
        record(state.apply(decision, ENFORCER.actor(), now), ENFORCER);
    }

    private void record(EnforcementChange change, Caller caller) {
        em.persist(change);
        String detail = change.from() + " -> " + change.to() + ": " + change.reason();
        audit.record(caller, change.tenantId(), "reputation.state-changed", "reputation-scope", change.scope().key(),
                detail.length() <= 1000 ? detail : detail.substring(0, 997) + "...");
        events.publish("enforcement", change.tenantId(), EnforcementEventJson.of(change));
    }

    private ReputationCounts counts(ReputationScope scope, ReputationWindow window, Instant now, Instant countedSince) {
        return counters.since(scope, ReputationWindows.start(window, now, countedSince));
    }

    private List<ScopeEnforcement> statesOf(String tenantId, String domainId, String mailboxId) {
        List<String> keys = ReputationScope.senderChain(tenantId, domainId, mailboxId).stream().map(ReputationScope::key).toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(ScopeEnforcement.BY_KEYS, ScopeEnforcement.class).setParameter("keys", keys).getResultList();
    }
}
