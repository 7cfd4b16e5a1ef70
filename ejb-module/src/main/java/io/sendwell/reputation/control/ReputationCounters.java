package io.sendwell.reputation.control;

import io.sendwell.reputation.entity.ReputationCounts;
import io.sendwell.reputation.entity.ReputationScope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.inject.Inject;
import io.sendwell.platform.control.Database;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Hourly reputation counters (table reputation_bucket) and the recipients already counted as sent
 * (sent_recipient). A feedback batch adds its deltas summed per scope and hour: one upsert per
 * row instead of one per event, in a fixed order (scope key, hour) so that concurrent batches lock
 * rows in the same order and cannot deadlock. PostgreSQL upserts with ON CONFLICT; on embedded
 * Derby one drainer thread writes, and an UPDATE falls back to an INSERT.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReputationCounters {

    /** One row of reputation_bucket: a scope's hour. */
    public record Bucket(String scopeKey, Instant hourStart) implements Comparable<Bucket> {
        public static Bucket of(ReputationScope scope, Instant at) {
            return new Bucket(scope.key(), at.truncatedTo(ChronoUnit.HOURS));
        }

        @Override
        public int compareTo(Bucket other) {
            int byScope = scopeKey.compareTo(other.scopeKey);
            return byScope != 0 ? byScope : hourStart.compareTo(other.hourStart);
        }
    }

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    Database database;

    /** Adds each bucket's delta; {@code tenantOf} tells the tenant of a scope key (null for the account). */
    public void addAll(Map<Bucket, ReputationCounts> deltas, Map<String, String> tenantOf) {
        new TreeMap<>(deltas).forEach((bucket, delta) -> {
            if (!delta.equals(ReputationCounts.NONE)) {
                add(bucket, tenantOf.get(bucket.scopeKey()), delta);
            }
        });
    }

    private void add(Bucket bucket, String tenantId, ReputationCounts delta) {
        Timestamp hour = Timestamp.from(bucket.hourStart());
        if (database.isPostgres()) {
            em.createNativeQuery("INSERT INTO reputation_bucket (scope_key, hour_start, tenant_id, sent, delivered, hard_bounces, "
                            + "complaints) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (scope_key, hour_start) DO UPDATE SET "
                            + "sent = reputation_bucket.sent + EXCLUDED.sent, delivered = reputation_bucket.delivered + EXCLUDED.delivered, "
                            + "hard_bounces = reputation_bucket.hard_bounces + EXCLUDED.hard_bounces, "
                            + "complaints = reputation_bucket.complaints + EXCLUDED.complaints")
                    .setParameter(1, bucket.scopeKey()).setParameter(2, hour).setParameter(3, tenantId)
                    .setParameter(4, delta.sent()).setParameter(5, delta.delivered())
                    .setParameter(6, delta.hardBounces()).setParameter(7, delta.complaints())
                    .executeUpdate();
            return;
        }
        int updated = em.createNativeQuery("UPDATE reputation_bucket SET sent = sent + ?1, delivered = delivered + ?2, "
                        + "hard_bounces = hard_bounces + ?3, complaints = complaints + ?4 WHERE scope_key = ?5 AND hour_start = ?6")
                .setParameter(1, delta.sent()).setParameter(2, delta.delivered())
                .setParameter(3, delta.hardBounces()).setParameter(4, delta.complaints())
                .setParameter(5, bucket.scopeKey()).setParameter(6, hour)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO reputation_bucket (scope_key, hour_start, tenant_id, sent, delivered, "
                            + "hard_bounces, complaints) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, bucket.scopeKey()).setParameter(2, hour).setParameter(3, tenantId)
                    .setParameter(4, delta.sent()).setParameter(5, delta.delivered())
                    .setParameter(6, delta.hardBounces()).setParameter(7, delta.complaints())
                    .executeUpdate();
        }
    }

    /** The pairs of these SES messages already counted as sent, as {@link #sentKey} strings. */
    @SuppressWarnings("unchecked")
    public Set<String> sentAmong(Collection<String> sesMessageIds) {
        Set<String> seen = new HashSet<>();
        for (List<String> chunk : Database.chunks(List.copyOf(sesMessageIds))) {
            Query query = em.createNativeQuery("SELECT ses_message_id, address FROM sent_recipient WHERE ses_message_id IN ("
                    + Database.placeholders(chunk.size()) + ")");
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 1, chunk.get(i));
            }
            for (Object[] row : (List<Object[]>) query.getResultList()) {
                seen.add(sentKey((String) row[0], (String) row[1]));
            }
        }
        return seen;
    }

    /**
     * Records recipients as counted and answers the {@link #sentKey}s this call really inserted.
     * On PostgreSQL a row another transaction inserts concurrently makes this one wait for it and
     * then skip (ON CONFLICT DO NOTHING), so exactly one of them counts the recipient. Embedded
     * Derby has one drainer (the caller has checked {@link #sentAmong}).
     */
    public Set<String> markSent(Collection<String[]> sesIdAndAddress) {
        String sql = "INSERT INTO sent_recipient (ses_message_id, address) VALUES (?1, ?2)"
                + (database.isPostgres() ? " ON CONFLICT DO NOTHING" : "");
        Set<String> inserted = new HashSet<>();
        for (String[] pair : sesIdAndAddress) {
            if (em.createNativeQuery(sql).setParameter(1, pair[0]).setParameter(2, pair[1]).executeUpdate() > 0) {
                inserted.add(sentKey(pair[0], pair[1]));
            }
        }
        return inserted;
    }

    public static String sentKey(String sesMessageId, String address) {
        return sesMessageId + "\n" + address;
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
