package io.sendwell.simulator.sending;

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

/** Control endpoint (not SES): messages SendEmail accepted, oldest first; filters {@code to}, {@code from}, {@code configurationSet}. */
@RequestScoped
@Path("/sim/messages")
public class SimMessagesResource {

    @Inject
    MessageLog log;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@QueryParam("to") String to, @QueryParam("from") String from, @QueryParam("configurationSet") String configurationSet) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        log.all().stream()
                .filter(m -> to == null || m.involves(to))
                .filter(m -> from == null || from.equalsIgnoreCase(m.request().fromAddress()))
                .filter(m -> configurationSet == null || configurationSet.equals(m.request().configurationSetName()))
                .forEach(m -> rows.add(m.toJson()));
        return rows.build().toString();
    }

    @DELETE
    public Response clear() {
        log.clear();
        return Response.noContent().build();
    }
}
