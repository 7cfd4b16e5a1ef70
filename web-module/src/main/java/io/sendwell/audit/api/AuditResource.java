package io.sendwell.audit.api;

import io.sendwell.audit.boundary.AuditLog;
import io.sendwell.audit.entity.AuditEntry;
import io.sendwell.platform.api.ApiResource;
import io.sendwell.platform.entity.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;

@Path("/tenants/{tenantId}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource extends ApiResource {

    @Inject
    AuditLog audit;

    public record AuditEntryResponse(String id, Instant at, String actor, String action, String objectType,
                                     String objectId, String detail, String sourceAddress) {
        static AuditEntryResponse of(AuditEntry a) {
            return new AuditEntryResponse(a.id(), a.at(), a.actor(), a.action(), a.objectType(), a.objectId(),
                    a.detail(), a.sourceAddress());
        }
    }

    @GET
    public Page<AuditEntryResponse> list(@PathParam("tenantId") String tenantId, @QueryParam("offset") Integer offset,
                                         @QueryParam("limit") Integer limit) {
        return audit.ofTenant(caller(), tenantId, Page.checkedOffset(offset), Page.checkedLimit(limit))
                .map(AuditEntryResponse::of);
    }
}
