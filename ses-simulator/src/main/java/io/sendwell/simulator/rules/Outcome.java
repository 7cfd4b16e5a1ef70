package io.sendwell.simulator.rules;

import java.util.Locale;

/** The fate of one recipient; each maps to the SES events that follow the Send event. */
public enum Outcome {
    /** Delivery. */
    SUCCESS,
    /** Permanent/General hard bounce, 550 5.1.1. */
    BOUNCE,
    /** Delivery followed by an abuse complaint. */
    COMPLAINT,
    /** Delivery (the out-of-office auto-reply itself is not simulated). */
    OOTO,
    /** Permanent/OnAccountSuppressionList bounce. */
    SUPPRESSED,
    /** DeliveryDelay (transient), no final outcome. */
    DELAY,
    /** Reject event instead of Send (SES found a virus); the API call still succeeds. */
    REJECT;

    public static Outcome parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown outcome '" + text + "' (success|bounce|complaint|ooto|suppressed|delay|reject)");
        }
    }

    public String asString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
