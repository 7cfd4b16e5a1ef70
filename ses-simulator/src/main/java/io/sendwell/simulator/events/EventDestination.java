package io.sendwell.simulator.events;

import java.util.Locale;
import java.util.Set;

/** An event destination of a configuration set; only SNS destinations produce anything here. */
public record EventDestination(String name, boolean enabled, Set<String> matchingEventTypes, String snsTopicArn) {

    public EventDestination {
        matchingEventTypes = Set.copyOf(matchingEventTypes);
    }

    /** {@code eventType} as in the record ({@code DeliveryDelay}) against the API enum ({@code DELIVERY_DELAY}). */
    public boolean wants(String eventType) {
        return enabled && snsTopicArn != null && matchingEventTypes.contains(apiName(eventType));
    }

    static String apiName(String eventType) {
        return eventType.replaceAll("([a-z])([A-Z])", "$1_$2").replace(' ', '_').toUpperCase(Locale.ROOT);
    }
}
