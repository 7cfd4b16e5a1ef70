package io.sendwell.reputation.entity;

/**
 * The rates (fractions, 0.02 = 2 %) at which one metric moves a sender to WARNING, THROTTLED and
 * PAUSED. A rate that reaches a level (greater or equal) counts as crossing it.
 */
public record RateLevels(double warn, double throttle, double pause) {

    public RateLevels {
        requireFraction("warn", warn);
        requireFraction("throttle", throttle);
        requireFraction("pause", pause);
        if (!(warn < throttle && throttle < pause)) {
            throw new IllegalArgumentException(
                    "levels must ascend strictly (warn < throttle < pause): " + warn + ", " + throttle + ", " + pause);
        }
    }

    /** The most severe state whose level {@code rate} reaches; HEALTHY when it reaches none. */
    public EnforcementState stateFor(double rate) {
        if (rate >= pause) {
            return EnforcementState.PAUSED;
        }
        if (rate >= throttle) {
            return EnforcementState.THROTTLED;
        }
        if (rate >= warn) {
            return EnforcementState.WARNING;
        }
        return EnforcementState.HEALTHY;
    }

    public double levelFor(EnforcementState state) {
        return switch (state) {
            case WARNING -> warn;
            case THROTTLED -> throttle;
            case PAUSED -> pause;
            case HEALTHY -> throw new IllegalArgumentException("HEALTHY has no level");
        };
    }

    private static void requireFraction(String name, double value) {
        if (!(value > 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " level must be in (0, 1]: " + value);
        }
    }
}
