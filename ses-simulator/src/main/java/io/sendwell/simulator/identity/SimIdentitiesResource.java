package io.sendwell.simulator.identity;

import jakarta.enterprise.context.RequestScoped;
import io.sendwell.simulator.PathSegments;
import jakarta.inject.Inject;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Control endpoints (not SES): verify an identity (and its MAIL FROM domain) without waiting, or
 * hold one PENDING (also before it exists) until it is verified by hand.
 */
@RequestScoped
@Path("/sim/identities")
@Produces(MediaType.APPLICATION_JSON)
public class SimIdentitiesResource {

    @Inject
    IdentityRegistry registry;

    @POST
    @Path("{identity}/verify")
    public String verify(@Encoded @PathParam("identity") String rawIdentity) {
        String name = PathSegments.decode(rawIdentity);
        registry.verifyNow(name);
        return jakarta.json.Json.createObjectBuilder().add("identity", name).add("verified", true).build().toString();
    }

    @POST
    @Path("{identity}/hold")
    public String hold(@Encoded @PathParam("identity") String rawIdentity) {
        String name = PathSegments.decode(rawIdentity);
        registry.hold(name);
        return jakarta.json.Json.createObjectBuilder().add("identity", name).add("held", true).build().toString();
    }
}
