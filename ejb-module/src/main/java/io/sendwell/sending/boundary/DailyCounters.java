package io.sendwell.sending.boundary;

import io.sendwell.sending.control.DailyLimit;
import io.sendwell.sending.entity.SendRefusedException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Reserves sends against daily limits, exactly, under concurrency: each reservation is a
 * conditional UPDATE ("used + n &lt;= limit") whose row lock serialises concurrent requests, in
 * the caller's transaction — if a later limit refuses, or the request fails afterwards, the
 * earlier reservations roll back with it. Limits are always taken in the same order (widest
 * first), so two requests never wait on each other in opposite orders.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DailyCounters {

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    CounterRows rows;

    @Inject
    Clock clock;

    public void reserve(List<DailyLimit> limits, int count) {
        String day = today();
        for (DailyLimit limit : limits) {
            if (tryReserve(limit, day, count)) {
                continue;
            }
            // Only the day's first send in a scope creates its row. Creating it when it exists (limit
            // reached) made the REQUIRES_NEW insert wait on the lock this very transaction holds on the
            // row after its UPDATE: on Derby a 60 s lock timeout and a 500 instead of a 429.
            if (!rowExists(limit.scopeKey(), day)) {
                createRow(limit.scopeKey(), day);
                if (tryReserve(limit, day, count)) {
                    continue;
                }
            }
            throw new SendRefusedException(SendRefusedException.Reason.LIMIT_REACHED,
                    limit.description() + " of " + limit.limit() + " messages per day is reached ("
                            + count + " more requested); it resets at 00:00 UTC", secondsUntilReset());
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long usedToday(String scopeKey) {
        List<?> result = em.createNativeQuery("SELECT used FROM send_counter WHERE scope_key = ? AND day = ?")
                .setParameter(1, scopeKey).setParameter(2, today()).getResultList();
        return result.isEmpty() ? 0 : ((Number) result.get(0)).longValue();
    }

    private boolean rowExists(String scopeKey, String day) {
        return !em.createNativeQuery("SELECT used FROM send_counter WHERE scope_key = ? AND day = ?")
                .setParameter(1, scopeKey).setParameter(2, day).getResultList().isEmpty();
    }

    private void createRow(String scopeKey, String day) {
        try {
            rows.create(scopeKey, day);
        } catch (jakarta.ejb.EJBException | jakarta.persistence.PersistenceException e) {
            // another request created it first: fine
        }
    }

    private boolean tryReserve(DailyLimit limit, String day, int count) {
        return em.createNativeQuery("UPDATE send_counter SET used = used + ? WHERE scope_key = ? AND day = ? AND used + ? <= ?")
                .setParameter(1, count).setParameter(2, limit.scopeKey()).setParameter(3, day)
                .setParameter(4, count).setParameter(5, limit.limit())
                .executeUpdate() == 1;
    }

    private String today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString();
    }

    private long secondsUntilReset() {
        var now = clock.instant();
        var midnight = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return Math.max(1, Duration.between(now, midnight).toSeconds());
    }
}
