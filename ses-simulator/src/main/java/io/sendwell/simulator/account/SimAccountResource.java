package io.sendwell.simulator.account;

import jakarta.enterprise.context.RequestScoped;
import io.sendwell.simulator.JsonBodies;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/**
 * Control endpoint (not SES). {@code PUT /sim/account} with any of {@code Max24HourSend},
 * {@code MaxSendRate}, {@code EnforcementStatus}, {@code SendingEnabled}, {@code ProductionAccessEnabled},
 * {@code ThrottleNextSends} (the next n SendEmail calls answer 429), {@code SendLatencyMillis} (SendEmail
 * answers after that long), {@code FeedbackDelayMillis} (a message's events after Send are posted that much
 * later: SES's feedback lag), {@code ThrottleRate} / {@code ServerErrorRate} (shares of SendEmail calls
 * answered 429 / 500 at random); answers the GetAccount shape plus
 * {@code ThrottleNextSends} left. {@code DELETE /sim/account} restores the configured settings and clears counters.
 */
@RequestScoped
@Path("/sim/account")
@Produces(MediaType.APPLICATION_JSON)
public class SimAccountResource {

    @Inject
    Account account;

    @GET
    public String get() {
        return withThrottle(account).toString();
    }

    @PUT
    public String put(String body) {
        JsonObject request = JsonBodies.parse(body);
        Double max24 = JsonBodies.number(request, "Max24HourSend");
        Double rate = JsonBodies.number(request, "MaxSendRate");
        if (max24 != null || rate != null) {
            account.changeQuota(max24 != null ? max24 : account.max24HourSend(), rate != null ? rate : account.maxSendRate());
        }
        String status = JsonBodies.string(request, "EnforcementStatus");
        if (status != null) {
            account.changeEnforcementStatus(EnforcementStatus.valueOf(status.trim().toUpperCase(Locale.ROOT)));
        }
        Boolean sending = JsonBodies.bool(request, "SendingEnabled");
        if (sending != null) {
            account.enableSending(sending);
        }
        Double throttle = JsonBodies.number(request, "ThrottleNextSends");
        if (throttle != null) {
            account.throttleNextSends(throttle.intValue());
        }
        Double latency = JsonBodies.number(request, "SendLatencyMillis");
        if (latency != null) {
            account.changeSendLatency(latency.longValue());
        }
        Double feedbackDelay = JsonBodies.number(request, "FeedbackDelayMillis");
        if (feedbackDelay != null) {
            account.changeFeedbackDelay(feedbackDelay.longValue());
        }
        Double throttleRate = JsonBodies.number(request, "ThrottleRate");
        Double serverErrorRate = JsonBodies.number(request, "ServerErrorRate");
        if (throttleRate != null || serverErrorRate != null) {
            account.injectFaults(throttleRate != null ? throttleRate : account.throttleRate(),
                    serverErrorRate != null ? serverErrorRate : account.serverErrorRate());
        }
        Boolean production = JsonBodies.bool(request, "ProductionAccessEnabled");
        if (production != null) {
            account.grantProductionAccess(production);
        }
        return withThrottle(account).toString();
    }

    /** The GetAccount shape plus the control-only ThrottleNextSends still to come. */
    private static JsonObject withThrottle(Account account) {
        return jakarta.json.Json.createObjectBuilder(AccountResource.json(account))
                .add("ThrottleNextSends", account.throttledSendsLeft())
                .add("SendLatencyMillis", account.sendLatencyMillis())
                .add("FeedbackDelayMillis", account.feedbackDelayMillis())
                .add("ThrottleRate", account.throttleRate())
                .add("ServerErrorRate", account.serverErrorRate()).build();
    }

    @DELETE
    public String reset() {
        account.reset();
        return AccountResource.json(account).toString();
    }
}
