package io.sendwell.audit.entity;

import io.sendwell.platform.entity.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** Who did what to which object, when and from where. Written in the same transaction as the change. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.OF_TENANT, query = "SELECT a FROM AuditEntry a WHERE a.tenantId = :tenantId ORDER BY a.at DESC, a.id")
@NamedQuery(name = AuditEntry.COUNT_OF_TENANT, query = "SELECT COUNT(a) FROM AuditEntry a WHERE a.tenantId = :tenantId")
@NamedQuery(name = AuditEntry.ALL, query = "SELECT a FROM AuditEntry a ORDER BY a.at DESC, a.id")
@NamedQuery(name = AuditEntry.COUNT_ALL, query = "SELECT COUNT(a) FROM AuditEntry a")
public class AuditEntry {

    public static final String OF_TENANT = "AuditEntry.ofTenant";
    public static final String COUNT_OF_TENANT = "AuditEntry.countOfTenant";
    public static final String ALL = "AuditEntry.all";
    public static final String COUNT_ALL = "AuditEntry.countAll";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 120)
    private String actor;

    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "object_type", nullable = false, length = 40)
    private String objectType;

    @Column(name = "object_id", length = 64)
    private String objectId;

    @Column(length = 1000)
    private String detail;

    @Column(name = "source_address", length = 64)
    private String sourceAddress;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String tenantId, String action, String objectType, String objectId,
                      String detail, String sourceAddress) {
        this.id = Ids.newId();
        this.at = at;
        this.actor = actor;
        this.tenantId = tenantId;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.sourceAddress = sourceAddress;
    }

    public String id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String tenantId() {
        return tenantId;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String detail() {
        return detail;
    }

    public String sourceAddress() {
        return sourceAddress;
    }
}
