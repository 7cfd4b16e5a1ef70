package io.sendwell.simulator.identity;

import jakarta.enterprise.context.RequestScoped;
import io.sendwell.simulator.JsonBodies;
import io.sendwell.simulator.PathSegments;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

@RequestScoped
@Path("/v2/email/identities")
@Produces(MediaType.APPLICATION_JSON)
public class EmailIdentitiesResource {

    @Inject
    IdentityRegistry registry;

    /** CreateEmailIdentity. */
    @POST
    public String create(String body) {
        JsonObject request = JsonBodies.parse(body);
        String name = JsonBodies.required(request, "EmailIdentity");
        JsonObject signing = JsonBodies.object(request, "DkimSigningAttributes");
        String selector = JsonBodies.string(signing, "DomainSigningSelector");
        java.util.Map<String, String> tags = new java.util.LinkedHashMap<>();
        if (request.get("Tags") instanceof jakarta.json.JsonArray array) {
            for (JsonObject tag : array.getValuesAs(JsonObject.class)) {
                tags.put(JsonBodies.required(tag, "Key"), JsonBodies.string(tag, "Value") == null ? "" : JsonBodies.string(tag, "Value"));
            }
        }
        EmailIdentity identity = registry.create(name, selector, JsonBodies.string(request, "ConfigurationSetName"), tags);
        return Json.createObjectBuilder()
                .add("IdentityType", identity.type().name())
                .add("VerifiedForSendingStatus", identity.isVerified(registry.now()))
                .add("DkimAttributes", dkim(identity, registry.now()))
                .build().toString();
    }

    /** ListEmailIdentities. */
    @GET
    public String list() {
        Instant now = registry.now();
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (EmailIdentity identity : registry.list()) {
            rows.add(Json.createObjectBuilder()
                    .add("IdentityType", identity.type().name())
                    .add("IdentityName", identity.name())
                    .add("SendingEnabled", true)
                    .add("VerificationStatus", identity.isVerified(now) ? "SUCCESS" : "PENDING"));
        }
        return Json.createObjectBuilder().add("EmailIdentities", rows).build().toString();
    }

    /** GetEmailIdentity. */
    @GET
    @Path("{identity}")
    public String get(@Encoded @PathParam("identity") String rawIdentity) {
        EmailIdentity identity = registry.get(PathSegments.decode(rawIdentity));
        Instant now = registry.now();
        boolean verified = identity.isVerified(now);
        JsonObjectBuilder mailFrom = Json.createObjectBuilder().add("BehaviorOnMxFailure", identity.behaviorOnMxFailure());
        if (identity.mailFromDomain() != null) {
            mailFrom.add("MailFromDomain", identity.mailFromDomain())
                    .add("MailFromDomainStatus", identity.mailFromStatus(now, registry.verificationDelay()));
        }
        JsonObjectBuilder response = Json.createObjectBuilder()
                .add("IdentityType", identity.type().name())
                .add("FeedbackForwardingStatus", true)
                .add("VerifiedForSendingStatus", verified)
                .add("VerificationStatus", verified ? "SUCCESS" : "PENDING")
                .add("DkimAttributes", dkim(identity, now))
                .add("MailFromAttributes", mailFrom)
                .add("Policies", Json.createObjectBuilder())
                .add("Tags", tags(identity));
        if (identity.configurationSetName() != null) {
            response.add("ConfigurationSetName", identity.configurationSetName());
        }
        return response.build().toString();
    }

    /** DeleteEmailIdentity. */
    @DELETE
    @Path("{identity}")
    public String delete(@Encoded @PathParam("identity") String rawIdentity) {
        registry.delete(PathSegments.decode(rawIdentity));
        return "{}";
    }

    /** PutEmailIdentityMailFromAttributes; an empty MailFromDomain removes the custom MAIL FROM. */
    @PUT
    @Path("{identity}/mail-from")
    public String putMailFrom(@Encoded @PathParam("identity") String rawIdentity, String body) {
        EmailIdentity identity = registry.get(PathSegments.decode(rawIdentity));
        JsonObject request = JsonBodies.parse(body);
        identity.changeMailFrom(JsonBodies.string(request, "MailFromDomain"), JsonBodies.string(request, "BehaviorOnMxFailure"), registry.now());
        return "{}";
    }

    private static JsonArrayBuilder tags(EmailIdentity identity) {
        JsonArrayBuilder tags = Json.createArrayBuilder();
        identity.tags().forEach((key, value) -> tags.add(Json.createObjectBuilder().add("Key", key).add("Value", value)));
        return tags;
    }

    static JsonObjectBuilder dkim(EmailIdentity identity, Instant now) {
        JsonArrayBuilder tokens = Json.createArrayBuilder();
        identity.dkimTokens().forEach(tokens::add);
        boolean domain = identity.type() == EmailIdentity.Type.DOMAIN;
        String status = !domain ? "NOT_STARTED" : identity.isVerified(now) ? "SUCCESS" : "PENDING";
        JsonObjectBuilder dkim = Json.createObjectBuilder()
                .add("SigningEnabled", domain)
                .add("Status", status)
                .add("Tokens", tokens)
                .add("SigningAttributesOrigin", identity.externalDkim() ? "EXTERNAL" : "AWS_SES");
        if (domain && !identity.externalDkim()) {
            dkim.add("NextSigningKeyLength", "RSA_2048_BIT").add("CurrentSigningKeyLength", "RSA_2048_BIT");
        }
        return dkim;
    }
}
