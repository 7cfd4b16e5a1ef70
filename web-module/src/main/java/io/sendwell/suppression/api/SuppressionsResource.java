package io.sendwell.suppression.api;

import io.sendwell.platform.api.ApiResource;
import io.sendwell.platform.control.Caller;
import io.sendwell.platform.entity.InvalidInputException;
import io.sendwell.platform.entity.Page;
import io.sendwell.suppression.boundary.SuppressionService;
import io.sendwell.suppression.entity.Suppression;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/**
 * The caller's tenant's suppression list. A tenant API key works on its own tenant; a platform
 * administrator names the tenant with {@code ?tenantId=}.
 */
@Path("/suppressions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SuppressionsResource extends ApiResource {

    @Inject
    SuppressionService suppressions;

    public record SuppressionResponse(String id, String tenantId, String address, String reason, String detail,
                                      String sourceEventId, Instant createdAt) {
        static SuppressionResponse of(Suppression s) {
            return new SuppressionResponse(s.id(), s.tenantId(), s.address(), s.reason().name(), s.detail(),
                    s.sourceEventId(), s.createdAt());
        }
    }

    public record NewSuppression(String address, String detail) {
    }

    @GET
    public Page<SuppressionResponse> search(@QueryParam("tenantId") String tenantId, @QueryParam("q") String query,
                                            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return suppressions.search(caller(), tenantOf(tenantId), query, Page.checkedOffset(offset), Page.checkedLimit(limit))
                .map(SuppressionResponse::of);
    }

    @POST
    public Response add(@QueryParam("tenantId") String tenantId, NewSuppression input) {
        NewSuppression body = requireBody(input);
        return Response.status(201)
                .entity(SuppressionResponse.of(suppressions.add(caller(), tenantOf(tenantId), body.address(), body.detail())))
                .build();
    }

    @DELETE
    @Path("{address}")
    public Response remove(@QueryParam("tenantId") String tenantId, @PathParam("address") String address) {
        suppressions.remove(caller(), tenantOf(tenantId), address);
        return Response.noContent().build();
    }

    /** A tenant always means its own tenant (another id is then "not found", by the service). */
    private String tenantOf(String requested) {
        Caller caller = caller();
        if (caller.isPlatformAdmin()) {
            if (requested == null || requested.isBlank()) {
                throw new InvalidInputException("a platform administrator must name the tenant with ?tenantId=");
            }
            return requested;
        }
        return requested == null || requested.isBlank() ? caller.tenantId() : requested;
    }
}
