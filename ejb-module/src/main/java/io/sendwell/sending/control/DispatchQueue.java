package io.sendwell.sending.control;

import io.sendwell.reputation.control.FeedbackWindows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The accepted messages this server will dispatch, in memory, and the pacing of their release:
 * one FIFO per tenant, served round robin, each release allowed by the {@link SendPacer} (the SES
 * account's max send rate, shared fairly between the tenants that have work, a THROTTLED sender
 * slowed) and by the sender's {@link FeedbackWindows feedback window} (a tenant whose next message
 * is held waits; the others go on). A worker that finds nothing it may send sleeps until the next token or the next retry
 * is due: a backlog costs nothing while it waits (asking the pacer again and again for each
 * waiting message would burn a core on a slow account).
 *
 * <p>Losing this queue (a crash) loses nothing: the outbox table is the truth and
 * {@link OutboxSweeper} offers overdue QUEUED messages again. Each message is held at most once.
 */
@ApplicationScoped
public class DispatchQueue {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final PriorityQueue<Delayed> delayed = new PriorityQueue<>();
    private final LinkedHashMap<String, ArrayDeque<OutboundTicket>> ready = new LinkedHashMap<>();
    private final Set<String> held = new HashSet<>();
    private final AtomicLong sequence = new AtomicLong();

    @Inject
    SendPacer pacer;

    @Inject
    FeedbackWindows windows;

    /** Offers a message now; false when this server already holds it. */
    public boolean offer(OutboundTicket ticket) {
        return offer(ticket, Duration.ZERO);
    }

    public boolean offer(OutboundTicket ticket, Duration delay) {
        lock.lock();
        try {
            if (!held.add(ticket.messageId())) {
                return false;
            }
            enqueue(ticket, delay);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Puts back a message this server holds (taken and not finished), due at {@code due}. */
    public void retryAt(OutboundTicket ticket, Instant due) {
        lock.lock();
        try {
            held.add(ticket.messageId());
            enqueue(ticket, Duration.between(Instant.now(), due));
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next message that is due and that the pacer lets go now, or null after {@code timeout}.
     * The caller must {@link #finish} or {@link #retryAt} it.
     */
    public OutboundTicket take(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                long now = System.nanoTime();
                promoteDue(now);
                long wait = deadline - now;
                Iterator<Map.Entry<String, ArrayDeque<OutboundTicket>>> tenants = ready.entrySet().iterator();
                while (tenants.hasNext()) {
                    Map.Entry<String, ArrayDeque<OutboundTicket>> tenant = tenants.next();
                    OutboundTicket head = tenant.getValue().peekFirst();
                    // Before the pacer: a held message must not use up a send-rate token.
                    FeedbackWindows.Verdict verdict = windows.check(head.tenantId(), head.domainId(), head.mailboxId(),
                            head.recipients(), false);
                    if (verdict instanceof FeedbackWindows.Hold hold) {
                        wait = Math.min(wait, hold.retryIn().toNanos());
                        continue;
                    }
                    Duration pause = verdict instanceof FeedbackWindows.Paused ? Duration.ZERO : pacer.acquire(head);
                    if (pause.isZero()) {
                        if (verdict instanceof FeedbackWindows.Release) {
                            windows.released(head.tenantId(), head.domainId(), head.mailboxId(), head.recipients());
                        }
                        OutboundTicket ticket = tenant.getValue().pollFirst();
                        tenants.remove();
                        if (!tenant.getValue().isEmpty()) {
                            ready.put(tenant.getKey(), tenant.getValue()); // to the back: round robin
                        }
                        return ticket;
                    }
                    wait = Math.min(wait, pause.toNanos());
                }
                if (!delayed.isEmpty()) {
                    wait = Math.min(wait, delayed.peek().dueNanos - now);
                }
                if (deadline - now <= 0) {
                    return null;
                }
                changed.awaitNanos(Math.max(wait, TimeUnit.MICROSECONDS.toNanos(200)));
            }
        } finally {
            lock.unlock();
        }
    }

    /** The message left this server's hands (sent, failed, or claimed elsewhere). */
    public void finish(OutboundTicket ticket) {
        lock.lock();
        try {
            held.remove(ticket.messageId());
        } finally {
            lock.unlock();
        }
    }

    /** Something changed outside the queue (a feedback window was re-read): the workers look again. */
    public void wake() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return held.size();
        } finally {
            lock.unlock();
        }
    }

    private void enqueue(OutboundTicket ticket, Duration delay) {
        if (delay.isNegative() || delay.isZero()) {
            ready.computeIfAbsent(ticket.tenantId(), t -> new ArrayDeque<>()).addLast(ticket);
        } else {
            delayed.add(new Delayed(ticket, System.nanoTime() + delay.toNanos(), sequence.incrementAndGet()));
        }
        changed.signal();
    }

    private void promoteDue(long now) {
        while (!delayed.isEmpty() && delayed.peek().dueNanos <= now) {
            OutboundTicket ticket = delayed.poll().ticket;
            ready.computeIfAbsent(ticket.tenantId(), t -> new ArrayDeque<>()).addLast(ticket);
        }
    }

    private record Delayed(OutboundTicket ticket, long dueNanos, long order) implements Comparable<Delayed> {
        @Override
        public int compareTo(Delayed other) {
            int byDue = Long.compare(dueNanos, other.dueNanos);
            return byDue != 0 ? byDue : Long.compare(order, other.order);
        }
    }
}
