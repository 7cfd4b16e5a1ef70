package io.sendwell.reputation.api;

import io.sendwell.platform.api.ApiResource;
import io.sendwell.platform.control.Caller;
import io.sendwell.platform.entity.InvalidInputException;
import io.sendwell.reputation.boundary.EnforcementService;
import io.sendwell.reputation.boundary.ReputationService;
import io.sendwell.reputation.control.FeedbackWindows;
import io.sendwell.reputation.boundary.ReputationService.PlatformReputation;
import io.sendwell.reputation.boundary.ReputationService.TenantReputation;
import io.sendwell.reputation.entity.ScopeEnforcement;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** Rates and enforcement states: a tenant's own scopes, the whole platform, and reinstatement. */
@Path("/reputation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReputationResource extends ApiResource {

    @Inject
    ReputationService reputation;

    @Inject
    EnforcementService enforcement;

    public record Reinstatement(String reason) {
    }

    public record ScopeStateResponse(String scopeType, String scopeId, String tenantId, String state, String reason,
                                     Instant changedAt) {
        static ScopeStateResponse of(ScopeEnforcement s) {
            return new ScopeStateResponse(s.scope().type().wireName(), s.scope().id(), s.tenantId(), s.state().name(),
                    s.reason(), s.changedAt());
        }
    }

    @GET
    public TenantReputation ofTenant(@QueryParam("tenantId") String tenantId) {
        Caller caller = caller();
        if (caller.isPlatformAdmin() && (tenantId == null || tenantId.isBlank())) {
            throw new InvalidInputException("a platform administrator must name the tenant with ?tenantId=");
        }
        return reputation.ofTenant(caller, caller.isPlatformAdmin() || tenantId != null ? tenantId : caller.tenantId());
    }

    @GET
    @Path("platform")
    public PlatformReputation ofPlatform() {
        return reputation.ofPlatform(caller());
    }

    /** Sends awaiting feedback against each sender's window, and why its last message was held. */
    @GET
    @Path("feedback-windows")
    public List<FeedbackWindows.ScopeView> feedbackWindows() {
        return reputation.feedbackWindows(caller());
    }

    @POST
    @Path("{scopeType}/{scopeId}/reinstate")
    public ScopeStateResponse reinstate(@PathParam("scopeType") String scopeType, @PathParam("scopeId") String scopeId,
                                        Reinstatement body) {
        return ScopeStateResponse.of(enforcement.reinstate(caller(), scopeType, scopeId, requireBody(body).reason()));
    }
}
