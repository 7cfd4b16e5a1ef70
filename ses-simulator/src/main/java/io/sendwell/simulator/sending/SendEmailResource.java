package io.sendwell.simulator.sending;

import jakarta.enterprise.context.RequestScoped;
import io.sendwell.simulator.JsonBodies;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;

@RequestScoped
@Path("/v2/email/outbound-emails")
@Produces(MediaType.APPLICATION_JSON)
public class SendEmailResource {

    @Inject
    Sender sender;

    @Inject
    AnswerDelay delay;

    /** SendEmail, answered after the account's SendLatencyMillis. */
    @POST
    public void send(String body, @Suspended AsyncResponse response) {
        delay.answer(response, () -> {
            String messageId = sender.send(EmailRequestParser.parse(JsonBodies.parse(body)));
            return Json.createObjectBuilder().add("MessageId", messageId).build().toString();
        });
    }
}
