package io.sendwell.sending.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The accepted messages this server will dispatch, in memory: offered right after the accepting
 * transaction commits, re-offered with a delay when the pacer says wait or SES says retry later.
 * Losing it (a crash) loses nothing: the outbox table is the truth and {@link OutboxSweeper}
 * offers overdue QUEUED messages again. Each message is held at most once per server.
 */
@ApplicationScoped
public class DispatchQueue {

    private final DelayQueue<Entry> entries = new DelayQueue<>();
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final AtomicLong sequence = new AtomicLong();

    /** Offers a message now; false when this server already holds it. */
    public boolean offer(OutboundTicket ticket) {
        return offer(ticket, Duration.ZERO);
    }

    public boolean offer(OutboundTicket ticket, Duration delay) {
        if (!held.add(ticket.messageId())) {
            return false;
        }
        entries.add(new Entry(ticket, System.nanoTime() + delay.toNanos(), sequence.incrementAndGet()));
        return true;
    }

    /** Puts back a message this server holds (taken and not finished), to be tried after {@code delay}. */
    public void retry(OutboundTicket ticket, Duration delay) {
        held.add(ticket.messageId());
        entries.add(new Entry(ticket, System.nanoTime() + Math.max(0, delay.toNanos()), sequence.incrementAndGet()));
    }

    public void retryAt(OutboundTicket ticket, Instant due) {
        retry(ticket, Duration.between(Instant.now(), due));
    }

    /** The next due message, or null after {@code timeout}. The caller must {@link #finish} or {@link #retry} it. */
    public OutboundTicket take(Duration timeout) throws InterruptedException {
        Entry entry = entries.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        return entry == null ? null : entry.ticket;
    }

    /** The message left this server's hands (sent, failed, or claimed elsewhere). */
    public void finish(OutboundTicket ticket) {
        held.remove(ticket.messageId());
    }

    public int size() {
        return held.size();
    }

    private record Entry(OutboundTicket ticket, long dueNanos, long order) implements Delayed {

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Entry that = (Entry) other;
            int byDue = Long.compare(dueNanos, that.dueNanos);
            return byDue != 0 ? byDue : Long.compare(order, that.order);
        }
    }
}
