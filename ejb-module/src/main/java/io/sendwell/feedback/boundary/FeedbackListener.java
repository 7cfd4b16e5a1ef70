package io.sendwell.feedback.boundary;

import io.sendwell.feedback.control.SnsMessage;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/**
 * Takes verified SNS notifications off jms/sendwell/FeedbackQueue (activation spec
 * sendwell/ejb-module/FeedbackListener in server.xml). It holds no rules: a runtime exception
 * rolls back, the message is redelivered, and after the queue's limit it moves to
 * SendwellFeedbackDLQ while later messages keep flowing.
 */
@MessageDriven(name = "FeedbackListener")
public class FeedbackListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(FeedbackListener.class.getName());

    @Inject
    FeedbackService feedback;

    @Override
    public void onMessage(Message message) {
        if (!(message instanceof TextMessage text)) {
            // Only the SNS endpoint writes this queue; anything else is a stray we cannot read.
            LOG.warning(() -> "Feedback queue: ignoring a " + message.getClass().getSimpleName() + ", expected a TextMessage");
            return;
        }
        // The endpoint verified the signature before queueing; verifying again would fetch certificates
        // on every redelivery for nothing.
        SnsMessage sns = SnsMessage.parse(body(text));
        feedback.record(sns.messageId(), sns.message());
    }

    private static String body(TextMessage text) {
        try {
            return text.getText();
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read the feedback message", e);
        }
    }
}
