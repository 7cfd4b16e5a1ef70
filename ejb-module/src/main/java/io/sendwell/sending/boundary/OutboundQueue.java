package io.sendwell.sending.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * The persistent outbound queue: a message id per accepted message. Sent with the container's
 * JMSContext, so the JMS send commits or rolls back with the caller's transaction.
 */
@ApplicationScoped
public class OutboundQueue {

    public static final String TENANT_PROPERTY = "tenantId";
    public static final String REGION_PROPERTY = "sesRegion";

    @Inject
    @JMSConnectionFactory("jms/sendwell/ConnectionFactory")
    JMSContext jms;

    @Resource(lookup = "jms/sendwell/OutboundQueue")
    Queue queue;

    public void enqueue(String messageId, String tenantId, String region, long delayMillis) {
        var producer = jms.createProducer().setProperty(TENANT_PROPERTY, tenantId).setProperty(REGION_PROPERTY, region);
        if (delayMillis > 0) {
            producer.setDeliveryDelay(delayMillis);
        }
        producer.send(queue, messageId);
    }
}
