package io.sendwell.simulator.sending;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/** Accepted messages, oldest first, the most recent 10,000 kept. */
@ApplicationScoped
public class MessageLog {

    private static final int KEPT = 10_000;

    private final Deque<RecordedMessage> messages = new ConcurrentLinkedDeque<>();

    public void add(RecordedMessage message) {
        messages.addLast(message);
        while (messages.size() > KEPT) {
            messages.pollFirst();
        }
    }

    public List<RecordedMessage> all() {
        return List.copyOf(messages);
    }

    public void clear() {
        messages.clear();
    }
}
