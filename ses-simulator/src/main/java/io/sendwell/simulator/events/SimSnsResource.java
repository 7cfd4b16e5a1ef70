package io.sendwell.simulator.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Control endpoints (not SES): the signing certificate, subscription confirmation and a log of SNS posts. */
@RequestScoped
@Path("/sim/sns")
public class SimSnsResource {

    @Inject
    SnsPublisher publisher;

    @GET
    @Path("certificate.pem")
    @Produces("application/x-pem-file")
    public String certificate() {
        return publisher.credentials().certificatePem();
    }

    /** The SubscribeURL of a SubscriptionConfirmation; answers like SNS ConfirmSubscription. */
    @GET
    @Path("confirm")
    @Produces(MediaType.TEXT_XML)
    public Response confirm(@QueryParam("token") String token, @QueryParam("Token") String tokenAws) {
        String value = token != null ? token : tokenAws;
        return publisher.confirm(value == null ? "" : value)
                .map(s -> Response.ok("<ConfirmSubscriptionResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
                        + "<ConfirmSubscriptionResult><SubscriptionArn>" + s.arn() + "</SubscriptionArn></ConfirmSubscriptionResult>"
                        + "</ConfirmSubscriptionResponse>").build())
                .orElseGet(() -> Response.status(404).entity("<ErrorResponse><Error><Code>NotFound</Code>"
                        + "<Message>Unknown token</Message></Error></ErrorResponse>").build());
    }

    @GET
    @Path("unsubscribe")
    @Produces(MediaType.TEXT_XML)
    public Response unsubscribe(@QueryParam("SubscriptionArn") String subscriptionArn) {
        return publisher.unsubscribe(subscriptionArn == null ? "" : subscriptionArn)
                .map(s -> Response.ok("<UnsubscribeResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"/>").build())
                .orElseGet(() -> Response.status(404).build());
    }

    @GET
    @Path("subscriptions")
    @Produces(MediaType.APPLICATION_JSON)
    public String subscriptions() {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        publisher.subscriptions().forEach(s -> rows.add(Json.createObjectBuilder()
                .add("topicArn", s.topicArn()).add("subscriptionArn", s.arn()).add("token", s.token()).add("confirmed", s.confirmed())));
        return rows.build().toString();
    }

    /** Every SNS message posted (or being retried), oldest first; {@code ?sesMessageId=} filters. */
    @GET
    @Path("notifications")
    @Produces(MediaType.APPLICATION_JSON)
    public String notifications(@QueryParam("sesMessageId") String sesMessageId) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        publisher.deliveries().stream()
                .filter(d -> sesMessageId == null || sesMessageId.equals(d.sesMessageId()))
                .forEach(d -> rows.add(d.toJson()));
        return rows.build().toString();
    }

    @DELETE
    @Path("notifications")
    public Response clear() {
        publisher.clearDeliveries();
        return Response.noContent().build();
    }
}
