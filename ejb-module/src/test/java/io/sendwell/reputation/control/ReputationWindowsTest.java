package io.sendwell.reputation.control;

import static io.sendwell.reputation.entity.ReputationWindow.LAST_24_HOURS;
import static io.sendwell.reputation.entity.ReputationWindow.LAST_7_DAYS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReputationWindowsTest {

    private static final Instant NOW = Instant.parse("2025-03-08T12:34:56Z");

    @Test
    void windowsCoverWholeHoursIncludingTheCurrentOne() {
        assertThat(ReputationWindows.start(LAST_24_HOURS, NOW, null)).isEqualTo(Instant.parse("2025-03-07T13:00:00Z"));
        assertThat(ReputationWindows.start(LAST_7_DAYS, NOW, null)).isEqualTo(Instant.parse("2025-03-01T13:00:00Z"));
    }

    @Test
    void afterAReinstatementCountingStartsAtTheNextFullHour() {
        Instant reinstated = Instant.parse("2025-03-08T09:10:00Z");
        assertThat(ReputationWindows.start(LAST_24_HOURS, NOW, reinstated)).isEqualTo(Instant.parse("2025-03-08T10:00:00Z"));
        assertThat(ReputationWindows.start(LAST_7_DAYS, NOW, reinstated)).isEqualTo(Instant.parse("2025-03-08T10:00:00Z"));
    }

    @Test
    void anOldReinstatementNoLongerNarrowsTheWindow() {
        Instant longAgo = Instant.parse("2025-02-01T00:00:00Z");
        assertThat(ReputationWindows.start(LAST_24_HOURS, NOW, longAgo)).isEqualTo(Instant.parse("2025-03-07T13:00:00Z"));
    }
}
