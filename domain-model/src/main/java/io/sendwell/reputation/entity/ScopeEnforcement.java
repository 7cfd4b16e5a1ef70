package io.sendwell.reputation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The enforcement state of one scope (a row exists once a scope was first evaluated). Moves only
 * through {@link #apply} (a policy decision) and {@link #reinstate} (an operator).
 */
@Entity
@Table(name = "enforcement_state")
@NamedQuery(name = ScopeEnforcement.OF_TENANT, query = "SELECT e FROM ScopeEnforcement e WHERE e.tenantId = :tenantId ORDER BY e.scopeKey")
@NamedQuery(name = ScopeEnforcement.ALL, query = "SELECT e FROM ScopeEnforcement e ORDER BY e.scopeKey")
@NamedQuery(name = ScopeEnforcement.BY_KEYS, query = "SELECT e FROM ScopeEnforcement e WHERE e.scopeKey IN :keys")
public class ScopeEnforcement {

    public static final String OF_TENANT = "ScopeEnforcement.ofTenant";
    public static final String ALL = "ScopeEnforcement.all";
    public static final String BY_KEYS = "ScopeEnforcement.byKeys";

    @Id
    @Column(name = "scope_key", length = 80)
    private String scopeKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_type", nullable = false, length = 16)
    private ScopeType scopeType;

    @Column(name = "scope_id", length = 36)
    private String scopeId;

    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnforcementState state;

    @Column(length = 1000)
    private String reason;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** Rates of this scope count from here on (set by a reinstatement: a fresh start). */
    @Column(name = "counted_since")
    private Instant countedSince;

    @Version
    private long version;

    protected ScopeEnforcement() {
    }

    public ScopeEnforcement(ReputationScope scope, String tenantId, Instant now) {
        this.scopeKey = scope.key();
        this.scopeType = scope.type();
        this.scopeId = scope.id();
        this.tenantId = tenantId;
        this.state = EnforcementState.HEALTHY;
        this.changedAt = Objects.requireNonNull(now, "now");
    }

    /** Takes the policy's decision; returns the change to record, or null when the state stays. */
    public EnforcementChange apply(EnforcementDecision decision, String actor, Instant now) {
        if (decision.from() != state) {
            throw new IllegalStateException("decision was made for " + decision.from() + " but the state is " + state);
        }
        if (!decision.changesState()) {
            return null;
        }
        return moveTo(decision.to(), decision.explanation(), actor, now);
    }

    /** An operator lets the scope send again; its rates start afresh from {@code now}. */
    public EnforcementChange reinstate(String why, String actor, Instant now) {
        countedSince = now;
        return moveTo(EnforcementState.HEALTHY, "reinstated: " + why, actor, now);
    }

    private EnforcementChange moveTo(EnforcementState to, String why, String actor, Instant now) {
        EnforcementChange change = new EnforcementChange(scopeKey, tenantId, state, to, why, actor, now);
        this.state = to;
        this.reason = why.length() <= 1000 ? why : why.substring(0, 1000);
        this.changedAt = now;
        return change;
    }

    public ReputationScope scope() {
        return new ReputationScope(scopeType, scopeId);
    }

    public String tenantId() {
        return tenantId;
    }

    public EnforcementState state() {
        return state;
    }

    public String reason() {
        return reason;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Instant countedSince() {
        return countedSince;
    }
}
