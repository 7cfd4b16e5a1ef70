package io.sendwell.feedback.boundary;

import io.sendwell.feedback.entity.DeliveryEvent;
import io.sendwell.platform.control.Caller;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an operator checks first when feedback looks stuck: how many messages wait in each queue and
 * its exception destination (a growing DLQ means messages that failed every redelivery), and how
 * many events were recorded.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QueueMonitor {

    public record QueueDepth(String jndiName, int depth) {
    }

    public record FeedbackStatus(List<QueueDepth> queues, long deliveryEvents) {
    }

    @Resource(lookup = "jms/sendwell/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/sendwell/FeedbackQueue")
    Queue feedbackQueue;

    @Resource(lookup = "jms/sendwell/FeedbackDLQ")
    Queue feedbackDlq;

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    public FeedbackStatus status(Caller caller) {
        caller.requirePlatformAdmin("see queue depths");
        Map<String, Queue> queues = new TreeMap<>(Map.of("jms/sendwell/FeedbackQueue", feedbackQueue,
                "jms/sendwell/FeedbackDLQ", feedbackDlq));
        try (JMSContext context = connectionFactory.createContext()) {
            List<QueueDepth> depths = queues.entrySet().stream()
                    .map(e -> new QueueDepth(e.getKey(), depth(context, e.getValue()))).toList();
            long events = em.createNamedQuery(DeliveryEvent.COUNT_ALL, Long.class).getSingleResult();
            return new FeedbackStatus(depths, events);
        }
    }

    /** Browsing counts what waits; messages being processed right now are not visible to a browser. */
    private static int depth(JMSContext context, Queue queue) {
        try (QueueBrowser browser = context.createBrowser(queue)) {
            return Collections.list(browser.getEnumeration()).size();
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("cannot browse " + queue, e);
        }
    }
}
