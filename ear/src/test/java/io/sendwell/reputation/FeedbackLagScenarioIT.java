package io.sendwell.reputation;

import static org.assertj.core.api.Assertions.assertThat;

import io.sendwell.it.ApiClient;
import io.sendwell.it.ApiResponse;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Issue 15's scenarios: 19 clean tenants and one new rogue tenant send at the same time; the
 * rogue's list draws complaints (every 20th recipient) or hard bounces (3 in 10). Feedback lags
 * behind sending, so only the feedback window (decision 0014) can stop the rogue before its
 * feedback arrives. Judged: what the scenario added to the account's rate, how many of the
 * rogue's messages reached SES, and that no clean message was refused or failed.
 *
 * <p>Reduced size by default (19 x 50 clean messages, 200 rogue attempts); the issue's full size
 * (where the account-rate targets are asserted too) with
 * {@code -Dscenario.clean.messages=500 -Dscenario.rogue.attempts=500}. Each scenario prints
 * {@code RESULT scenario=... account_rate_pct=... rogue_accepted=... rogue_sent=... clean_refused=...}:
 * rogue_accepted counts 202 answers (the message entered the outbox), rogue_sent the messages that
 * reached SES — the rest failed unsent when the rogue was paused. Scenario 4 runs both again with
 * the simulator's feedback delayed ({@code -Dscenario.feedback-delay-seconds}, 600 in the issue)
 * and prints them as {@code complaint-rogue-delayed} and {@code bounce-rogue-delayed}.
 */
class FeedbackLagScenarioIT {

    private static final ApiClient SIMULATOR = ApiClient.anonymous().root();
    private static final int CLEAN_TENANTS = 19;
    private static final int CLEAN_MESSAGES = Integer.getInteger("scenario.clean.messages", 50);
    private static final int ROGUE_ATTEMPTS = Integer.getInteger("scenario.rogue.attempts", 200);
    /**
     * The issue's account-rate targets assume 19 x 500 clean messages to dilute the rogue's 60: at
     * the reduced size even one complaint is above 0.08 %, so there the rogue's own contribution is
     * judged (at most what 60 messages of its list carry) and the rate is printed, not asserted.
     */
    private static final boolean FULL_SIZE = CLEAN_MESSAGES >= 500;
    /**
     * Scenario 4's feedback lag (the simulator's FeedbackDelayMillis). The issue's figure is 10
     * minutes ({@code -Dscenario.feedback-delay-seconds=600}); by default 5 s (25 times the
     * simulator's usual lag), because each delayed scenario waits it out about 20 times: the rogue,
     * held at a window of 2 once its first complaint or bounces arrive, is paused only at the
     * guardian's minimum volume of 50 sends (20 s took 6-8 minutes per scenario, and CI runs the
     * ITs twice).
     */
    private static final Duration FEEDBACK_DELAY = Duration.ofSeconds(Long.getLong("scenario.feedback-delay-seconds", 5));
    /**
     * Feedback round trips a scenario may wait out: a clean sender needs 5 at the start window (10
     * until 50 outcomes), then about 4 more at the full size; the rogue about 17 at a window of 2
     * until it has sent 50.
     */
    private static final int ROUND_TRIPS = 30;

    @BeforeAll
    static void simulator() {
        SIMULATOR.send("PUT", "/ses-simulator/sim/rules", "application/json", java.net.http.HttpRequest.BodyPublishers
                .ofString("{\"rules\":[{\"pattern\":\"complain.test\",\"outcome\":\"complaint\"},"
                        + "{\"pattern\":\"bounce.test\",\"outcome\":\"bounce\"}]}"));
        SIMULATOR.send("PUT", "/ses-simulator/sim/account", "application/json", java.net.http.HttpRequest.BodyPublishers
                .ofString("{\"MaxSendRate\": 500}"));
    }

    @AfterAll
    static void restoreSimulator() {
        feedbackDelay(Duration.ZERO);
        SIMULATOR.delete("/ses-simulator/sim/rules");
        SIMULATOR.delete("/ses-simulator/sim/account");
    }

    @Test
    void complaintRogueIsHeldBeforeItsComplaintsArrive() throws Exception {
        judgeComplaints("complaint-rogue", run("complaint", i -> i % 20 == 19, "complain.test", Duration.ZERO));
    }

    @Test
    void bounceRogueIsHeldBeforeItsBouncesArrive() throws Exception {
        judgeBounces("bounce-rogue", run("bounce", i -> i % 10 < 3, "bounce.test", Duration.ZERO));
    }

    /**
     * Scenario 4: the same rogue while SES's feedback lags behind by FEEDBACK_DELAY; the same targets.
     * About 3 minutes each: .ci/run runs them in its Derby pass and leaves them out of its PostgreSQL
     * pass ({@code -Dscenario.delayed=false}), where scenarios 1 and 2 run again.
     */
    @Test
    @DisabledIfSystemProperty(named = "scenario.delayed", matches = "false")
    void complaintRogueIsHeldWhileItsFeedbackIsDelayed() throws Exception {
        judgeComplaints("complaint-rogue-delayed", run("complaint", i -> i % 20 == 19, "complain.test", FEEDBACK_DELAY));
    }

    @Test
    @DisabledIfSystemProperty(named = "scenario.delayed", matches = "false")
    void bounceRogueIsHeldWhileItsFeedbackIsDelayed() throws Exception {
        judgeBounces("bounce-rogue-delayed", run("bounce", i -> i % 10 < 3, "bounce.test", FEEDBACK_DELAY));
    }

    private static void judgeComplaints(String scenario, Outcome outcome) {
        double rate = outcome.added.complaintRate();
        outcome.print(scenario, rate);
        if (FULL_SIZE) {
            assertThat(rate).as("complaint rate the scenario added to the account").isLessThan(0.0008);
        }
        // At any size: the rogue's 60 messages at most carry its complaints (5 %) to the account.
        assertThat(outcome.added.complaints).as("complaints that reached the account").isLessThanOrEqualTo(3);
        assertThat(outcome.rogueSent).as("rogue messages that reached SES").isLessThanOrEqualTo(60);
        assertThat(outcome.cleanRefused).as("clean messages refused or failed").isZero();
    }

    private static void judgeBounces(String scenario, Outcome outcome) {
        double rate = outcome.added.bounceRate();
        outcome.print(scenario, rate);
        if (FULL_SIZE) {
            assertThat(rate).as("bounce rate the scenario added to the account").isLessThan(0.02);
        }
        assertThat(outcome.added.hardBounces).as("hard bounces that reached the account").isLessThanOrEqualTo(18);
        assertThat(outcome.rogueSent).as("rogue messages that reached SES").isLessThanOrEqualTo(60);
        assertThat(outcome.cleanRefused).as("clean messages refused or failed").isZero();
    }

    /** Runs a scenario with the simulator's feedback delayed by {@code delay}, and always puts the delay back to none. */
    private Outcome run(String name, IntPredicate bad, String badDomain, Duration delay) throws Exception {
        feedbackDelay(delay);
        try {
            return scenario(name, bad, badDomain, delay);
        } finally {
            feedbackDelay(Duration.ZERO);
        }
    }

    private static void feedbackDelay(Duration delay) {
        SIMULATOR.send("PUT", "/ses-simulator/sim/account", "application/json", java.net.http.HttpRequest.BodyPublishers
                .ofString("{\"FeedbackDelayMillis\": " + delay.toMillis() + "}")).expect(200);
    }

    private Outcome scenario(String name, IntPredicate bad, String badDomain, Duration lag) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLEAN_TENANTS + 1);
        List<Future<Sender>> creating = new ArrayList<>();
        for (int i = 0; i <= CLEAN_TENANTS; i++) {
            creating.add(pool.submit(() -> Sender.create(5000)));
        }
        List<Sender> clean = new ArrayList<>();
        for (Future<Sender> sender : creating.subList(0, CLEAN_TENANTS)) {
            clean.add(sender.get());
        }
        Sender rogue = creating.get(CLEAN_TENANTS).get();
        Counts before = accountCounts();

        AtomicInteger cleanRefused = new AtomicInteger();
        AtomicInteger rogueAccepted = new AtomicInteger();
        try {
            List<Future<?>> all = new ArrayList<>();
            for (Sender sender : clean) {
                all.add(pool.submit(() -> {
                    for (int m = 0; m < CLEAN_MESSAGES; m++) {
                        if (sender.send(List.of("reader" + m + "@readers.test")).status() != 202) {
                            cleanRefused.incrementAndGet();
                        }
                    }
                }));
            }
            // Addresses of this run only: the simulator suppresses an address that bounced or complained,
            // and a suppressed address bounces as OnAccountSuppressionList, which no reputation counts.
            String run = Long.toString(System.nanoTime(), 36);
            all.add(pool.submit(() -> {
                for (int m = 0; m < ROGUE_ATTEMPTS; m++) {
                    String to = bad.test(m) ? name + run + "-" + m + "@" + badDomain : "fan" + m + "@readers.test";
                    ApiResponse answer = rogue.send(List.of(to));
                    if (answer.status() == 202) {
                        rogueAccepted.incrementAndGet();
                    }
                }
            }));
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        // Every message settles: sent and its feedback recorded, or failed unsent.
        List<Sender> everyone = new ArrayList<>(clean);
        everyone.add(rogue);
        // At least 5 messages/s of sending at any size (the full size at this machine's ~12/s took over 5 minutes).
        Duration settle = Duration.ofSeconds(Math.max(300, ((long) CLEAN_TENANTS * CLEAN_MESSAGES + ROGUE_ATTEMPTS) / 5))
                .plus(lag.multipliedBy(ROUND_TRIPS));
        Sender.await(settle, () -> everyone.stream().allMatch(s -> s.withStatus("QUEUED") + s.withStatus("SENDING") == 0));
        // With feedback delayed, the last messages sent still await it.
        Sender.await(lag.plus(Duration.ofMinutes(3)), () -> everyone.stream().allMatch(s -> s.withStatus("SENT") == 0));
        for (Sender sender : clean) {
            cleanRefused.addAndGet((int) sender.withStatus("FAILED"));
        }
        long rogueSent = rogueAccepted.get() - rogue.withStatus("FAILED");
        long expectedSent = (long) CLEAN_TENANTS * CLEAN_MESSAGES - cleanRefused.get() + rogueSent;
        Sender.await(Duration.ofMinutes(3), () -> accountCounts().minus(before).sent >= expectedSent);
        Thread.sleep(2000); // complaints follow their delivery
        return new Outcome(accountCounts().minus(before), rogueAccepted.get(), rogueSent, cleanRefused.get());
    }

    private static Counts accountCounts() {
        JsonObject day = ApiClient.asAdmin().get("/reputation/platform").expect(200).json()
                .getJsonObject("account").getJsonObject("last24Hours");
        return new Counts(day.getJsonNumber("sent").longValue(), day.getJsonNumber("delivered").longValue(),
                day.getJsonNumber("hardBounces").longValue(), day.getJsonNumber("complaints").longValue());
    }

    private record Counts(long sent, long delivered, long hardBounces, long complaints) {
        Counts minus(Counts other) {
            return new Counts(sent - other.sent, delivered - other.delivered, hardBounces - other.hardBounces,
                    complaints - other.complaints);
        }

        double bounceRate() {
            return sent == 0 ? 0 : (double) hardBounces / sent;
        }

        double complaintRate() {
            return delivered == 0 ? 0 : (double) complaints / delivered;
        }
    }

    private record Outcome(Counts added, long rogueAccepted, long rogueSent, long cleanRefused) {
        void print(String scenario, double rate) {
            System.out.printf(Locale.ROOT, "RESULT scenario=%s account_rate_pct=%.3f rogue_accepted=%d rogue_sent=%d "
                            + "clean_refused=%d clean_tenants=%d clean_messages_each=%d rogue_attempts=%d%n",
                    scenario, rate * 100, rogueAccepted, rogueSent, cleanRefused, CLEAN_TENANTS, CLEAN_MESSAGES, ROGUE_ATTEMPTS);
        }
    }
}
