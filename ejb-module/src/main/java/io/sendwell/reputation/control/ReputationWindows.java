package io.sendwell.reputation.control;

import io.sendwell.reputation.entity.ReputationWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Where each rolling window starts, in whole hours (the counters are hourly). After a
 * reinstatement a scope counts from the next full hour: the hour it was reinstated in still holds
 * the bounces that got it paused, and counting them again would pause it at the next event.
 */
public final class ReputationWindows {

    private ReputationWindows() {
    }

    public static Instant start(ReputationWindow window, Instant now, Instant countedSince) {
        long hours = window == ReputationWindow.LAST_24_HOURS ? 24 : 7 * 24;
        Instant start = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(hours - 1));
        if (countedSince == null) {
            return start;
        }
        Instant fresh = countedSince.truncatedTo(ChronoUnit.HOURS);
        if (fresh.isBefore(countedSince)) {
            fresh = fresh.plus(Duration.ofHours(1));
        }
        return fresh.isAfter(start) ? fresh : start;
    }
}
