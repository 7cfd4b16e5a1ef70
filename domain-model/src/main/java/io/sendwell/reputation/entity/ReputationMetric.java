package io.sendwell.reputation.entity;

/** The rates the policy watches. */
public enum ReputationMetric {
    BOUNCE_RATE("bounce rate"),
    COMPLAINT_RATE("complaint rate");

    private final String description;

    ReputationMetric(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    double of(ReputationCounts counts) {
        return this == BOUNCE_RATE ? counts.bounceRate() : counts.complaintRate();
    }
}
