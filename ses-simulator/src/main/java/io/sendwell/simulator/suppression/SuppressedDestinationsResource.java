package io.sendwell.simulator.suppression;

import jakarta.enterprise.context.RequestScoped;
import static io.sendwell.simulator.JsonBodies.epochSeconds;

import io.sendwell.simulator.JsonBodies;
import io.sendwell.simulator.PathSegments;
import io.sendwell.simulator.SesException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;

@RequestScoped
@Path("/v2/email/suppression/addresses")
@Produces(MediaType.APPLICATION_JSON)
public class SuppressedDestinationsResource {

    @Inject
    SuppressionList suppressionList;

    @Inject
    Clock clock;

    /** PutSuppressedDestination. */
    @PUT
    public String put(String body) {
        JsonObject request = JsonBodies.parse(body);
        String address = JsonBodies.required(request, "EmailAddress");
        String reason = JsonBodies.required(request, "Reason");
        if (!reason.equals("BOUNCE") && !reason.equals("COMPLAINT")) {
            throw SesException.badRequest("Reason must be BOUNCE or COMPLAINT.");
        }
        suppressionList.put(new SuppressedDestination(address, reason, clock.instant(), null, null));
        return "{}";
    }

    /** GetSuppressedDestination. */
    @GET
    @Path("{email}")
    public String get(@Encoded @PathParam("email") String rawEmail) {
        String email = PathSegments.decode(rawEmail);
        SuppressedDestination found = suppressionList.find(email)
                .orElseThrow(() -> SesException.notFound("Email address " + email + " does not exist on your suppression list."));
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        if (found.messageId() != null) {
            attributes.add("MessageId", found.messageId());
        }
        if (found.feedbackId() != null) {
            attributes.add("FeedbackId", found.feedbackId());
        }
        return Json.createObjectBuilder().add("SuppressedDestination", Json.createObjectBuilder()
                .add("EmailAddress", found.emailAddress())
                .add("Reason", found.reason())
                .add("LastUpdateTime", epochSeconds(found.lastUpdateTime()))
                .add("Attributes", attributes)).build().toString();
    }

    /** DeleteSuppressedDestination. */
    @DELETE
    @Path("{email}")
    public String delete(@Encoded @PathParam("email") String rawEmail) {
        String email = PathSegments.decode(rawEmail);
        if (!suppressionList.remove(email)) {
            throw SesException.notFound("Email address " + email + " does not exist on your suppression list.");
        }
        return "{}";
    }

    /** ListSuppressedDestinations; NextToken is an offset. */
    @GET
    public String list(@QueryParam("Reason") List<String> reasons, @QueryParam("NextToken") String nextToken,
                       @QueryParam("PageSize") Integer pageSize) {
        List<SuppressedDestination> all = suppressionList.list().stream()
                .filter(entry -> reasons == null || reasons.isEmpty() || reasons.contains(entry.reason()))
                .toList();
        int from = nextToken == null || nextToken.isBlank() ? 0 : Integer.parseInt(nextToken);
        int size = pageSize == null || pageSize <= 0 ? 1000 : pageSize;
        int to = Math.min(all.size(), from + size);
        JsonArrayBuilder summaries = Json.createArrayBuilder();
        for (SuppressedDestination entry : all.subList(Math.min(from, all.size()), to)) {
            summaries.add(Json.createObjectBuilder()
                    .add("EmailAddress", entry.emailAddress())
                    .add("Reason", entry.reason())
                    .add("LastUpdateTime", epochSeconds(entry.lastUpdateTime())));
        }
        JsonObjectBuilder response = Json.createObjectBuilder().add("SuppressedDestinationSummaries", summaries);
        if (to < all.size()) {
            response.add("NextToken", String.valueOf(to));
        }
        return response.build().toString();
    }
}
