package io.sendwell.integration.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Destination;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

import java.util.logging.Logger;

/**
 * Sends for legacy systems: a JSON {@link SendRequestEnvelope} as a TextMessage on
 * jms/sendwell/SendRequestQueue; the {@link SendReply} goes to JMSReplyTo with the request's
 * correlation id (or its message id when it has none). A malformed or refused request gets one
 * error reply and is consumed — it would fail the same way on every redelivery. Only an
 * unexpected failure (database down) propagates, so the request is redelivered; the JMS message
 * id then serves as idempotency key, so a redelivery never sends twice.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/sendwell/SendRequestQueue")
})
public class SendRequestListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(SendRequestListener.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false)
            .setProperty("jsonb.fail-on-unknown-properties", true));

    @Inject
    JmsSendGateway gateway;

    @Inject
    @JMSConnectionFactory("jms/sendwell/ConnectionFactory")
    JMSContext jms;

    @Override
    public void onMessage(Message request) {
        try {
            reply(request, handle(request));
        } catch (JMSException e) {
            throw new IllegalStateException("could not read or answer JMS request", e);
        }
    }

    private SendReply handle(Message request) throws JMSException {
        if (!(request instanceof TextMessage text) || text.getText() == null) {
            return SendReply.problem(400, "Invalid input", "send requests are JSON TextMessages");
        }
        SendRequestEnvelope envelope;
        try {
            envelope = JSON.fromJson(text.getText(), SendRequestEnvelope.class);
        } catch (JsonbException e) {
            return SendReply.problem(400, "Invalid input", "the request is not valid JSON for a send request: "
                    + firstLine(e.getMessage()));
        }
        if (envelope == null || envelope.apiKey() == null || envelope.message() == null) {
            return SendReply.problem(400, "Invalid input", "a send request needs 'apiKey' and 'message'");
        }
        return gateway.send(envelope, "jms:" + request.getJMSMessageID());
    }

    private void reply(Message request, SendReply reply) throws JMSException {
        Destination replyTo = request.getJMSReplyTo();
        if (replyTo == null) {
            LOG.warning("JMS send request " + request.getJMSMessageID() + " has no JMSReplyTo; result: "
                    + (reply.ok() ? "accepted " + reply.messageId() : reply.status() + " " + reply.detail()));
            return;
        }
        String correlationId = request.getJMSCorrelationID() != null ? request.getJMSCorrelationID() : request.getJMSMessageID();
        jms.createProducer().setJMSCorrelationID(correlationId).send(replyTo, JSON.toJson(reply));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
