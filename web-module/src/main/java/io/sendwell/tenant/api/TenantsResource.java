package io.sendwell.tenant.api;

import io.sendwell.platform.api.ApiResource;
import io.sendwell.tenant.boundary.TenantService;
import io.sendwell.tenant.boundary.TenantService.NewTenant;
import io.sendwell.tenant.boundary.TenantService.TenantChanges;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

@Path("/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
public class TenantsResource extends ApiResource {

    @jakarta.ws.rs.core.Context
    UriInfo uriInfo;

    @Inject
    TenantService tenants;

    public record Reason(String reason) {
    }

    @POST
    public Response create(NewTenant input) {
        TenantResponse created = TenantResponse.of(tenants.create(caller(), requireBody(input)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    public List<TenantResponse> list() {
        return tenants.list(caller()).stream().map(TenantResponse::of).toList();
    }

    @GET
    @Path("{tenantId}")
    public TenantResponse get(@PathParam("tenantId") String tenantId) {
        return TenantResponse.of(tenants.get(caller(), tenantId));
    }

    @PATCH
    @Path("{tenantId}")
    public TenantResponse update(@PathParam("tenantId") String tenantId, TenantChanges changes) {
        return TenantResponse.of(tenants.update(caller(), tenantId, requireBody(changes)));
    }

    @POST
    @Path("{tenantId}/pause")
    public TenantResponse pause(@PathParam("tenantId") String tenantId, Reason reason) {
        return TenantResponse.of(tenants.pause(caller(), tenantId, requireBody(reason).reason()));
    }

    @POST
    @Path("{tenantId}/reinstate")
    public TenantResponse reinstate(@PathParam("tenantId") String tenantId, Reason reason) {
        return TenantResponse.of(tenants.reinstate(caller(), tenantId, reason == null ? null : reason.reason()));
    }
}
