package io.sendwell.simulator.account;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts sends in a sliding window. Admission follows SES: a send is admitted while the window still
 * holds less than the limit, and then counts in full, so one message to five recipients at a rate of
 * one per second passes and blocks the next five seconds' worth.
 */
public final class SlidingWindowCounter {

    private final Duration window;
    private final Clock clock;
    private final Deque<long[]> entries = new ArrayDeque<>();
    private long total;

    public SlidingWindowCounter(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    /** Admits and records {@code count} sends, or records nothing and returns false. */
    public synchronized boolean tryAcquire(int count, double limit) {
        long now = clock.millis();
        prune(now);
        if (total >= limit) {
            return false;
        }
        entries.addLast(new long[] {now, count});
        total += count;
        return true;
    }

    /** Frees sends admitted by {@link #tryAcquire} that were then rejected for another reason. */
    public synchronized void release(int count) {
        long[] last = entries.peekLast();
        if (last != null && last[1] == count) {
            entries.removeLast();
            total -= count;
        }
    }

    public synchronized long count() {
        prune(clock.millis());
        return total;
    }

    public synchronized void reset() {
        entries.clear();
        total = 0;
    }

    private void prune(long now) {
        long oldestKept = now - window.toMillis();
        while (!entries.isEmpty() && entries.peekFirst()[0] <= oldestKept) {
            total -= entries.removeFirst()[1];
        }
    }
}
