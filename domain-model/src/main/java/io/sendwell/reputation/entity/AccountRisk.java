package io.sendwell.reputation.entity;

/**
 * How the shared SES account is doing, as a reading rather than a switch: Sendwell never stops the
 * whole account (that would stop every well-behaved tenant too); it acts on the senders that drive
 * the rates and shows the account's risk. The levels follow the account's rates up and down.
 */
public enum AccountRisk {
    /** Every representative rate is below the warning levels (or too few sends to say). */
    LOW,
    /** A rate reached the warning level; the guardian throttles the tenants at or above the account's rate. */
    ELEVATED,
    /** A rate reached the throttle level; the guardian pauses the tenants at or above the account's rate. */
    HIGH,
    /** A rate reached Sendwell's pause level, just below SES's review level. */
    CRITICAL;

    /** The account row keeps the enforcement levels its rates reached; this is what they mean for the account. */
    public static AccountRisk of(EnforcementState level) {
        return switch (level) {
            case HEALTHY -> LOW;
            case WARNING -> ELEVATED;
            case THROTTLED -> HIGH;
            case PAUSED -> CRITICAL;
        };
    }
}
