package io.sendwell.simulator.legacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Control endpoint (not SES): a legacy system on the messaging engine's remote TLS port, signing in
 * with the credentials it is given. {@code POST /sim/legacy/remote/{operation}?user=&password=} tries
 * one operation and answers {@code {"allowed": true, ...}} or {@code {"allowed": false, "error": "<class>",
 * "detail": "<message>"}}; the remote security test asks what a client may and may not do.
 *
 * <p>Operations: {@code send-request} (the body to the request queue with a temporary reply queue;
 * answers the reply), {@code subscribe-events}, {@code read-requests} (would steal other tenants'
 * requests), {@code browse-requests}, {@code publish-event} (would forge events), {@code read-dlq}.
 */
@RequestScoped
@Path("/sim/legacy/remote/{operation}")
@Produces(MediaType.APPLICATION_JSON)
public class LegacyRemoteClientResource {

    private static final long WAIT_MILLIS = 20_000;

    @Resource(lookup = "jms/sendwell/sim/LegacyRemoteConnectionFactory")
    ConnectionFactory remote;

    @Resource(lookup = "jms/sendwell/SendRequestQueue")
    Queue requestQueue;

    @Resource(lookup = "jms/sendwell/EventsTopic")
    Topic events;

    @POST
    @Consumes(MediaType.WILDCARD)
    public String attempt(@PathParam("operation") String operation, @QueryParam("user") String user,
                          @QueryParam("password") String password, String body) {
        JsonObjectBuilder answer = Json.createObjectBuilder().add("operation", operation);
        // Application-supplied credentials, as a legacy client passes them; none means anonymous.
        try (JMSContext jms = user == null ? remote.createContext(JMSContext.AUTO_ACKNOWLEDGE)
                : remote.createContext(user, password, JMSContext.AUTO_ACKNOWLEDGE)) {
            run(operation, jms, body == null ? "" : body, answer);
            answer.add("allowed", true);
        } catch (JMSRuntimeException e) {
            answer.add("allowed", false).add("error", e.getClass().getSimpleName())
                    .add("detail", String.valueOf(e.getMessage()));
        }
        return answer.build().toString();
    }

    private void run(String operation, JMSContext jms, String body, JsonObjectBuilder answer) {
        switch (operation) {
            case "send-request" -> sendRequest(jms, body, answer);
            case "subscribe-events" -> {
                try (JMSConsumer consumer = jms.createConsumer(events)) {
                    consumer.receiveNoWait();
                }
            }
            case "read-requests" -> {
                try (JMSConsumer consumer = jms.createConsumer(requestQueue)) {
                    consumer.receive(500);
                }
            }
            case "browse-requests" -> browse(jms);
            case "publish-event" -> jms.createProducer().send(events, "{\"kind\":\"forged\"}");
            case "read-dlq" -> {
                try (JMSConsumer consumer = jms.createConsumer(jms.createQueue("SendwellSendRequestsDLQ"))) {
                    consumer.receive(500);
                }
            }
            default -> throw new BadRequestException("unknown operation " + operation);
        }
    }

    private void sendRequest(JMSContext jms, String body, JsonObjectBuilder answer) {
        TemporaryQueue replyQueue = jms.createTemporaryQueue();
        try (JMSConsumer consumer = jms.createConsumer(replyQueue)) {
            jms.createProducer().setJMSReplyTo(replyQueue).send(requestQueue, body);
            Message reply = consumer.receive(WAIT_MILLIS);
            answer.add("replyText", reply instanceof TextMessage text ? textOf(text) : "");
        }
    }

    private void browse(JMSContext jms) {
        try (QueueBrowser browser = jms.createBrowser(requestQueue)) {
            browser.getEnumeration().hasMoreElements();
        } catch (JMSException e) {
            throw unchecked(e);
        }
    }

    private static String textOf(TextMessage text) {
        try {
            return text.getText() == null ? "" : text.getText();
        } catch (JMSException e) {
            throw unchecked(e);
        }
    }

    /** Keeps the security refusal recognisable: the answer names the exception class. */
    private static JMSRuntimeException unchecked(JMSException e) {
        return e instanceof JMSSecurityException
                ? new JMSSecurityRuntimeException(e.getMessage(), e.getErrorCode(), e)
                : new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
}
