package io.sendwell.reputation.entity;

import java.util.Locale;
import java.util.Objects;

/** One rate in one window that reached a level: the evidence behind an enforcement decision. */
public record ThresholdBreach(ReputationMetric metric, ReputationWindow window, EnforcementState level,
                              double threshold, double value) {

    public ThresholdBreach {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(level, "level");
        if (level == EnforcementState.HEALTHY) {
            throw new IllegalArgumentException("a breach is at WARNING or worse");
        }
    }

    /** For example "bounce rate 4.600% over the last 24 hours reached the PAUSED level 4.500%". */
    public String describe() {
        return String.format(Locale.ROOT, "%s %.3f%% over %s reached the %s level %.3f%%",
                metric.description(), value * 100, window.description(), level, threshold * 100);
    }
}
