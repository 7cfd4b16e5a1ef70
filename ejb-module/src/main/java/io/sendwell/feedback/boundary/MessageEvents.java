package io.sendwell.feedback.boundary;

import io.sendwell.feedback.entity.DeliveryEvent;
import io.sendwell.platform.control.Caller;
import io.sendwell.sending.boundary.MessageQueries;
import io.sendwell.sending.entity.OutboundMessage;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The SES events recorded for one message (the console's timeline), within the caller's tenant. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MessageEvents {

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    MessageQueries messages;

    /** Oldest first. Another tenant's message is "not found", as everywhere. */
    public List<DeliveryEvent> ofMessage(Caller caller, String messageId) {
        OutboundMessage message = messages.get(caller, messageId);
        // A message never handed to SES has no SES id; match nothing rather than every null row.
        String sesId = message.sesMessageId() == null ? "-" : message.sesMessageId();
        return em.createNamedQuery(DeliveryEvent.OF_MESSAGE, DeliveryEvent.class)
                .setParameter("messageId", messageId).setParameter("sesMessageId", sesId)
                .getResultList();
    }
}
