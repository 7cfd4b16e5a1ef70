package io.sendwell.simulator.events;

import io.sendwell.simulator.account.Account;
import io.sendwell.simulator.rules.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Sends the events of an accepted message to the SNS destinations of its configuration set that want them. */
@ApplicationScoped
public class EventPublisher {

    @Inject
    ConfigurationSets sets;

    @Inject
    SnsPublisher sns;

    @Inject
    Account account;

    @Inject
    Clock clock;

    public void messageAccepted(MailInfo mail, String configurationSetName, Map<String, Outcome> outcomes) {
        if (configurationSetName == null) {
            return;
        }
        ConfigurationSet set = sets.find(configurationSetName).orElse(null);
        if (set == null) {
            return;
        }
        List<JsonObject> events = EventPlan.eventsFor(mail, outcomes, clock.instant());
        java.time.Duration feedbackDelay = java.time.Duration.ofMillis(account.feedbackDelayMillis());
        for (EventDestination destination : set.destinations()) {
            List<JsonObject> wanted = events.stream().filter(event -> destination.wants(event.getString("eventType"))).toList();
            if (!wanted.isEmpty()) {
                sns.publish(destination.snsTopicArn(), mail.messageId(), wanted, feedbackDelay);
            }
        }
    }
}
