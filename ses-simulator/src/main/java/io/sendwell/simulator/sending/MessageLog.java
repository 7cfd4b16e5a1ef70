package io.sendwell.simulator.sending;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Accepted messages, oldest first, the most recent 10,000 kept; and how many were accepted since
 * start (for benchmarks, which send more than are kept). The size is counted apart because a
 * concurrent deque counts itself by walking every element.
 */
@ApplicationScoped
public class MessageLog {

    private static final int KEPT = 10_000;

    private final Deque<RecordedMessage> messages = new ConcurrentLinkedDeque<>();
    private final AtomicInteger kept = new AtomicInteger();
    private final AtomicLong acceptedSinceStart = new AtomicLong();

    public void add(RecordedMessage message) {
        messages.addLast(message);
        acceptedSinceStart.incrementAndGet();
        if (kept.incrementAndGet() > KEPT && messages.pollFirst() != null) {
            kept.decrementAndGet();
        }
    }

    public List<RecordedMessage> all() {
        return List.copyOf(messages);
    }

    public long acceptedSinceStart() {
        return acceptedSinceStart.get();
    }

    public void clear() {
        messages.clear();
        kept.set(0);
    }
}
