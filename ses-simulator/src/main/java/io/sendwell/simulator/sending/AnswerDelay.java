package io.sendwell.simulator.sending;

import io.sendwell.simulator.account.Account;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.AsyncResponse;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Answers SendEmail after the account's configured latency without holding a server thread for
 * it: a hundred calls waiting 50 ms cost a timer each, not a hundred blocked threads, so the
 * simulator measures Sendwell's concurrency rather than its own. A plain daemon scheduler (the
 * simulator's server enables no concurrency feature; the task only resumes the response).
 */
@ApplicationScoped
public class AnswerDelay {

    @Inject
    Account account;

    private ScheduledExecutorService scheduler;

    @PostConstruct
    void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ses-simulator-latency");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    /** Resumes with the answer (or the SES error it threw) once the latency has passed. */
    public void answer(AsyncResponse response, java.util.function.Supplier<Object> work) {
        Object outcome;
        try {
            outcome = work.get();
        } catch (RuntimeException e) {
            outcome = e;
        }
        long latency = account.sendLatencyMillis();
        Object result = outcome;
        if (latency <= 0) {
            resume(response, result);
            return;
        }
        scheduler.schedule(() -> resume(response, result), latency, TimeUnit.MILLISECONDS);
    }

    /** An SES error must go through resume(Throwable) to reach the exception mapper (resume(Object) would answer 200). */
    private static void resume(AsyncResponse response, Object result) {
        if (result instanceof Throwable error) {
            response.resume(error);
        } else {
            response.resume(result);
        }
    }
}
