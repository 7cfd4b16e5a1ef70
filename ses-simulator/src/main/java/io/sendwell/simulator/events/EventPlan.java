package io.sendwell.simulator.events;

import io.sendwell.simulator.rules.Outcome;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SES events one accepted message produces, in the order SES would publish them: Send (or Reject
 * for the whole message), then per recipient Delivery / Bounce / DeliveryDelay, and Complaint after
 * its Delivery.
 */
public final class EventPlan {

    private EventPlan() {
    }

    /** {@code outcomes} in recipient order (use a LinkedHashMap). */
    public static List<JsonObject> eventsFor(MailInfo mail, Map<String, Outcome> outcomes, Instant at) {
        List<JsonObject> events = new ArrayList<>();
        if (outcomes.containsValue(Outcome.REJECT)) {
            events.add(SesEvents.reject(mail));
            return events;
        }
        events.add(SesEvents.send(mail));
        outcomes.forEach((recipient, outcome) -> {
            switch (outcome) {
                case SUCCESS, OOTO -> events.add(SesEvents.delivery(mail, List.of(recipient), at));
                case BOUNCE -> events.add(SesEvents.hardBounce(mail, recipient, at));
                case SUPPRESSED -> events.add(SesEvents.suppressedBounce(mail, recipient, at));
                case COMPLAINT -> {
                    events.add(SesEvents.delivery(mail, List.of(recipient), at));
                    events.add(SesEvents.complaint(mail, recipient, at));
                }
                case DELAY -> events.add(SesEvents.deliveryDelay(mail, recipient, at));
                case REJECT -> throw new IllegalStateException("handled above");
            }
        });
        return events;
    }
}
