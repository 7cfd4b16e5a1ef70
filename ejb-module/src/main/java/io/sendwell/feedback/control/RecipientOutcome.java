package io.sendwell.feedback.control;

import java.util.Objects;

/**
 * What an event says about one recipient. {@code diagnostic} is the remote server's answer or SES's
 * reason where the event has one (bounce diagnosticCode, delivery smtpResponse, reject reason), else null.
 */
public record RecipientOutcome(String address, Outcome outcome, String diagnostic) {

    public enum Outcome {
        SENT, REJECTED, DELIVERED, DELAYED, BOUNCED, COMPLAINED, SUBSCRIPTION_CHANGED
    }

    public RecipientOutcome {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(outcome, "outcome");
    }
}
