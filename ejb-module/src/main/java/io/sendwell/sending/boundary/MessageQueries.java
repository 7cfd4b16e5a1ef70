package io.sendwell.sending.boundary;

import io.sendwell.platform.control.Caller;
import io.sendwell.platform.entity.InvalidInputException;
import io.sendwell.platform.entity.NotFoundException;
import io.sendwell.platform.entity.Page;
import io.sendwell.sending.entity.MessageRecipient;
import io.sendwell.sending.entity.MessageStatus;
import io.sendwell.sending.entity.OutboundMessage;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading messages: one with its recipients, or a filtered page. Always within one tenant. */
@Stateless
public class MessageQueries {

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    public record MessageFilter(String tenantId, String status, String mailboxId, String recipient, Instant from,
                                Instant to) {
    }

    public OutboundMessage get(Caller caller, String messageId) {
        OutboundMessage message = em.find(OutboundMessage.class, messageId);
        if (message == null) {
            throw new NotFoundException("message", messageId);
        }
        caller.checkCanSee(message.tenantId(), "message", messageId);
        return message;
    }

    public List<MessageRecipient> recipients(Caller caller, String messageId) {
        get(caller, messageId);
        return em.createNamedQuery(MessageRecipient.OF_MESSAGE, MessageRecipient.class)
                .setParameter("messageId", messageId).getResultList();
    }

    public Page<OutboundMessage> list(Caller caller, MessageFilter filter, int offset, int limit) {
        String tenantId = caller.isPlatformAdmin() ? filter.tenantId() : caller.tenantId();
        if (tenantId == null) {
            throw new InvalidInputException("a platform administrator must say which tenant: ?tenantId=");
        }
        caller.checkCanSee(tenantId, "tenant", tenantId);
        StringBuilder where = new StringBuilder(" WHERE m.tenantId = :tenantId");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenantId", tenantId);
        if (filter.status() != null) {
            where.append(" AND m.status = :status");
            parameters.put("status", status(filter.status()));
        }
        if (filter.mailboxId() != null) {
            where.append(" AND m.mailboxId = :mailboxId");
            parameters.put("mailboxId", filter.mailboxId());
        }
        if (filter.recipient() != null) {
            where.append(" AND EXISTS (SELECT r FROM MessageRecipient r WHERE r.messageId = m.id AND r.address LIKE :recipient)");
            parameters.put("recipient", "%" + filter.recipient().toLowerCase(Locale.ROOT).strip() + "%");
        }
        if (filter.from() != null) {
            where.append(" AND m.createdAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND m.createdAt < :to");
            parameters.put("to", filter.to());
        }
        TypedQuery<OutboundMessage> query = em.createQuery("SELECT m FROM OutboundMessage m" + where
                + " ORDER BY m.createdAt DESC, m.id", OutboundMessage.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM OutboundMessage m" + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(query.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult(), offset, limit);
    }

    /** Across all tenants, for operators' queue status (index ix_message_status_due). */
    public long countWithStatus(String status) {
        return em.createQuery("SELECT COUNT(m) FROM OutboundMessage m WHERE m.status = :status", Long.class)
                .setParameter("status", status(status)).getSingleResult();
    }

    private static MessageStatus status(String value) {
        try {
            return MessageStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status must be one of " + java.util.Arrays.toString(MessageStatus.values()));
        }
    }
}
