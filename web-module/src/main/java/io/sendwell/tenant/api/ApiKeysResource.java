package io.sendwell.tenant.api;

import io.sendwell.platform.api.ApiResource;
import io.sendwell.platform.entity.ApiScope;
import io.sendwell.tenant.boundary.ApiKeyService;
import io.sendwell.tenant.entity.ApiKey;
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

/**
 * API keys: the plaintext is in the creation response only; listings show the prefix. A new key
 * gets the scopes named in {@code scopes}, or send and read when none are named.
 */
@Path("/tenants/{tenantId}/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiKeysResource extends ApiResource {

    @jakarta.ws.rs.core.Context
    UriInfo uriInfo;

    @Inject
    ApiKeyService apiKeys;

    /** {@code scopes}: any of "send", "read", "manage"; absent means send and read. */
    public record NewApiKey(String name, List<String> scopes) {
    }

    public record ApiKeyResponse(String id, String name, String prefix, List<String> scopes, Instant createdAt,
                                 Instant revokedAt) {
        static ApiKeyResponse of(ApiKey key) {
            return new ApiKeyResponse(key.id(), key.name(), key.prefix(), names(key), key.createdAt(), key.revokedAt());
        }
    }

    public record CreatedApiKey(String id, String name, String prefix, List<String> scopes, Instant createdAt, String key,
                                String notice) {
    }

    @POST
    public Response create(@PathParam("tenantId") String tenantId, NewApiKey input) {
        NewApiKey body = requireBody(input);
        ApiKey.Issued issued = apiKeys.issue(caller(), tenantId, body.name(), ApiScope.requested(body.scopes()));
        ApiKey key = issued.key();
        return Response.created(uriInfo.getAbsolutePathBuilder().path(key.id()).build()).entity(new CreatedApiKey(key.id(), key.name(), key.prefix(),
                names(key), key.createdAt(), issued.plaintext(),
                "Store this key now: Sendwell keeps only a hash and cannot show it again.")).build();
    }

    @GET
    public List<ApiKeyResponse> list(@PathParam("tenantId") String tenantId) {
        return apiKeys.list(caller(), tenantId).stream().map(ApiKeyResponse::of).toList();
    }

    @GET
    @Path("{keyId}")
    public ApiKeyResponse get(@PathParam("tenantId") String tenantId, @PathParam("keyId") String keyId) {
        return ApiKeyResponse.of(apiKeys.get(caller(), tenantId, keyId));
    }

    @DELETE
    @Path("{keyId}")
    public Response revoke(@PathParam("tenantId") String tenantId, @PathParam("keyId") String keyId) {
        apiKeys.revoke(caller(), tenantId, keyId);
        return Response.noContent().build();
    }

    private static List<String> names(ApiKey key) {
        return key.scopes().stream().map(ApiScope::asString).toList();
    }
}
