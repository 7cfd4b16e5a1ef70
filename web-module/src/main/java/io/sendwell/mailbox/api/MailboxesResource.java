package io.sendwell.mailbox.api;

import io.sendwell.mailbox.boundary.MailboxService;
import io.sendwell.mailbox.boundary.MailboxService.MailboxChanges;
import io.sendwell.mailbox.boundary.MailboxService.NewMailbox;
import io.sendwell.mailbox.entity.Mailbox;
import io.sendwell.platform.api.ApiResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Instant;
import java.util.List;

@Path("/tenants/{tenantId}/mailboxes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
public class MailboxesResource extends ApiResource {

    @jakarta.ws.rs.core.Context
    UriInfo uriInfo;

    @Inject
    MailboxService mailboxes;

    public record MailboxResponse(String id, String tenantId, String domainId, String address, String displayName,
                                  int dailyLimit, String status, String statusReason, Instant createdAt) {
        public static MailboxResponse of(Mailbox m) {
            return new MailboxResponse(m.id(), m.tenantId(), m.domainId(), m.address().asString(), m.displayName(),
                    m.dailyLimit(), m.status().name(), m.statusReason(), m.createdAt());
        }
    }

    @POST
    public Response create(@PathParam("tenantId") String tenantId, NewMailbox input) {
        MailboxResponse created = MailboxResponse.of(mailboxes.create(caller(), tenantId, requireBody(input)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created).build();
    }

    @GET
    public List<MailboxResponse> list(@PathParam("tenantId") String tenantId) {
        return mailboxes.list(caller(), tenantId).stream().map(MailboxResponse::of).toList();
    }

    @GET
    @Path("{mailboxId}")
    public MailboxResponse get(@PathParam("tenantId") String tenantId, @PathParam("mailboxId") String mailboxId) {
        return MailboxResponse.of(mailboxes.get(caller(), tenantId, mailboxId));
    }

    @PATCH
    @Path("{mailboxId}")
    public MailboxResponse update(@PathParam("tenantId") String tenantId, @PathParam("mailboxId") String mailboxId,
                                  MailboxChanges changes) {
        return MailboxResponse.of(mailboxes.update(caller(), tenantId, mailboxId, requireBody(changes)));
    }

    @DELETE
    @Path("{mailboxId}")
    public Response delete(@PathParam("tenantId") String tenantId, @PathParam("mailboxId") String mailboxId) {
        mailboxes.delete(caller(), tenantId, mailboxId);
        return Response.noContent().build();
    }
}
