package io.sendwell.reputation.entity;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link ReputationPolicy#evaluate}: where the sender was, where it should be, the
 * breaches found (worst first, empty if none) and a sentence an operator or tenant can read.
 */
public record EnforcementDecision(EnforcementState from, EnforcementState to,
                                  List<ThresholdBreach> breaches, String explanation) {

    public EnforcementDecision {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        breaches = List.copyOf(breaches);
        Objects.requireNonNull(explanation, "explanation");
    }

    public boolean changesState() {
        return from != to;
    }

    public boolean escalates() {
        return to.isWorseThan(from);
    }
}
