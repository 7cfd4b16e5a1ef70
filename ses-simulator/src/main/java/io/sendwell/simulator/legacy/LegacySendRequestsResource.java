package io.sendwell.simulator.legacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Control endpoint (not SES): {@code POST /sim/legacy/send-requests[?correlationId=]} puts the body,
 * as it is, on Sendwell's send request queue as a TextMessage with a temporary reply queue, and
 * answers {@code {"replyText", "correlationId", "requestMessageId", "replies"}} once Sendwell replied, or
 * 504 after {@value #REPLY_TIMEOUT_MILLIS} ms. With {@code ?extraReplyWaitMillis=} it keeps listening that
 * long for further replies and counts them. The body is not checked: malformed requests are the point.
 */
@RequestScoped
@Path("/sim/legacy/send-requests")
public class LegacySendRequestsResource {

    static final long REPLY_TIMEOUT_MILLIS = 20_000;

    @Resource(lookup = "jms/sendwell/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/sendwell/SendRequestQueue")
    Queue requestQueue;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(String body, @QueryParam("correlationId") String correlationId,
                         @QueryParam("extraReplyWaitMillis") long extraReplyWaitMillis) throws JMSException {
        // A non-transacted context: the request must be on the queue before we wait for its reply.
        try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            TemporaryQueue replyQueue = jms.createTemporaryQueue();
            TextMessage request = jms.createTextMessage(body);
            request.setJMSReplyTo(replyQueue);
            if (correlationId != null && !correlationId.isBlank()) {
                request.setJMSCorrelationID(correlationId);
            }
            jms.createProducer().send(requestQueue, request);
            try (JMSConsumer consumer = jms.createConsumer(replyQueue)) {
                Message reply = consumer.receive(REPLY_TIMEOUT_MILLIS);
                if (reply == null) {
                    return Response.status(Response.Status.GATEWAY_TIMEOUT).type(MediaType.APPLICATION_JSON)
                            .entity(Json.createObjectBuilder().add("error", "no reply within " + REPLY_TIMEOUT_MILLIS + " ms")
                                    .add("requestMessageId", request.getJMSMessageID()).build().toString())
                            .build();
                }
                JsonObjectBuilder answer = Json.createObjectBuilder()
                        .add("requestMessageId", request.getJMSMessageID());
                answer.add("replyText", reply instanceof TextMessage text && text.getText() != null ? text.getText() : "");
                // a request that was redelivered instead of consumed would be answered again
                int replies = 1;
                while (extraReplyWaitMillis > 0 && consumer.receive(Math.min(extraReplyWaitMillis, REPLY_TIMEOUT_MILLIS)) != null) {
                    replies++;
                }
                answer.add("replies", replies);
                if (reply.getJMSCorrelationID() != null) {
                    answer.add("correlationId", reply.getJMSCorrelationID());
                }
                return Response.ok(answer.build().toString()).build();
            }
        }
    }
}
