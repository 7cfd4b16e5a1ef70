package io.sendwell.simulator.events;

import jakarta.enterprise.context.RequestScoped;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.HashSet;

@RequestScoped
@Path("/v2/email/configuration-sets")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigurationSetsResource {

    @Inject
    ConfigurationSets sets;

    @Inject
    SnsPublisher publisher;

    @Inject
    Clock clock;

    /** CreateConfigurationSet (options other than the name are accepted and ignored). */
    @POST
    public String create(String body) {
        sets.create(JsonBodies.required(JsonBodies.parse(body), "ConfigurationSetName"), clock.instant());
        return "{}";
    }

    /** ListConfigurationSets. */
    @GET
    public String list() {
        JsonArrayBuilder names = Json.createArrayBuilder();
        sets.list().forEach(set -> names.add(set.name()));
        return Json.createObjectBuilder().add("ConfigurationSets", names).build().toString();
    }

    /** GetConfigurationSet (minimal). */
    @GET
    @Path("{name}")
    public String get(@Encoded @PathParam("name") String rawName) {
        ConfigurationSet set = sets.get(PathSegments.decode(rawName));
        return Json.createObjectBuilder().add("ConfigurationSetName", set.name()).build().toString();
    }

    /** DeleteConfigurationSet. */
    @DELETE
    @Path("{name}")
    public String delete(@Encoded @PathParam("name") String rawName) {
        sets.delete(PathSegments.decode(rawName));
        return "{}";
    }

    /** CreateConfigurationSetEventDestination; an SNS destination gets a SubscriptionConfirmation like a new SNS subscription. */
    @POST
    @Path("{name}/event-destinations")
    public String createDestination(@Encoded @PathParam("name") String rawName, String body) {
        ConfigurationSet set = sets.get(PathSegments.decode(rawName));
        JsonObject request = JsonBodies.parse(body);
        String destinationName = JsonBodies.required(request, "EventDestinationName");
        JsonObject destination = JsonBodies.object(request, "EventDestination");
        if (destination == null) {
            throw SesException.badRequest("EventDestination is required.");
        }
        Boolean enabled = JsonBodies.bool(destination, "Enabled");
        String topicArn = JsonBodies.string(JsonBodies.object(destination, "SnsDestination"), "TopicArn");
        if (JsonBodies.object(destination, "SnsDestination") != null && (topicArn == null || !topicArn.startsWith("arn:"))) {
            throw SesException.badRequest("SnsDestination.TopicArn must be an SNS topic ARN.");
        }
        EventDestination created = new EventDestination(destinationName, enabled == null || enabled,
                new HashSet<>(JsonBodies.strings(destination, "MatchingEventTypes")), topicArn);
        set.addDestination(created);
        if (topicArn != null) {
            publisher.subscribe(topicArn);
        }
        return "{}";
    }

    /** GetConfigurationSetEventDestinations. */
    @GET
    @Path("{name}/event-destinations")
    public String destinations(@Encoded @PathParam("name") String rawName) {
        ConfigurationSet set = sets.get(PathSegments.decode(rawName));
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (EventDestination destination : set.destinations()) {
            JsonArrayBuilder types = Json.createArrayBuilder();
            destination.matchingEventTypes().stream().sorted().forEach(types::add);
            JsonObjectBuilder row = Json.createObjectBuilder()
                    .add("Name", destination.name())
                    .add("Enabled", destination.enabled())
                    .add("MatchingEventTypes", types);
            if (destination.snsTopicArn() != null) {
                row.add("SnsDestination", Json.createObjectBuilder().add("TopicArn", destination.snsTopicArn()));
            }
            rows.add(row);
        }
        return Json.createObjectBuilder().add("EventDestinations", rows).build().toString();
    }

    /** DeleteConfigurationSetEventDestination. */
    @DELETE
    @Path("{name}/event-destinations/{destination}")
    public String deleteDestination(@Encoded @PathParam("name") String rawName, @Encoded @PathParam("destination") String rawDestination) {
        sets.get(PathSegments.decode(rawName)).removeDestination(PathSegments.decode(rawDestination));
        return "{}";
    }
}
