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
    /** Below 1 when the sender is THROTTLED: its share of the send rate is scaled down. */
    public static final String RATE_FACTOR_PROPERTY = "rateFactor";

    @Inject
    @JMSConnectionFactory("jms/sendwell/ConnectionFactory")
    JMSContext jms;

    @Resource(lookup = "jms/sendwell/OutboundQueue")
    Queue queue;

    public void enqueue(String messageId, String tenantId, String region, double rateFactor, long delayMillis) {
        var producer = jms.createProducer().setProperty(TENANT_PROPERTY, tenantId).setProperty(REGION_PROPERTY, region)
                .setProperty(RATE_FACTOR_PROPERTY, rateFactor);
        if (delayMillis > 0) {
            producer.setDeliveryDelay(delayMillis);
        }
        producer.send(queue, messageId);
    }
}
