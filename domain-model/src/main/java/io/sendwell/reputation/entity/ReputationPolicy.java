package io.sendwell.reputation.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Maps a sender's bounce and complaint rates to an {@link EnforcementState}.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Only windows with at least {@code minimumVolume} sends are looked at; if neither window is
 *       representative the state does not change (a new mailbox with 2 bounces in 5 sends is noise).</li>
 *   <li>Escalate to the worst level any rate reaches in any representative window.</li>
 *   <li>Automatic de-escalation only from WARNING to HEALTHY, once no rate reaches a level.
 *       THROTTLED and PAUSED are left only by manual reinstatement: a sender that was bad enough
 *       to be slowed down should fix its list first, and an automatic release would just let it
 *       oscillate around the level while the shared account absorbs the damage.</li>
 * </ol>
 *
 * @param bounce        levels for the hard-bounce rate
 * @param complaint     levels for the complaint rate
 * @param minimumVolume sends a window needs before its rates count
 * @param throttleFactor share of the normal sending rate a THROTTLED sender keeps, in (0, 1)
 */
public record ReputationPolicy(RateLevels bounce, RateLevels complaint, long minimumVolume, double throttleFactor) {

    /**
     * Defaults chosen so the shared SES account stays clear of SES's review levels (bounce 5 %,
     * complaint 0.1 %): one tenant's bad list must never put every tenant's sending at risk.
     * Bounces: warn at 2 % (SES's own "stay under" advice), throttle at 3.5 %, pause at 4.5 % so a
     * sender is stopped before it alone could drag the account to 5 %. Complaints: warn at
     * 0.04 %, throttle at 0.06 %, pause at 0.08 % - below the review level, because complaints arrive
     * late and a sender paused at 0.1 % has already put the account there. 50 sends
     * is the least volume at which one or two bad addresses do not dominate the rate.
     */
    public static final ReputationPolicy DEFAULT = new ReputationPolicy(
            new RateLevels(0.02, 0.035, 0.045),
            new RateLevels(0.0004, 0.0006, 0.0008),
            50,
            0.5);

    public ReputationPolicy {
        Objects.requireNonNull(bounce, "bounce");
        Objects.requireNonNull(complaint, "complaint");
        if (minimumVolume < 1) {
            throw new IllegalArgumentException("minimumVolume must be at least 1: " + minimumVolume);
        }
        if (!(throttleFactor > 0.0 && throttleFactor < 1.0)) {
            throw new IllegalArgumentException("throttleFactor must be in (0, 1): " + throttleFactor);
        }
    }

    public EnforcementDecision evaluate(EnforcementState current, ReputationCounts last24Hours,
                                        ReputationCounts last7Days) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(last24Hours, "last24Hours");
        Objects.requireNonNull(last7Days, "last7Days");

        if (!last24Hours.isRepresentative(minimumVolume) && !last7Days.isRepresentative(minimumVolume)) {
            return new EnforcementDecision(current, current, List.of(),
                    "fewer than " + minimumVolume + " sends in every window; state kept");
        }
        List<ThresholdBreach> breaches = new ArrayList<>();
        addBreaches(breaches, ReputationWindow.LAST_24_HOURS, last24Hours);
        addBreaches(breaches, ReputationWindow.LAST_7_DAYS, last7Days);
        breaches.sort(Comparator.comparing(ThresholdBreach::level).reversed());

        EnforcementState worst = breaches.isEmpty() ? EnforcementState.HEALTHY : breaches.get(0).level();
        if (worst.isWorseThan(current)) {
            return new EnforcementDecision(current, worst, breaches, "escalated: " + describe(breaches));
        }
        if (current == EnforcementState.WARNING && worst == EnforcementState.HEALTHY) {
            return new EnforcementDecision(current, EnforcementState.HEALTHY, breaches,
                    "all rates below the warning levels; back to HEALTHY");
        }
        if (current == EnforcementState.THROTTLED || current == EnforcementState.PAUSED) {
            return new EnforcementDecision(current, current, breaches,
                    current + " is left only by manual reinstatement"
                            + (breaches.isEmpty() ? "" : "; " + describe(breaches)));
        }
        return new EnforcementDecision(current, current, breaches,
                breaches.isEmpty() ? "all rates below the warning levels" : describe(breaches));
    }

    private void addBreaches(List<ThresholdBreach> breaches, ReputationWindow window, ReputationCounts counts) {
        if (!counts.isRepresentative(minimumVolume)) {
            return;
        }
        addBreach(breaches, ReputationMetric.BOUNCE_RATE, bounce, window, counts);
        addBreach(breaches, ReputationMetric.COMPLAINT_RATE, complaint, window, counts);
    }

    private static void addBreach(List<ThresholdBreach> breaches, ReputationMetric metric, RateLevels levels,
                                  ReputationWindow window, ReputationCounts counts) {
        double value = metric.of(counts);
        EnforcementState level = levels.stateFor(value);
        if (level != EnforcementState.HEALTHY) {
            breaches.add(new ThresholdBreach(metric, window, level, levels.levelFor(level), value));
        }
    }

    private static String describe(List<ThresholdBreach> breaches) {
        return breaches.stream().map(ThresholdBreach::describe).collect(Collectors.joining("; "));
    }
}
