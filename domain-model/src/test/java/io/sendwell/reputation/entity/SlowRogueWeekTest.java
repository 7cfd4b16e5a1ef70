package io.sendwell.reputation.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, scenario 3: a sender whose complaint rate sits just under Sendwell's pause level for
 * a week, day after day (a simulated clock: one evaluation per hour over hourly counts), is
 * throttled and stays throttled — and never reaches SES's own review level (0.1 %), let alone
 * SES's pause (0.5 %). Its feedback window shrinks with its risk, too.
 */
class SlowRogueWeekTest {

    private static final ReputationPolicy POLICY = ReputationPolicy.DEFAULT;
    /** 0.07 %: above the throttle level (0.06 %), below the pause level (0.08 %). */
    private static final double ROGUE_COMPLAINT_RATE = 0.0007;
    private static final long SENT_PER_HOUR = 2_000;

    @Test
    void aSenderJustUnderThePauseLevelIsThrottledAllWeekAndNeverPaused() {
        Deque<ReputationCounts> hours = new ArrayDeque<>();
        EnforcementState state = EnforcementState.HEALTHY;
        EnforcementState worst = EnforcementState.HEALTHY;
        long complaintsSoFar = 0;
        long deliveredSoFar = 0;
        Integer firstThrottledHour = null;
        for (int hour = 0; hour < 7 * 24; hour++) {
            // Complaints spread evenly: the running total never exceeds the rogue's rate.
            deliveredSoFar += SENT_PER_HOUR;
            long complaintsNow = (long) Math.floor(deliveredSoFar * ROGUE_COMPLAINT_RATE) - complaintsSoFar;
            complaintsSoFar += complaintsNow;
            hours.addLast(new ReputationCounts(SENT_PER_HOUR, SENT_PER_HOUR, 0, complaintsNow));
            if (hours.size() > 7 * 24) {
                hours.removeFirst();
            }
            ReputationCounts day = sum(hours, 24);
            ReputationCounts week = sum(hours, 7 * 24);
            state = POLICY.evaluate(state, day, week).to();
            worst = state.isWorseThan(worst) ? state : worst;
            if (state == EnforcementState.THROTTLED && firstThrottledHour == null) {
                firstThrottledHour = hour;
            }
            assertThat(week.complaintRate()).as("hour %d: the sender's 7-day complaint rate stays below SES's review level", hour)
                    .isLessThan(0.001);
        }
        assertThat(firstThrottledHour).as("throttled within its first day").isNotNull().isLessThan(24);
        assertThat(state).isEqualTo(EnforcementState.THROTTLED);
        assertThat(worst).as("never paused").isEqualTo(EnforcementState.THROTTLED);

        int window = FeedbackWindowPolicy.DEFAULT.windowFor(sum(hours, 7 * 24), 0, POLICY).size();
        int cleanWindow = FeedbackWindowPolicy.DEFAULT.windowFor(new ReputationCounts(336_000, 336_000, 0, 0), 0, POLICY).size();
        assertThat(window).as("its feedback window is a fraction of a clean sender's").isLessThan(cleanWindow / 2);
    }

    private static ReputationCounts sum(Deque<ReputationCounts> hours, int last) {
        ReputationCounts total = ReputationCounts.NONE;
        int skip = Math.max(0, hours.size() - last);
        int i = 0;
        for (ReputationCounts hour : hours) {
            if (i++ >= skip) {
                total = total.plus(hour);
            }
        }
        return total;
    }
}
