package io.sendwell.simulator.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.sendwell.simulator.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlidingWindowCounterTest {

    private final MutableClock clock = new MutableClock();
    private final SlidingWindowCounter perSecond = new SlidingWindowCounter(Duration.ofSeconds(1), clock);

    @Test
    void admitsUpToTheRateWithinOneSecondAndRefusesTheNext() {
        assertThat(perSecond.tryAcquire(1, 2)).isTrue();
        clock.advance(Duration.ofMillis(300));
        assertThat(perSecond.tryAcquire(1, 2)).isTrue();
        clock.advance(Duration.ofMillis(300));
        assertThat(perSecond.tryAcquire(1, 2)).isFalse();
        assertThat(perSecond.count()).isEqualTo(2);
    }

    @Test
    void windowSlidesSoSendsOlderThanOneSecondNoLongerCount() {
        perSecond.tryAcquire(1, 2);
        clock.advance(Duration.ofMillis(600));
        perSecond.tryAcquire(1, 2);
        clock.advance(Duration.ofMillis(400));
        // the first send is now exactly one second old and drops out; the second still counts
        assertThat(perSecond.count()).isEqualTo(1);
        assertThat(perSecond.tryAcquire(1, 2)).isTrue();
        assertThat(perSecond.tryAcquire(1, 2)).isFalse();
    }

    @Test
    void aMessageToManyRecipientsPassesWhenRoomIsLeftAndThenBlocksAsSesDoes() {
        assertThat(perSecond.tryAcquire(5, 1)).isTrue();
        clock.advance(Duration.ofMillis(999));
        assertThat(perSecond.tryAcquire(1, 1)).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(perSecond.tryAcquire(1, 1)).isTrue();
    }

    @Test
    void zeroRateRefusesEverythingAndReleaseUndoesTheLastAdmission() {
        assertThat(perSecond.tryAcquire(1, 0)).isFalse();
        assertThat(perSecond.tryAcquire(3, 10)).isTrue();
        perSecond.release(3);
        assertThat(perSecond.count()).isZero();
    }
}
