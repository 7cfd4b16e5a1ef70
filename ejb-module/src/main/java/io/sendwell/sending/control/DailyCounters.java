package io.sendwell.sending.control;

import io.sendwell.platform.control.Database;
import io.sendwell.sending.entity.SendRefusedException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Reserves sends against daily limits, exactly, under concurrency: each reservation is a
 * conditional UPDATE ("used + n &lt;= limit") whose row lock serialises concurrent requests, in
 * the caller's transaction — if a later limit refuses, or the request fails afterwards, the
 * earlier reservations roll back with it. Limits are always taken in the same order (widest
 * first), so two requests never wait on each other in opposite orders. The caller reserves last,
 * just before its commit, so the hot rows stay locked for as short as possible.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DailyCounters {

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    Database database;

    @Inject
    Clock clock;

    public void reserve(List<DailyLimit> limits, int count) {
        String day = today();
        for (DailyLimit limit : limits) {
            if (tryReserve(limit, day, count)) {
                continue;
            }
            // No row yet (the day's first send in this scope), or the limit is reached. Creating the
            // row is idempotent and happens outside this transaction, so a concurrent creator never
            // makes this request fail; then one more try decides. (Refusing as soon as the row was
            // seen, without that second try, refused the first sends of every scope each midnight.)
            createRowIfAbsent(limit.scopeKey(), day);
            if (tryReserve(limit, day, count)) {
                continue;
            }
            throw new SendRefusedException(SendRefusedException.Reason.LIMIT_REACHED,
                    limit.description() + " of " + limit.limit() + " messages per day is reached ("
                            + count + " more requested); it resets at 00:00 UTC", secondsUntilReset());
        }
    }

    /**
     * Gives back a reservation for a message that never reached SES (failed for good, or given up
     * after an unknown outcome), on the day it was reserved. In scope order, like reservations.
     */
    public void release(List<String> scopeKeys, Instant reservedAt, int count) {
        String day = LocalDate.ofInstant(reservedAt, ZoneOffset.UTC).toString();
        for (String scopeKey : scopeKeys) {
            em.createNativeQuery("UPDATE send_counter SET used = used - ? WHERE scope_key = ? AND day = ? AND used >= ?")
                    .setParameter(1, count).setParameter(2, scopeKey).setParameter(3, day).setParameter(4, count)
                    .executeUpdate();
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long usedToday(String scopeKey) {
        List<?> result = em.createNativeQuery("SELECT used FROM send_counter WHERE scope_key = ? AND day = ?")
                .setParameter(1, scopeKey).setParameter(2, today()).getResultList();
        return result.isEmpty() ? 0 : ((Number) result.get(0)).longValue();
    }

    /**
     * An autocommit INSERT on a connection of its own: it neither joins nor can abort the caller's
     * transaction, and it never waits on a row lock the caller holds (the caller's UPDATE found no
     * row to lock, or the row exists and nothing is inserted). A duplicate is the expected outcome
     * of a race, not an error: PostgreSQL skips it, Derby's refusal is ignored.
     */
    private void createRowIfAbsent(String scopeKey, String day) {
        String sql = database.isPostgres()
                ? "INSERT INTO send_counter (scope_key, day, used) VALUES (?, ?, 0) ON CONFLICT DO NOTHING"
                : "INSERT INTO send_counter (scope_key, day, used) SELECT ?, ?, 0 FROM SYSIBM.SYSDUMMY1 "
                + "WHERE NOT EXISTS (SELECT 1 FROM send_counter WHERE scope_key = ? AND day = ?)";
        try (Connection connection = database.autocommitConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, scopeKey);
            insert.setString(2, day);
            if (!database.isPostgres()) {
                insert.setString(3, scopeKey);
                insert.setString(4, day);
            }
            insert.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException e) {
            // created by a concurrent request a moment ago: fine
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw new IllegalStateException("cannot create the daily counter of " + scopeKey, e);
            }
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
