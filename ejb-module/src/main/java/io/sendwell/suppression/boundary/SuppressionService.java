package io.sendwell.suppression.boundary;

import io.sendwell.audit.boundary.AuditLog;
import io.sendwell.mailbox.entity.EmailAddress;
import io.sendwell.platform.control.Caller;
import io.sendwell.platform.entity.ConflictException;
import io.sendwell.platform.entity.ForbiddenException;
import io.sendwell.platform.entity.NotFoundException;
import io.sendwell.platform.entity.Page;
import io.sendwell.suppression.entity.Suppression;
import io.sendwell.suppression.entity.SuppressionReason;
import io.sendwell.tenant.boundary.TenantService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A tenant's suppression list: searched and edited through the API, filled by feedback, read by the send path. */
@Stateless
public class SuppressionService {

    /** Keeps IN lists well below every database's parameter limit. */
    private static final int IN_CHUNK = 500;

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    TenantService tenants;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** {@code query} is a case-insensitive substring of the address; null or blank lists everything. */
    public Page<Suppression> search(Caller caller, String tenantId, String query, int offset, int limit) {
        tenants.get(caller, tenantId);
        String pattern = "%" + escapeLike(query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        List<Suppression> items = em.createNamedQuery(Suppression.SEARCH, Suppression.class)
                .setParameter("tenantId", tenantId).setParameter("pattern", pattern)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        long total = em.createNamedQuery(Suppression.COUNT_SEARCH, Long.class)
                .setParameter("tenantId", tenantId).setParameter("pattern", pattern).getSingleResult();
        return new Page<>(items, total, offset, limit);
    }

    public Suppression add(Caller caller, String tenantId, String address, String detail) {
        tenants.get(caller, tenantId);
        String normalised = EmailAddress.of(address).normalised();
        if (find(tenantId, normalised) != null) {
            throw new ConflictException("'" + normalised + "' is already suppressed");
        }
        Suppression suppression = new Suppression(tenantId, normalised, SuppressionReason.MANUAL, detail, null, clock.instant());
        em.persist(suppression);
        audit.record(caller, tenantId, "suppression.added", "suppression", suppression.id(), "address=" + normalised);
        return suppression;
    }

    /** Lets the tenant mail the address again (after the recipient asked to be re-subscribed, say). */
    public void remove(Caller caller, String tenantId, String address) {
        remove(caller, tenantId, address, null);
    }

    /**
     * As {@link #remove(Caller, String, String)}, with the caller's reason kept in the audit log.
     * Bounce and complaint suppressions are lifted only by a person (an operator, or the tenant's
     * admin in the console), never with an API key, whatever its scopes.
     */
    public void remove(Caller caller, String tenantId, String address, String why) {
        tenants.get(caller, tenantId);
        String normalised = Suppression.normalise(address);
        Suppression suppression = find(tenantId, normalised);
        if (suppression == null) {
            throw new NotFoundException("suppression", normalised);
        }
        if (caller.isApiKey() && !suppression.reason().mayBeLiftedWithAnApiKey()) {
            throw new ForbiddenException("'" + normalised + "' is suppressed because of a " + suppression.reason()
                    + " reported by SES; an API key cannot lift that. A tenant administrator can, in the console.");
        }
        em.remove(suppression);
        audit.record(caller, tenantId, "suppression.removed", "suppression", suppression.id(),
                truncate("address=" + normalised + " reason was " + suppression.reason()
                        + (why == null || why.isBlank() ? "" : "; removed because: " + why.strip())));
    }

    /**
     * For the send path: which of these (already normalised) addresses the tenant must not mail,
     * with the reason for each. Addresses that are not suppressed are absent from the map.
     */
    public Map<String, String> suppressedAmong(String tenantId, Collection<String> normalisedAddresses) {
        Map<String, String> suppressed = new HashMap<>();
        List<String> all = new ArrayList<>(normalisedAddresses);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            em.createNamedQuery(Suppression.AMONG, Suppression.class)
                    .setParameter("tenantId", tenantId)
                    .setParameter("addresses", all.subList(from, Math.min(all.size(), from + IN_CHUNK)))
                    .getResultList()
                    .forEach(s -> suppressed.put(s.address(), s.reason().name()));
        }
        return suppressed;
    }

    /**
     * Suppresses what feedback says must not be mailed again; an address already on the list keeps its
     * first reason. Returns the addresses newly suppressed. Runs in the feedback transaction.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<String> suppressFromFeedback(Caller system, String tenantId, Collection<String> addresses,
                                             SuppressionReason reason, String detail, String eventId, Instant now) {
        List<String> added = new ArrayList<>();
        for (String address : addresses) {
            String normalised = Suppression.normalise(address);
            if (!added.contains(normalised) && find(tenantId, normalised) == null) {
                em.persist(new Suppression(tenantId, normalised, reason, detail, eventId, now));
                added.add(normalised);
            }
        }
        if (!added.isEmpty()) {
            audit.record(system, tenantId, "suppression.added", "delivery-event", eventId,
                    truncate(reason + " suppressed " + added));
        }
        return added;
    }

    private Suppression find(String tenantId, String normalised) {
        return em.createNamedQuery(Suppression.BY_ADDRESS, Suppression.class)
                .setParameter("tenantId", tenantId).setParameter("address", normalised)
                .getResultStream().findFirst().orElse(null);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }
}
