package io.sendwell.feedback.boundary;

import io.sendwell.feedback.control.SesEvent;
import io.sendwell.sending.entity.MessageRecipient;
import io.sendwell.sending.entity.MessageTags;
import io.sendwell.sending.entity.OutboundMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outbox messages a batch of events is about, loaded and locked once: by SES message id, or
 * by Sendwell's message tag for an event that overtook the dispatcher's write of the SES id.
 * Locked in id order, so two batches (and the dispatcher, which locks one message at a time) wait
 * for each other instead of deadlocking; a message's Send, Delivery and Complaint arrive together.
 */
final class FeedbackMessages {

    private final EntityManager em;
    private final Map<String, OutboundMessage> bySesId = new HashMap<>();
    private final Map<String, OutboundMessage> byId = new HashMap<>();
    private Map<String, List<MessageRecipient>> recipients;

    private FeedbackMessages(EntityManager em) {
        this.em = em;
    }

    /** {@code inIdOrder}: PostgreSQL locks in the sorted order; Derby refuses ORDER BY with FOR UPDATE (and has one drainer). */
    static FeedbackMessages lock(EntityManager em, List<SesEvent> events, boolean inIdOrder) {
        FeedbackMessages messages = new FeedbackMessages(em);
        List<String> sesIds = events.stream().map(SesEvent::sesMessageId).distinct().toList();
        List<String> taggedIds = events.stream().map(e -> e.tag(MessageTags.MESSAGE).orElse(null))
                .filter(id -> id != null).distinct().toList();
        List<OutboundMessage> found = em.createQuery("SELECT m FROM OutboundMessage m "
                        + "WHERE m.sesMessageId IN :sesIds OR m.id IN :ids" + (inIdOrder ? " ORDER BY m.id" : ""), OutboundMessage.class)
                .setParameter("sesIds", sesIds).setParameter("ids", taggedIds.isEmpty() ? List.of("") : taggedIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (OutboundMessage message : found) {
            messages.byId.put(message.id(), message);
            if (message.sesMessageId() != null) {
                messages.bySesId.put(message.sesMessageId(), message);
            }
        }
        return messages;
    }

    Optional<OutboundMessage> of(SesEvent event) {
        OutboundMessage bySes = bySesId.get(event.sesMessageId());
        if (bySes != null) {
            return Optional.of(bySes);
        }
        return event.tag(MessageTags.MESSAGE).map(byId::get);
    }

    List<MessageRecipient> recipientsOf(String messageId) {
        if (recipients == null) {
            recipients = byId.isEmpty() ? Map.of() : em.createQuery("SELECT r FROM MessageRecipient r WHERE r.messageId IN :ids",
                            MessageRecipient.class)
                    .setParameter("ids", List.copyOf(byId.keySet())).getResultStream()
                    .collect(Collectors.groupingBy(MessageRecipient::messageId));
        }
        return recipients.getOrDefault(messageId, List.of());
    }
}
