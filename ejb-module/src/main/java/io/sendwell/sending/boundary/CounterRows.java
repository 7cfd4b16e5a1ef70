package io.sendwell.sending.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates today's counter row for a scope in its own transaction. Two servers racing to create
 * the same row is harmless: the loser's insert fails on the primary key, which is ignored, and
 * the caller's transaction is untouched (PostgreSQL would otherwise abort it).
 */
@Stateless
public class CounterRows {

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String scopeKey, String day) {
        em.createNativeQuery("INSERT INTO send_counter (scope_key, day, used) VALUES (?, ?, 0)")
                .setParameter(1, scopeKey).setParameter(2, day).executeUpdate();
    }
}
