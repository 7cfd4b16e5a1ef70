package io.sendwell.simulator.account;

import io.sendwell.simulator.SesException;
import io.sendwell.simulator.SimulatorConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/** The simulated SES account: limits from config, changeable at run time through {@code PUT /sim/account}. */
@ApplicationScoped
public class Account {

    /** A day: SES's feedback can lag by hours, and a pending post is only a timer, not a thread. */
    public static final long MAX_FEEDBACK_DELAY_MILLIS = 24 * 60 * 60 * 1000L;

    @Inject
    SimulatorConfig config;

    @Inject
    Clock clock;

    private volatile double max24HourSend;
    private volatile double maxSendRate;
    private volatile EnforcementStatus enforcementStatus;
    private volatile boolean sendingEnabled;
    private volatile boolean productionAccessEnabled;
    /** SES also throttles for reasons the quota does not show; this lets a test provoke it on demand. */
    private final java.util.concurrent.atomic.AtomicInteger throttleNextSends = new java.util.concurrent.atomic.AtomicInteger();
    /** Latency of SendEmail's answer (SES from outside its region answers in tens of milliseconds). */
    private volatile long sendLatencyMillis;
    /** Feedback lag: a message's events after Send are posted this much later (SES: minutes, sometimes hours). */
    private volatile long feedbackDelayMillis;
    /** Shares of SendEmail calls answered 429 / 500 at random: SES's bad minutes, for fault tests. */
    private volatile double throttleRate;
    private volatile double serverErrorRate;
    private final java.util.concurrent.atomic.AtomicLong rateRefusals = new java.util.concurrent.atomic.AtomicLong();
    private SlidingWindowCounter lastSecond;
    private SlidingWindowCounter last24Hours;

    @PostConstruct
    void init() {
        lastSecond = new SlidingWindowCounter(Duration.ofSeconds(1), clock);
        last24Hours = new SlidingWindowCounter(Duration.ofHours(24), clock);
        reset();
    }

    /** Back to the configured settings, counters cleared. */
    public void reset() {
        max24HourSend = config.max24HourSend();
        maxSendRate = config.maxSendRate();
        enforcementStatus = EnforcementStatus.valueOf(config.enforcementStatus().trim().toUpperCase(Locale.ROOT));
        sendingEnabled = true;
        productionAccessEnabled = config.productionAccessEnabled();
        throttleNextSends.set(0);
        sendLatencyMillis = config.sendLatency().toMillis();
        feedbackDelayMillis = config.feedbackDelay().toMillis();
        throttleRate = 0;
        serverErrorRate = 0;
        lastSecond.reset();
        last24Hours.reset();
    }

    /**
     * Admits a send to {@code recipients} recipients or throws the SES error. The daily quota answers
     * {@code LimitExceededException} "Daily message quota exceeded." (see docs/decisions in the README).
     */
    public void admit(int recipients) {
        if (enforcementStatus == EnforcementStatus.SHUTDOWN) {
            throw SesException.accountSuspended("The message can't be sent because the account's ability to send email has been permanently restricted.");
        }
        if (!sendingEnabled) {
            throw SesException.sendingPaused("The message can't be sent because the account's ability to send email is currently paused.");
        }
        double dice = java.util.concurrent.ThreadLocalRandom.current().nextDouble();
        if (dice < serverErrorRate) {
            throw SesException.internalFailure("Injected failure (ServerErrorRate).");
        }
        if (throttleNextSends.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || dice < serverErrorRate + throttleRate) {
            throw SesException.tooManyRequests("Maximum sending rate exceeded.");
        }
        if (!lastSecond.tryAcquire(recipients, maxSendRate)) {
            rateRefusals.incrementAndGet(); // the caller really went over MaxSendRate: fault tests count these
            throw SesException.tooManyRequests("Maximum sending rate exceeded.");
        }
        if (!last24Hours.tryAcquire(recipients, max24HourSend)) {
            lastSecond.release(recipients);
            throw SesException.limitExceeded("Daily message quota exceeded.");
        }
    }

    /** Undoes {@link #admit} for a send that failed validation afterwards. */
    public void refund(int recipients) {
        lastSecond.release(recipients);
        last24Hours.release(recipients);
    }

    /** SendEmail calls refused because the caller exceeded MaxSendRate (not injected faults), since start. */
    public long rateRefusals() {
        return rateRefusals.get();
    }

    public long sentLast24Hours() {
        return last24Hours.count();
    }

    public double max24HourSend() {
        return max24HourSend;
    }

    public double maxSendRate() {
        return maxSendRate;
    }

    public EnforcementStatus enforcementStatus() {
        return enforcementStatus;
    }

    public boolean sendingEnabled() {
        return sendingEnabled;
    }

    public boolean productionAccessEnabled() {
        return productionAccessEnabled;
    }

    public void changeQuota(double newMax24HourSend, double newMaxSendRate) {
        if (newMax24HourSend < 0 || newMaxSendRate < 0) {
            throw new IllegalArgumentException("quota and rate must not be negative");
        }
        this.max24HourSend = newMax24HourSend;
        this.maxSendRate = newMaxSendRate;
    }

    /** The next {@code sends} SendEmail calls answer 429 TooManyRequestsException whatever the rate. */
    public void throttleNextSends(int sends) {
        if (sends < 0) {
            throw new IllegalArgumentException("ThrottleNextSends must not be negative");
        }
        throttleNextSends.set(sends);
    }

    public int throttledSendsLeft() {
        return throttleNextSends.get();
    }

    public long sendLatencyMillis() {
        return sendLatencyMillis;
    }

    public double throttleRate() {
        return throttleRate;
    }

    public double serverErrorRate() {
        return serverErrorRate;
    }

    /** SendEmail answers after this many milliseconds; 0 answers at once. */
    public void changeSendLatency(long millis) {
        if (millis < 0 || millis > 60_000) {
            throw new IllegalArgumentException("SendLatencyMillis must be between 0 and 60000");
        }
        this.sendLatencyMillis = millis;
    }

    public long feedbackDelayMillis() {
        return feedbackDelayMillis;
    }

    /** Events after a message's Send event are posted this many milliseconds later; 0 posts them at once. */
    public void changeFeedbackDelay(long millis) {
        if (millis < 0 || millis > MAX_FEEDBACK_DELAY_MILLIS) {
            throw new IllegalArgumentException("FeedbackDelayMillis must be between 0 and " + MAX_FEEDBACK_DELAY_MILLIS);
        }
        this.feedbackDelayMillis = millis;
    }

    /** Random faults: this share of SendEmail calls answers 429, that share 500 (each 0..1, together at most 1). */
    public void injectFaults(double newThrottleRate, double newServerErrorRate) {
        if (newThrottleRate < 0 || newServerErrorRate < 0 || newThrottleRate + newServerErrorRate > 1) {
            throw new IllegalArgumentException("ThrottleRate and ServerErrorRate must be between 0 and 1, together at most 1");
        }
        this.throttleRate = newThrottleRate;
        this.serverErrorRate = newServerErrorRate;
    }

    public void changeEnforcementStatus(EnforcementStatus status) {
        this.enforcementStatus = status;
    }

    public void enableSending(boolean enabled) {
        this.sendingEnabled = enabled;
    }

    public void grantProductionAccess(boolean granted) {
        this.productionAccessEnabled = granted;
    }
}
