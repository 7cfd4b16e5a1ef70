package io.sendwell.sending.boundary;

import io.sendwell.sending.control.MailSender;
import io.sendwell.sending.control.OutboundEmail;
import io.sendwell.sending.control.OutboundTicket;
import io.sendwell.sending.control.SendFailure;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Takes accepted messages off the outbound queue and sends them through SES, paced to the
 * account's max send rate and fairly between tenants. A message that must wait, or that SES
 * throttled, goes back on the queue with a delivery delay instead of holding a thread.
 * Anything unexpected propagates: the JMS message is redelivered (and after the limit lands in
 * the queue's exception destination); the claim in the database prevents a second SES call.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/sendwell/OutboundQueue")
})
public class OutboundDispatcher implements MessageListener {

    private static final Logger LOG = Logger.getLogger(OutboundDispatcher.class.getName());

    @Inject
    DispatchService dispatch;

    @Inject
    SendPacer pacer;

    @Inject
    MailSender sender;

    @Inject
    OutboundQueue queue;

    @Override
    public void onMessage(Message jmsMessage) {
        OutboundTicket ticket;
        try {
            if (!(jmsMessage instanceof TextMessage text)) {
                LOG.warning("Ignoring a non-text message on the outbound queue: " + jmsMessage.getJMSMessageID());
                return;
            }
            ticket = OutboundQueue.ticketOf(text);
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable outbound message", e);
        }
        dispatchOne(ticket);
    }

    private void dispatchOne(OutboundTicket ticket) {
        Duration wait = pacer.acquire(ticket);
        if (!wait.isZero()) {
            queue.enqueue(ticket, wait.toMillis());
            return;
        }
        Optional<OutboundEmail> job = dispatch.claim(ticket.messageId());
        if (job.isEmpty()) {
            return; // already sent (a redelivery) or no longer exists
        }
        try {
            dispatch.markSent(ticket.messageId(), sender.send(job.get()));
        } catch (SendFailure failure) {
            handle(ticket, failure);
        }
    }

    private void handle(OutboundTicket ticket, SendFailure failure) {
        String messageId = ticket.messageId();
        if (!failure.isTransient()) {
            dispatch.fail(messageId, failure.getMessage());
            return;
        }
        if (dispatch.retryLater(messageId, failure.getMessage())) {
            long backoff = backoffMillis(dispatch.attempts(messageId));
            LOG.info(() -> "SES busy for message " + messageId + " (" + failure.errorType() + "), retrying in " + backoff + " ms");
            queue.enqueue(ticket, backoff);
        }
    }

    /** 1 s, 2 s, 4 s ... capped at 5 minutes. */
    static long backoffMillis(int attempts) {
        return Math.min(300_000L, 1000L << Math.min(attempts - 1, 20));
    }
}
