package io.sendwell.maildomain.api;

import io.sendwell.maildomain.boundary.MailDomainService;
import io.sendwell.maildomain.entity.OwnershipChallenge;
import io.sendwell.platform.api.ApiResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/** The tenant's open DNS ownership challenges: what to publish to claim a disputed name. */
@Path("/tenants/{tenantId}/domain-challenges")
@Produces(MediaType.APPLICATION_JSON)
public class DomainChallengesResource extends ApiResource {

    @Inject
    MailDomainService domains;

    public record ChallengeResponse(String domain, String type, String name, String value, Instant createdAt) {
        static ChallengeResponse of(OwnershipChallenge c) {
            return new ChallengeResponse(c.name().asString(), "TXT", c.recordName(), c.recordValue(), c.createdAt());
        }
    }

    @GET
    public List<ChallengeResponse> list(@PathParam("tenantId") String tenantId) {
        return domains.challenges(caller(), tenantId).stream().map(ChallengeResponse::of).toList();
    }
}
