package io.sendwell.reputation.control;

import io.sendwell.reputation.entity.ReputationCounts;
import io.sendwell.reputation.entity.ReputationScope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Hourly reputation counters (table reputation_bucket). Adding is a conditional UPDATE and, when the
 * hour has no row yet, an INSERT: the row lock makes concurrent additions exact, and the rare race
 * of two first INSERTs fails one transaction, whose JMS message is then simply redelivered.
 * Callers pass scopes in a fixed order (mailbox, domain, tenant, account) so that concurrent
 * transactions lock rows in the same order and cannot deadlock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReputationCounters {

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    public void add(List<ReputationScope> scopes, String tenantId, Instant at, ReputationCounts delta) {
        if (delta.equals(ReputationCounts.NONE)) {
            return;
        }
        Timestamp hour = Timestamp.from(at.truncatedTo(ChronoUnit.HOURS));
        for (ReputationScope scope : scopes) {
            int updated = em.createNativeQuery("UPDATE reputation_bucket SET sent = sent + ?1, delivered = delivered + ?2, "
                            + "hard_bounces = hard_bounces + ?3, complaints = complaints + ?4 WHERE scope_key = ?5 AND hour_start = ?6")
                    .setParameter(1, delta.sent()).setParameter(2, delta.delivered())
                    .setParameter(3, delta.hardBounces()).setParameter(4, delta.complaints())
                    .setParameter(5, scope.key()).setParameter(6, hour)
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO reputation_bucket (scope_key, hour_start, tenant_id, sent, delivered, "
                                + "hard_bounces, complaints) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                        .setParameter(1, scope.key()).setParameter(2, hour)
                        .setParameter(3, scope.equals(ReputationScope.ACCOUNT) ? null : tenantId)
                        .setParameter(4, delta.sent()).setParameter(5, delta.delivered())
                        .setParameter(6, delta.hardBounces()).setParameter(7, delta.complaints())
                        .executeUpdate();
            }
        }
    }

    /** Counts of hours starting at or after {@code since}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ReputationCounts since(ReputationScope scope, Instant since) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COALESCE(SUM(sent), 0), COALESCE(SUM(delivered), 0), "
                        + "COALESCE(SUM(hard_bounces), 0), COALESCE(SUM(complaints), 0) FROM reputation_bucket "
                        + "WHERE scope_key = ?1 AND hour_start >= ?2")
                .setParameter(1, scope.key()).setParameter(2, Timestamp.from(since))
                .getSingleResult();
        return new ReputationCounts(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    /** Hourly rows of one scope from {@code since} on, oldest first: hour start, sent, hard bounces, complaints. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<Object[]> hourly(ReputationScope scope, Instant since) {
        return em.createNativeQuery("SELECT hour_start, sent, hard_bounces, complaints FROM reputation_bucket "
                        + "WHERE scope_key = ?1 AND hour_start >= ?2 ORDER BY hour_start")
                .setParameter(1, scope.key()).setParameter(2, Timestamp.from(since))
                .getResultList();
    }

    /** Is the sent recipient new for this SES message? Records it if so (table sent_recipient). */
    public boolean markSent(String sesMessageId, String address) {
        Number seen = (Number) em.createNativeQuery("SELECT COUNT(*) FROM sent_recipient WHERE ses_message_id = ?1 AND address = ?2")
                .setParameter(1, sesMessageId).setParameter(2, address).getSingleResult();
        if (seen.longValue() > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO sent_recipient (ses_message_id, address) VALUES (?1, ?2)")
                .setParameter(1, sesMessageId).setParameter(2, address).executeUpdate();
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<String> scopeKeysOfTenant(String tenantId) {
        return em.createNativeQuery("SELECT DISTINCT scope_key FROM reputation_bucket WHERE tenant_id = ?1")
                .setParameter(1, tenantId).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<Object[]> allScopes() {
        return em.createNativeQuery("SELECT DISTINCT scope_key, tenant_id FROM reputation_bucket").getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
