package io.sendwell.sending.api;

import io.sendwell.platform.api.ApiResource;
import io.sendwell.platform.api.LargeBody;
import io.sendwell.platform.api.LargeBodyBudgetFilter;
import io.sendwell.platform.api.RequiresScope;
import io.sendwell.platform.entity.ApiScope;
import io.sendwell.platform.entity.InvalidInputException;
import io.sendwell.platform.entity.Page;
import io.sendwell.sending.boundary.MessageQueries;
import io.sendwell.sending.boundary.MessageQueries.MessageFilter;
import io.sendwell.sending.boundary.SendingService;
import io.sendwell.sending.control.SendRequest;
import io.sendwell.sending.entity.MessageRecipient;
import io.sendwell.sending.entity.OutboundMessage;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Sending (202 Accepted: the message is queued) and reading messages with their status. */
@Path("/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MessagesResource extends ApiResource {

    private static final long MAX_REQUEST_BYTES = LargeBodyBudgetFilter.MAX_SEND_BYTES;

    @Inject
    SendingService sending;

    @Inject
    MessageQueries messages;

    @Context
    UriInfo uriInfo;

    public record AcceptedResponse(String id, String status, boolean replay) {
    }

    public record RecipientResponse(String address, String kind, String outcome, String detail, Instant updatedAt) {
        static RecipientResponse of(MessageRecipient r) {
            return new RecipientResponse(r.address(), r.kind().name(), r.outcome(), r.detail(), r.updatedAt());
        }
    }

    public record MessageResponse(String id, String tenantId, String mailboxId, String from, String subject,
                                  String trafficClass, String status, String statusDetail, String sesMessageId,
                                  int attempts, boolean resentAfterUnknownOutcome, int recipientCount, int sizeBytes,
                                  Instant createdAt, Instant sentAt, Instant bodyPurgedAt, List<RecipientResponse> recipients) {
        static MessageResponse of(OutboundMessage m, List<RecipientResponse> recipients) {
            return new MessageResponse(m.id(), m.tenantId(), m.mailboxId(), m.fromAddress(), m.subject(),
                    m.trafficClass().name(), m.status().name(), m.statusDetail(), m.sesMessageId(), m.attempts(),
                    m.resentAfterUnknown(), m.recipientCount(), m.sizeBytes(), m.createdAt(), m.sentAt(), m.bodyPurgedAt(), recipients);
        }
    }

    @POST
    @RequiresScope(ApiScope.SEND)
    @LargeBody(maxBytes = MAX_REQUEST_BYTES)
    public Response send(SendRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        SendingService.Accepted accepted = sending.accept(caller(), requireBody(request), idempotencyKey);
        return Response.accepted(new AcceptedResponse(accepted.messageId(), accepted.status(), accepted.replay()))
                .location(uriInfo.getAbsolutePathBuilder().path(accepted.messageId()).build())
                .build();
    }

    @GET
    @Path("{messageId}")
    public MessageResponse get(@PathParam("messageId") String messageId) {
        OutboundMessage message = messages.get(caller(), messageId);
        return MessageResponse.of(message, messages.recipients(caller(), messageId).stream().map(RecipientResponse::of).toList());
    }

    @GET
    public Page<MessageResponse> list(@QueryParam("tenantId") String tenantId, @QueryParam("status") String status,
                                      @QueryParam("mailboxId") String mailboxId, @QueryParam("recipient") String recipient,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        MessageFilter filter = new MessageFilter(tenantId, status, mailboxId, recipient, instant(from, "from"), instant(to, "to"));
        return messages.list(caller(), filter, Page.checkedOffset(offset), Page.checkedLimit(limit))
                .map(m -> MessageResponse.of(m, null));
    }

    private static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name + " must be an ISO-8601 instant such as 2026-11-28T00:00:00Z");
        }
    }
}
