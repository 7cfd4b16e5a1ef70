package io.sendwell.reputation.entity;

import io.sendwell.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One transition of a scope's enforcement state, kept as history with its explanation. */
@Entity
@Table(name = "enforcement_change")
@NamedQuery(name = EnforcementChange.OF_SCOPE, query = "SELECT c FROM EnforcementChange c WHERE c.scopeKey = :scopeKey ORDER BY c.changedAt DESC")
@NamedQuery(name = EnforcementChange.ALL, query = "SELECT c FROM EnforcementChange c ORDER BY c.changedAt DESC, c.id")
@NamedQuery(name = EnforcementChange.COUNT_ALL, query = "SELECT COUNT(c) FROM EnforcementChange c")
@NamedQuery(name = EnforcementChange.OF_TENANT, query = "SELECT c FROM EnforcementChange c WHERE c.tenantId = :tenantId ORDER BY c.changedAt DESC, c.id")
@NamedQuery(name = EnforcementChange.COUNT_OF_TENANT, query = "SELECT COUNT(c) FROM EnforcementChange c WHERE c.tenantId = :tenantId")
public class EnforcementChange {

    public static final String OF_SCOPE = "EnforcementChange.ofScope";
    public static final String ALL = "EnforcementChange.all";
    public static final String COUNT_ALL = "EnforcementChange.countAll";
    public static final String OF_TENANT = "EnforcementChange.ofTenant";
    public static final String COUNT_OF_TENANT = "EnforcementChange.countOfTenant";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "scope_key", nullable = false, length = 80)
    private String scopeKey;

    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, length = 16)
    private EnforcementState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 16)
    private EnforcementState toState;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(nullable = false, length = 120)
    private String actor;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected EnforcementChange() {
    }

    EnforcementChange(String scopeKey, String tenantId, EnforcementState from, EnforcementState to, String reason,
                      String actor, Instant changedAt) {
        this.id = Ids.newId();
        this.scopeKey = scopeKey;
        this.tenantId = tenantId;
        this.fromState = from;
        this.toState = to;
        this.reason = reason.length() <= 1000 ? reason : reason.substring(0, 1000);
        this.actor = actor;
        this.changedAt = changedAt;
    }

    public String id() {
        return id;
    }

    public ReputationScope scope() {
        return ReputationScope.ofKey(scopeKey);
    }

    public String tenantId() {
        return tenantId;
    }

    public EnforcementState from() {
        return fromState;
    }

    public EnforcementState to() {
        return toState;
    }

    public String reason() {
        return reason;
    }

    public String actor() {
        return actor;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
