package io.sendwell.integration.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;

/**
 * The JMS topic on which legacy systems follow delivery and enforcement events
 * ({@code jms/sendwell/EventsTopic}). Called inside the caller's transaction, so a message is
 * published exactly when the change it announces commits. Formats: see README "JMS events".
 */
@ApplicationScoped
public class EventsTopic {

    /** String property on every message, for selectors: "delivery" or "enforcement". */
    public static final String KIND_PROPERTY = "sendwellEventKind";
    /** String property with the tenant id, absent for account-wide events. */
    public static final String TENANT_PROPERTY = "sendwellTenantId";

    @Resource(lookup = "jms/sendwell/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/sendwell/EventsTopic")
    Topic topic;

    /** One event for legacy systems: its kind, its tenant (null for account-wide ones) and its JSON. */
    public record Event(String kind, String tenantId, String json) {
    }

    public void publish(String kind, String tenantId, String json) {
        publishAll(java.util.List.of(new Event(kind, tenantId, json)));
    }

    /** Several events through one JMS context: a feedback batch announces hundreds at once. */
    public void publishAll(java.util.List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        try (JMSContext context = connectionFactory.createContext()) {
            var producer = context.createProducer();
            for (Event event : events) {
                TextMessage message = context.createTextMessage(event.json());
                message.setStringProperty(KIND_PROPERTY, event.kind());
                if (event.tenantId() != null) {
                    message.setStringProperty(TENANT_PROPERTY, event.tenantId());
                }
                producer.send(topic, message);
            }
        } catch (JMSException e) {
            throw new IllegalStateException("could not publish " + events.size() + " events", e);
        }
    }
}
