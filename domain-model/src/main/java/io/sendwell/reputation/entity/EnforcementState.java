package io.sendwell.reputation.entity;

/**
 * How much a sender (mailbox, domain, tenant or the whole account) may still send, mildest first.
 * The declaration order is the severity order; {@link #isWorseThan} relies on it.
 */
public enum EnforcementState {
    /** Sends normally. */
    HEALTHY,
    /** Sends normally; the tenant is told its rates are drifting towards a limit. */
    WARNING,
    /** Sends at a fraction of its normal rate ({@link ReputationPolicy#throttleFactor()}). */
    THROTTLED,
    /** Sends nothing until an operator reinstates it. */
    PAUSED;

    public boolean isWorseThan(EnforcementState other) {
        return compareTo(other) > 0;
    }

    public static EnforcementState worstOf(EnforcementState a, EnforcementState b) {
        return a.isWorseThan(b) ? a : b;
    }
}
