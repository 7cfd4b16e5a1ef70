package io.sendwell.simulator.suppression;

import java.time.Instant;

/** Reason is BOUNCE or COMPLAINT, as in SES. */
public record SuppressedDestination(String emailAddress, String reason, Instant lastUpdateTime, String messageId, String feedbackId) {

    public SuppressedDestination {
        if (!"BOUNCE".equals(reason) && !"COMPLAINT".equals(reason)) {
            throw new IllegalArgumentException("Reason must be BOUNCE or COMPLAINT");
        }
    }
}
