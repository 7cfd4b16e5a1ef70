package io.sendwell.maildomain.api;

import io.sendwell.maildomain.boundary.DomainDnsService;
import io.sendwell.maildomain.boundary.MailDomainService;
import io.sendwell.maildomain.boundary.MailDomainService.NewMailDomain;
import io.sendwell.maildomain.entity.MailDomain;
import io.sendwell.platform.api.ApiResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.time.Instant;
import java.util.List;

@Path("/tenants/{tenantId}/domains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailDomainsResource extends ApiResource {

    @jakarta.ws.rs.core.Context
    UriInfo uriInfo;

    @Inject
    MailDomainService domains;

    @Inject
    DomainDnsService dns;

    /** Never carries the BYODKIM private key, not even encrypted. */
    public record MailDomainResponse(String id, String tenantId, String name, String unicodeName, String mailFromDomain,
                                     String status, String statusDetail, String dkimMode, List<String> dkimTokens,
                                     String byoDkimSelector, String sesDkimStatus, String sesMailFromStatus,
                                     String dnsSummary, Instant dnsCheckedAt, Instant createdAt, Instant verifiedAt,
                                     boolean sesIdentityCreated, Instant claimExpiresAt) {
        /** {@code claimExpiresAt}: when an unverified domain stops keeping other tenants from the name. */
        public static MailDomainResponse of(MailDomain d, Instant claimExpiresAt) {
            return new MailDomainResponse(d.id(), d.tenantId(), d.name().asString(), d.name().unicode(),
                    d.mailFromDomain().asString(), d.status().name(), d.statusDetail(),
                    d.usesByoDkim() ? "BYODKIM" : "EASY_DKIM", d.usesByoDkim() ? List.of() : d.dkimTokens(),
                    d.byoDkimSelector(), d.sesDkimStatus(), d.sesMailFromStatus(), d.dnsSummary(), d.dnsCheckedAt(),
                    d.createdAt(), d.verifiedAt(), d.sesIdentityCreated(), claimExpiresAt);
        }
    }

    @POST
    public Response add(@PathParam("tenantId") String tenantId, NewMailDomain input) {
        MailDomainResponse created = response(domains.add(caller(), tenantId, requireBody(input)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created).build();
    }

    @GET
    public List<MailDomainResponse> list(@PathParam("tenantId") String tenantId) {
        return domains.list(caller(), tenantId).stream().map(this::response).toList();
    }

    @GET
    @Path("{domainId}")
    public MailDomainResponse get(@PathParam("tenantId") String tenantId, @PathParam("domainId") String domainId) {
        return response(domains.get(caller(), tenantId, domainId));
    }

    private MailDomainResponse response(MailDomain domain) {
        return MailDomainResponse.of(domain, domains.claimExpiresAt(domain));
    }

    @GET
    @Path("{domainId}/dns-records")
    public DnsResponses.RecordsResponse dnsRecords(@PathParam("tenantId") String tenantId,
                                                   @PathParam("domainId") String domainId) {
        return DnsResponses.RecordsResponse.of(dns.records(caller(), tenantId, domainId));
    }

    @POST
    @Path("{domainId}/dns-check")
    public DnsResponses.ReportResponse dnsCheck(@PathParam("tenantId") String tenantId,
                                                @PathParam("domainId") String domainId) {
        return DnsResponses.ReportResponse.of(dns.check(caller(), tenantId, domainId));
    }

    @POST
    @Path("{domainId}/spf-merge")
    public DnsResponses.Spf spfMerge(@PathParam("tenantId") String tenantId, @PathParam("domainId") String domainId,
                                     DnsResponses.SpfMergeRequest input) {
        return DnsResponses.Spf.of(dns.proposeSpf(caller(), tenantId, domainId, requireBody(input).currentSpf()));
    }

    @DELETE
    @Path("{domainId}")
    public Response remove(@PathParam("tenantId") String tenantId, @PathParam("domainId") String domainId) {
        domains.remove(caller(), tenantId, domainId);
        return Response.noContent().build();
    }
}
