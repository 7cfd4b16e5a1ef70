package io.sendwell.sending.control;

import io.sendwell.reputation.control.FeedbackWindows;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends accepted messages through SES: {@code sendwell.dispatch.workers} container-managed
 * threads take messages off the {@link DispatchQueue} (which releases them at the account's max
 * send rate, shared fairly between tenants), claim the message in the outbox, call SES and record
 * the outcome. SES answers in tens of milliseconds, so throughput is workers / latency: many threads
 * that mostly wait on the network, none of them holding a lock or a transaction while they wait.
 *
 * <p>A message that SES throttled goes back on the queue with a delay.
 * Anything that breaks after the claim (a configuration set that cannot be created, a bug) puts
 * the message back to QUEUED with a backoff instead of stranding it in SENDING.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboundDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboundDispatcher.class.getName());
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration WINDOW_REFRESH_TICK = Duration.ofMillis(100);

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    DispatchQueue queue;

    @Inject
    Outbox outbox;

    @Inject
    MailSender sender;

    @Inject
    FeedbackWindows windows;

    @Inject
    @ConfigProperty(name = "sendwell.dispatch.workers", defaultValue = "32")
    int workers;

    private volatile boolean running;
    private final List<Thread> threads = new ArrayList<>();

    @PostConstruct
    void start() {
        running = true;
        for (int i = 0; i < Math.max(1, workers); i++) {
            Thread thread = threadFactory.newThread(this::work);
            thread.setName("sendwell-dispatch-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        if (windows.enabled()) {
            Thread refresher = threadFactory.newThread(this::refreshWindows);
            refresher.setName("sendwell-feedback-windows");
            refresher.setDaemon(true);
            threads.add(refresher);
            refresher.start();
        }
        LOG.info(() -> "Outbound dispatcher started with " + workers + " workers");
    }

    /** Keeps the feedback windows read from the database; a change may release held messages. */
    private void refreshWindows() {
        while (running) {
            try {
                if (windows.refreshDue()) {
                    queue.wake();
                }
                Thread.sleep(WINDOW_REFRESH_TICK.toMillis());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Feedback window refresh failed; trying again", e);
            }
        }
    }

    /** Lets the SES calls in flight finish (and be recorded) before the application stops. */
    @PreDestroy
    void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void work() {
        while (running) {
            OutboundTicket ticket;
            try {
                ticket = queue.take(POLL);
            } catch (InterruptedException e) {
                return;
            }
            if (ticket != null) {
                dispatchSafely(ticket);
            }
        }
    }

    private void dispatchSafely(OutboundTicket ticket) {
        try {
            dispatch(ticket);
        } catch (RuntimeException e) {
            // Not even the outbox could be reached (database down): the sweeper offers it again.
            LOG.log(Level.WARNING, "Dispatch of message " + ticket.messageId() + " failed; the outbox sweeper will offer it again", e);
            queue.finish(ticket);
        }
    }

    private void dispatch(OutboundTicket ticket) {
        Optional<String> paused = windows.pausedReason(ticket.tenantId(), ticket.domainId(), ticket.mailboxId());
        if (paused.isPresent()) {
            outbox.failQueued(ticket.messageId(), paused.get());
            queue.finish(ticket);
            return;
        }
        Optional<OutboundEmail> job;
        try {
            job = outbox.claim(ticket.messageId());
        } finally {
            windows.claimed(ticket.tenantId(), ticket.domainId(), ticket.mailboxId(), ticket.recipients());
        }
        if (job.isEmpty()) {
            queue.finish(ticket); // already sent, claimed by another server, or gone
            return;
        }
        try {
            outbox.markSent(ticket.messageId(), sender.send(job.get()));
            queue.finish(ticket);
        } catch (SendFailure failure) {
            handle(ticket, failure.isTransient(), failure.getMessage(), failure.errorType());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending message " + ticket.messageId() + " broke before SES answered; retrying later", e);
            handle(ticket, true, "internal error before the SES call: " + e, e.getClass().getSimpleName());
        }
    }

    private void handle(OutboundTicket ticket, boolean isTransient, String reason, String errorType) {
        String messageId = ticket.messageId();
        if (!isTransient) {
            outbox.fail(messageId, reason);
            queue.finish(ticket);
            return;
        }
        Optional<Instant> due = outbox.retryLater(messageId, reason);
        if (due.isEmpty()) {
            queue.finish(ticket);
            return;
        }
        LOG.info(() -> "SES busy for message " + messageId + " (" + errorType + "), retrying at " + due.get());
        queue.retryAt(ticket, due.get());
    }
}
