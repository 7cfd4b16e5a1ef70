package io.sendwell.simulator.account;

import jakarta.enterprise.context.RequestScoped;
import io.sendwell.simulator.JsonBodies;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@RequestScoped
@Path("/v2/email/account")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    Account account;

    /** GetAccount. */
    @GET
    public String get() {
        return json(account).toString();
    }

    /** PutAccountSendingAttributes. */
    @PUT
    @Path("sending")
    public String putSending(String body) {
        Boolean enabled = JsonBodies.bool(JsonBodies.parse(body), "SendingEnabled");
        if (enabled != null) {
            account.enableSending(enabled);
        }
        return "{}";
    }

    static JsonObject json(Account account) {
        return Json.createObjectBuilder()
                .add("DedicatedIpAutoWarmupEnabled", false)
                .add("EnforcementStatus", account.enforcementStatus().name())
                .add("ProductionAccessEnabled", account.productionAccessEnabled())
                .add("SendQuota", Json.createObjectBuilder()
                        .add("Max24HourSend", account.max24HourSend())
                        .add("MaxSendRate", account.maxSendRate())
                        .add("SentLast24Hours", (double) account.sentLast24Hours()))
                .add("SendingEnabled", account.sendingEnabled())
                .add("SuppressionAttributes", Json.createObjectBuilder()
                        .add("SuppressedReasons", Json.createArrayBuilder().add("BOUNCE").add("COMPLAINT")))
                .build();
    }
}
