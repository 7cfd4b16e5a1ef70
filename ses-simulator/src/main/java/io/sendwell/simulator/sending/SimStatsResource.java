package io.sendwell.simulator.sending;

import io.sendwell.simulator.events.SnsPublisher;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Control endpoint (not SES): {@code GET /sim/stats} answers {@code {"messagesAccepted": n,
 * "snsDelivered": n, "rateRefusals": n}} since start (rateRefusals: SendEmail calls over MaxSendRate) — cheap counters a benchmark can poll, unlike the message list.
 */
@RequestScoped
@Path("/sim/stats")
public class SimStatsResource {

    @Inject
    MessageLog log;

    @Inject
    SnsPublisher sns;

    @Inject
    io.sendwell.simulator.account.Account account;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String stats() {
        return Json.createObjectBuilder()
                .add("messagesAccepted", log.acceptedSinceStart())
                .add("snsDelivered", sns.deliveredSinceStart())
                .add("rateRefusals", account.rateRefusals())
                .build().toString();
    }
}
