package io.sendwell.reputation.control;

import io.sendwell.reputation.entity.ReputationCounts;
import io.sendwell.reputation.entity.ReputationScope;
import io.sendwell.reputation.entity.ReputationWindow;
import io.sendwell.reputation.entity.ScopeEnforcement;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/** What the {@link FeedbackWindows} re-read from the database for one scope. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AwaitingFeedback {

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    ReputationCounters counters;

    /** Recipients SES has (or is being handed) without any outcome yet, and recipients delivered recently. */
    public record Awaiting(long inFlight, long deliveredRecently) {
        public long total() {
            return inFlight + deliveredRecently;
        }
    }

    /**
     * Recipients of this scope's messages that no outcome has settled yet: SENDING or SENT since
     * {@code sentAfter} (older ones lost their feedback and stop counting), and DELIVERED since
     * {@code deliveredAfter} (a complaint may still follow a delivery).
     */
    public Awaiting awaiting(ReputationScope scope, Instant sentAfter, Instant deliveredAfter) {
        String column = switch (scope.type()) {
            case MAILBOX -> "mailbox_id";
            case DOMAIN -> "domain_id";
            case TENANT -> "tenant_id";
            case ACCOUNT -> throw new IllegalArgumentException("the account has no feedback window");
        };
        Object[] sums = (Object[]) em.createNativeQuery("SELECT "
                        + "COALESCE(SUM(CASE WHEN status = 'DELIVERED' THEN 0 ELSE recipient_count END), 0), "
                        + "COALESCE(SUM(CASE WHEN status = 'DELIVERED' THEN recipient_count ELSE 0 END), 0) "
                        + "FROM outbound_message WHERE " + column + " = ?1 "
                        + "AND ((status IN ('SENDING', 'SENT') AND updated_at > ?2) OR (status = 'DELIVERED' AND updated_at > ?3))")
                .setParameter(1, scope.id()).setParameter(2, Timestamp.from(sentAfter))
                .setParameter(3, Timestamp.from(deliveredAfter))
                .getSingleResult();
        return new Awaiting(((Number) sums[0]).longValue(), ((Number) sums[1]).longValue());
    }

    /** The scope's enforcement row, or null while it has never left HEALTHY. */
    public ScopeEnforcement enforcement(ReputationScope scope) {
        return em.find(ScopeEnforcement.class, scope.key());
    }

    /** The scope's last 7 days of feedback (since its reinstatement, if later), from which its window is sized. */
    public ReputationCounts history(ReputationScope scope, ScopeEnforcement enforcement, Instant now) {
        return counters.since(scope, ReputationWindows.start(ReputationWindow.LAST_7_DAYS, now,
                enforcement == null ? null : enforcement.countedSince()));
    }
}
