package io.sendwell.simulator.legacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Control endpoint (not SES): a legacy system's durable subscription to Sendwell's events topic.
 * {@code POST /sim/legacy/subscriptions/{name}} creates it and goes away (no consumer is left
 * open, as when the legacy system is down); {@code GET /sim/legacy/subscriptions/{name}/events
 * ?selector=&max=&waitMillis=} then receives what was kept for it meanwhile, as
 * {@code {"events": ["<json>", ...]}}; {@code DELETE} unsubscribes.
 */
@RequestScoped
@Path("/sim/legacy/subscriptions/{name}")
@Produces(MediaType.APPLICATION_JSON)
public class LegacyEventSubscriberResource {

    @Resource(lookup = "jms/sendwell/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/sendwell/EventsTopic")
    Topic events;

    @POST
    public String subscribe(@PathParam("name") String name, @QueryParam("selector") String selector) {
        try (JMSContext jms = context()) {
            jms.createSharedDurableConsumer(events, name, selector).close();
        }
        return Json.createObjectBuilder().add("subscription", name).build().toString();
    }

    @GET
    @Path("events")
    public String receive(@PathParam("name") String name, @QueryParam("selector") String selector,
                          @QueryParam("max") int max, @QueryParam("waitMillis") long waitMillis) throws JMSException {
        JsonArrayBuilder received = Json.createArrayBuilder();
        try (JMSContext jms = context(); JMSConsumer consumer = jms.createSharedDurableConsumer(events, name, selector)) {
            int limit = max <= 0 ? 100 : max;
            long wait = waitMillis <= 0 ? 2000 : Math.min(waitMillis, 20_000);
            for (int i = 0; i < limit; i++) {
                Message message = consumer.receive(wait);
                if (message == null) {
                    break;
                }
                received.add(message instanceof TextMessage text && text.getText() != null ? text.getText() : "");
            }
        }
        return Json.createObjectBuilder().add("events", received).build().toString();
    }

    @DELETE
    public void unsubscribe(@PathParam("name") String name) {
        try (JMSContext jms = context()) {
            jms.unsubscribe(name);
        }
    }

    /**
     * A shared durable subscription (JMS 2.0) needs no client id, which an application inside
     * the container may not set; a remote legacy client can use either kind.
     */
    private JMSContext context() {
        return connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
    }
}
