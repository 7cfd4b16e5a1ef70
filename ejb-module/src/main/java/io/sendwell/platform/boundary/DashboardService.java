package io.sendwell.platform.boundary;

import io.sendwell.platform.control.Caller;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Read-only figures for the console dashboard, scoped to what the caller may see: everything for
 * an operator, its own tenant for a tenant admin. Counting in the database keeps the dashboard
 * cheap however many tenants there are. Sending and reputation figures belong in their own
 * features' services and are added to the dashboard view beside these.
 */
@Stateless
public class DashboardService {

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    public record Counts(long tenants, long domains, long mailboxes) {
    }

    public Counts counts(Caller caller) {
        return new Counts(count("SELECT COUNT(t) FROM Tenant t", "t.id", caller),
                count("SELECT COUNT(d) FROM MailDomain d", "d.tenantId", caller),
                count("SELECT COUNT(m) FROM Mailbox m", "m.tenantId", caller));
    }

    /** Tenant slug to number of mailboxes, every visible tenant included (zero too), ordered by slug. */
    public Map<String, Long> mailboxesPerTenant(Caller caller) {
        Map<String, Long> result = new LinkedHashMap<>();
        scoped(em.createQuery("SELECT t.slug FROM Tenant t" + ownTenant("t.id", caller) + " ORDER BY t.slug", String.class), caller)
                .getResultList().forEach(slug -> result.put(slug, 0L));
        scoped(em.createQuery("SELECT t.slug, COUNT(m) FROM Tenant t, Mailbox m WHERE m.tenantId = t.id"
                + ownTenant("t.id", caller).replace(" WHERE ", " AND ") + " GROUP BY t.slug", Object[].class), caller)
                .getResultList().forEach(row -> result.put((String) row[0], ((Number) row[1]).longValue()));
        return result;
    }

    private long count(String jpql, String tenantColumn, Caller caller) {
        return scoped(em.createQuery(jpql + ownTenant(tenantColumn, caller), Long.class), caller).getSingleResult();
    }

    private static String ownTenant(String tenantColumn, Caller caller) {
        return caller.isPlatformAdmin() ? "" : " WHERE " + tenantColumn + " = :own";
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, Caller caller) {
        return caller.isPlatformAdmin() ? query : query.setParameter("own", caller.tenantId());
    }
}
