package io.sendwell.feedback.control;

import io.sendwell.feedback.boundary.FeedbackService;
import io.sendwell.platform.control.Database;
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

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the {@link FeedbackInbox}: each lane (a container-managed thread) takes what is waiting
 * in its share of the inbox, up to a batch, and records it in one transaction. Batches grow by
 * themselves under load (whatever arrived while the last one was recorded) and stay small when
 * feedback trickles in. A batch that fails is recorded one notification at a time, so one that can
 * never be recorded (the "poison") is retried a few times and then set aside as a dead letter
 * while everything else flows. Woken by the SNS endpoint; polls once a second for rows another
 * server stored.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedbackDrainer {

    private static final Logger LOG = Logger.getLogger(FeedbackDrainer.class.getName());
    private static final long IDLE_WAIT_MILLIS = 1000;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    FeedbackInbox inbox;

    @Inject
    FeedbackService feedback;

    @Inject
    Database database;

    @Inject
    @ConfigProperty(name = "sendwell.feedback.drainers", defaultValue = "2")
    int drainers;

    @Inject
    @ConfigProperty(name = "sendwell.feedback.batch-size", defaultValue = "200")
    int batchSize;

    private final Object signal = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private long wakeups;

    @PostConstruct
    void start() {
        running = true;
        // Derby has no SKIP LOCKED and deadlocks easily: one lane there (it is single-server anyway).
        int lanes = database.isPostgres() ? Math.max(1, drainers) : 1;
        for (int lane = 0; lane < lanes; lane++) {
            int mine = lane;
            Thread thread = threadFactory.newThread(() -> drain(mine, lanes));
            thread.setName("sendwell-feedback-" + lane);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        LOG.info(() -> "Feedback drainer started with " + lanes + " lane(s), batches of up to " + batchSize);
    }

    @PreDestroy
    void stop() {
        running = false;
        wake();
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Something was stored: the lanes look now instead of at their next poll. */
    public void wake() {
        synchronized (signal) {
            wakeups++;
            signal.notifyAll();
        }
    }

    private void drain(int lane, int lanes) {
        while (running) {
            long seen;
            synchronized (signal) {
                seen = wakeups;
            }
            int recorded;
            try {
                recorded = drainOnce(lane, lanes);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Feedback lane " + lane + " could not read the inbox; trying again shortly", e);
                recorded = 0;
            }
            if (recorded == 0) {
                awaitWakeup(seen);
            }
        }
    }

    private int drainOnce(int lane, int lanes) {
        List<Long> ids = inbox.waiting(batchSize, lane, lanes);
        if (ids.isEmpty()) {
            return 0;
        }
        try {
            return feedback.recordFromInbox(ids);
        } catch (RuntimeException batchFailure) {
            LOG.warning(() -> "A feedback batch of " + ids.size() + " failed (" + rootMessage(batchFailure)
                    + "); recording its notifications one by one");
            int recorded = 0;
            for (Long id : ids) {
                recorded += recordAlone(id);
            }
            return recorded;
        }
    }

    /** One notification in its own transaction, a few times; then it is a dead letter. */
    private int recordAlone(long id) {
        for (int attempt = 1; attempt <= FeedbackInbox.MAX_ATTEMPTS; attempt++) {
            try {
                return feedback.recordFromInbox(List.of(id));
            } catch (RuntimeException e) {
                if (inbox.recordFailure(id, rootMessage(e))) {
                    LOG.log(Level.SEVERE, "Feedback notification " + id + " failed " + FeedbackInbox.MAX_ATTEMPTS
                            + " times and is set aside as a dead letter (see feedback_inbox.last_error)", e);
                    return 0;
                }
            }
        }
        return 0;
    }

    private void awaitWakeup(long seen) {
        synchronized (signal) {
            if (wakeups != seen || !running) {
                return;
            }
            try {
                signal.wait(IDLE_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
