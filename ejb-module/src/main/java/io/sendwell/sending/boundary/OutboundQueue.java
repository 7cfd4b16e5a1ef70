package io.sendwell.sending.boundary;

import io.sendwell.sending.control.OutboundTicket;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

/**
 * The persistent outbound queue: one {@link OutboundTicket} per accepted message (the id as
 * text, the rest as properties). Sent with the container's JMSContext, so the JMS send commits
 * or rolls back with the caller's transaction.
 */
@ApplicationScoped
public class OutboundQueue {

    private static final String TENANT = "tenantId";
    private static final String REGION = "sesRegion";
    private static final String RECIPIENTS = "recipients";
    private static final String RATE_FACTOR = "rateFactor";

    @Inject
    @JMSConnectionFactory("jms/sendwell/ConnectionFactory")
    JMSContext jms;

    @Resource(lookup = "jms/sendwell/OutboundQueue")
    Queue queue;

    public void enqueue(OutboundTicket ticket, long delayMillis) {
        var producer = jms.createProducer()
                .setProperty(TENANT, ticket.tenantId())
                .setProperty(REGION, ticket.region())
                .setProperty(RECIPIENTS, ticket.recipients())
                .setProperty(RATE_FACTOR, ticket.rateFactor());
        if (delayMillis > 0) {
            producer.setDeliveryDelay(delayMillis);
        }
        producer.send(queue, ticket.messageId());
    }

    public static OutboundTicket ticketOf(TextMessage message) throws JMSException {
        return new OutboundTicket(message.getText(), message.getStringProperty(TENANT), message.getStringProperty(REGION),
                message.propertyExists(RECIPIENTS) ? message.getIntProperty(RECIPIENTS) : 1,
                message.propertyExists(RATE_FACTOR) ? message.getDoubleProperty(RATE_FACTOR) : 1.0);
    }
}
