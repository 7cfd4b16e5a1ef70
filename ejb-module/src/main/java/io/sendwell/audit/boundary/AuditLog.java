package io.sendwell.audit.boundary;

import io.sendwell.audit.entity.AuditEntry;
import io.sendwell.platform.control.Caller;
import io.sendwell.platform.entity.Page;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/** The audit trail. Writing requires the caller's transaction: an entry exists exactly when the change does. */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Caller caller, String tenantId, String action, String objectType, String objectId, String detail) {
        em.persist(new AuditEntry(clock.instant(), caller.actor(), tenantId, action, objectType, objectId, detail,
                caller.sourceAddress()));
    }

    /** The whole trail, newest first: platform-wide entries (tenant-less) included, so operators only. */
    public Page<AuditEntry> all(Caller caller, int offset, int limit) {
        caller.requirePlatformAdmin("read the platform-wide audit log");
        var items = em.createNamedQuery(AuditEntry.ALL, AuditEntry.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        long total = em.createNamedQuery(AuditEntry.COUNT_ALL, Long.class).getSingleResult();
        return new Page<>(items, total, offset, limit);
    }

    public Page<AuditEntry> ofTenant(Caller caller, String tenantId, int offset, int limit) {
        caller.checkCanSee(tenantId, "tenant", tenantId);
        var items = em.createNamedQuery(AuditEntry.OF_TENANT, AuditEntry.class)
                .setParameter("tenantId", tenantId)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        long total = em.createNamedQuery(AuditEntry.COUNT_OF_TENANT, Long.class)
                .setParameter("tenantId", tenantId).getSingleResult();
        return new Page<>(items, total, offset, limit);
    }
}
