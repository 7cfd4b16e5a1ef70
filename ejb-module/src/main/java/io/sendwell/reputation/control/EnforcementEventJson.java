package io.sendwell.reputation.control;

import io.sendwell.reputation.entity.EnforcementChange;
import io.sendwell.reputation.entity.ReputationScope;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** The enforcement event published on jms/sendwell/EventsTopic (format in the README). */
public final class EnforcementEventJson {

    private EnforcementEventJson() {
    }

    public static String of(EnforcementChange change) {
        ReputationScope scope = change.scope();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("kind", "enforcement")
                .add("changeId", change.id())
                .add("scopeType", scope.type().wireName())
                .add("scopeKey", scope.key());
        if (scope.id() != null) {
            json.add("scopeId", scope.id());
        }
        if (change.tenantId() != null) {
            json.add("tenantId", change.tenantId());
        }
        return json.add("from", change.from().name())
                .add("to", change.to().name())
                .add("reason", change.reason())
                .add("actor", change.actor())
                .add("changedAt", change.changedAt().toString())
                .build().toString();
    }
}
