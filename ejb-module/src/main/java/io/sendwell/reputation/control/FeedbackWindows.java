package io.sendwell.reputation.control;

import io.sendwell.reputation.boundary.ReputationSettings;
import io.sendwell.reputation.entity.EnforcementState;
import io.sendwell.reputation.entity.FeedbackWindowPolicy;
import io.sendwell.reputation.entity.ReputationCounts;
import io.sendwell.reputation.entity.ReputationScope;
import io.sendwell.reputation.entity.ScopeEnforcement;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bounds sending ahead of feedback (decision 0014): each mailbox, domain and tenant may have at
 * most its {@link FeedbackWindowPolicy window} of recipients sent and not yet settled by SES's
 * feedback. The dispatcher asks {@link #check} before it spends a send-rate token on a message; a
 * message over the window stays in the outbox (accepted, held) until feedback arrives.
 *
 * <p>Decisions are made in memory, from each scope's figures as last read from the database plus
 * what this server has released since — the dispatch lock never waits on a query. A refresher
 * thread ({@link #refreshDue}) re-reads scopes that are in use. Several servers share the database
 * figures; between refreshes each adds only what it released itself, so a cluster may overshoot a
 * window by what the other servers released within one refresh interval.
 */
@ApplicationScoped
public class FeedbackWindows {

    private static final Logger LOG = Logger.getLogger(FeedbackWindows.class.getName());
    /** Scopes not used for this long are forgotten (re-read when they send again). */
    private static final Duration IDLE = Duration.ofMinutes(10);

    /** What the dispatcher may do with a message now. */
    public sealed interface Verdict {
    }

    public record Release() implements Verdict {
    }

    /** Over a window (or not read yet): leave it queued and look again after {@code retryIn}. */
    public record Hold(Duration retryIn, String reason) implements Verdict {
    }

    /** A scope of the sender was PAUSED after the message was accepted: it must not go out. */
    public record Paused(String reason) implements Verdict {
    }

    private static final Release RELEASE = new Release();

    /** One scope as the operator sees it: awaiting feedback against its window, and why. */
    public record ScopeView(String scopeKey, String tenantId, long awaiting, int window, String explanation,
                            EnforcementState state, Instant lastHeldAt, String lastHoldReason) {
        /** Share of the window in use, 0..100, for meters. */
        public int percent() {
            return (int) Math.min(100, Math.round(100.0 * awaiting / Math.max(1, window)));
        }
    }

    @Inject @ConfigProperty(name = "sendwell.guard.feedback-window.enabled", defaultValue = "true")
    boolean enabled;
    @Inject @ConfigProperty(name = "sendwell.guard.feedback-window.initial", defaultValue = "10")
    int initial;
    @Inject @ConfigProperty(name = "sendwell.guard.feedback-window.growth-per-delivery", defaultValue = "1.0")
    double growth;
    @Inject @ConfigProperty(name = "sendwell.guard.feedback-window.maximum", defaultValue = "10000")
    int maximum;
    @Inject @ConfigProperty(name = "sendwell.guard.feedback-window.minimum", defaultValue = "2")
    int minimum;
    @Inject @ConfigProperty(name = "sendwell.guard.feedback-window.complaint-window-minutes", defaultValue = "10")
    long complaintWindowMinutes;
    @Inject @ConfigProperty(name = "sendwell.guard.feedback-window.awaiting-horizon-minutes", defaultValue = "120")
    long horizonMinutes;
    @Inject @ConfigProperty(name = "sendwell.guard.feedback-window.refresh-millis", defaultValue = "1000")
    long refreshMillis;

    @Inject
    AwaitingFeedback database;

    @Inject
    ReputationSettings settings;

    @Inject
    Clock clock;

    private FeedbackWindowPolicy policy;
    private final Map<String, ScopeWindow> scopes = new ConcurrentHashMap<>();

    @PostConstruct
    void build() {
        policy = new FeedbackWindowPolicy(initial, growth, maximum, minimum);
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Whether a message of this sender may be released now; in memory only. {@code release}
     * true counts it against the windows (the caller is about to send it).
     */
    public synchronized Verdict check(String tenantId, String domainId, String mailboxId, int recipients, boolean release) {
        if (!enabled) {
            return RELEASE;
        }
        List<ScopeWindow> chain = chainOf(tenantId, domainId, mailboxId);
        for (ScopeWindow scope : chain) {
            if (scope.state == EnforcementState.PAUSED) {
                return new Paused(scope.scope.type().wireName() + " sending was paused for its reputation while the message waited: "
                        + scope.stateReason);
            }
        }
        for (ScopeWindow scope : chain) {
            if (!scope.read) {
                return new Hold(Duration.ofMillis(Math.max(50, refreshMillis / 10)), "the " + scope.scope.type().wireName()
                        + "'s feedback window is being read");
            }
            long awaiting = scope.awaiting();
            // A message bigger than the whole window still goes once nothing else awaits feedback.
            if (awaiting > 0 && awaiting + recipients > scope.window) {
                String reason = String.format("%s has %d recipients awaiting feedback, its window is %d (%s)",
                        scope.scope.key(), awaiting, scope.window, scope.explanation);
                scope.lastHeldAt = clock.instant();
                scope.lastHoldReason = reason;
                scope.wanted = true;
                return new Hold(Duration.ofMillis(refreshMillis), reason);
            }
        }
        if (release) {
            released(chain, recipients);
        }
        return RELEASE;
    }

    /** Counts a message the caller is sending now against its sender's windows (after a {@link #check}). */
    public synchronized void released(String tenantId, String domainId, String mailboxId, int recipients) {
        if (enabled) {
            released(chainOf(tenantId, domainId, mailboxId), recipients);
        }
    }

    private static void released(List<ScopeWindow> chain, int recipients) {
        for (ScopeWindow scope : chain) {
            scope.released += recipients;
            scope.unclaimed += recipients;
            scope.sinceRead += recipients;
        }
    }

    /** Why the sender must not send any more, if one of its scopes is PAUSED (as last read). */
    public synchronized java.util.Optional<String> pausedReason(String tenantId, String domainId, String mailboxId) {
        if (enabled && check(tenantId, domainId, mailboxId, 0, false) instanceof Paused paused) {
            return java.util.Optional.of(paused.reason());
        }
        return java.util.Optional.empty();
    }

    /** The message was claimed in the outbox (or turned out to be gone): the database counts it from now on. */
    public synchronized void claimed(String tenantId, String domainId, String mailboxId, int recipients) {
        if (!enabled) {
            return;
        }
        for (ScopeWindow scope : chainOf(tenantId, domainId, mailboxId)) {
            scope.unclaimed = Math.max(0, scope.unclaimed - recipients);
        }
    }

    /**
     * Re-reads the scopes that are due: never read, or in use and older than the refresh interval
     * (near their window, or held) or than ten intervals. Returns whether anything was read.
     */
    public boolean refreshDue() {
        if (!enabled) {
            return false;
        }
        long now = System.nanoTime();
        List<ScopeWindow> due = new ArrayList<>();
        synchronized (this) {
            for (ScopeWindow scope : List.copyOf(scopes.values())) {
                if (now - scope.usedAt > IDLE.toNanos()) {
                    scopes.remove(scope.scope.key());
                } else if (scope.isDue(now, refreshMillis)) {
                    due.add(scope);
                }
            }
        }
        boolean any = false;
        for (ScopeWindow scope : due) {
            any |= refresh(scope);
        }
        return any;
    }

    /** Scopes in use, fullest first, for the dashboard and the operations API. */
    public synchronized List<ScopeView> view() {
        List<ScopeView> views = new ArrayList<>();
        for (ScopeWindow scope : scopes.values()) {
            if (scope.read) {
                views.add(new ScopeView(scope.scope.key(), scope.tenantId, scope.awaiting(), scope.window, scope.explanation, scope.state,
                        scope.lastHeldAt, scope.lastHoldReason));
            }
        }
        views.sort(Comparator.comparingDouble((ScopeView v) -> (double) v.awaiting() / v.window()).reversed());
        return views;
    }

    private boolean refresh(ScopeWindow scope) {
        long unclaimedBefore;
        long releasedBefore;
        synchronized (this) {
            unclaimedBefore = scope.unclaimed;
            releasedBefore = scope.released;
        }
        Instant now = clock.instant();
        try {
            AwaitingFeedback.Awaiting awaiting = database.awaiting(scope.scope, now.minus(Duration.ofMinutes(horizonMinutes)),
                    now.minus(Duration.ofMinutes(complaintWindowMinutes)));
            ScopeEnforcement enforcement = database.enforcement(scope.scope);
            ReputationCounts history = database.history(scope.scope, enforcement, now);
            FeedbackWindowPolicy.Window window = policy.windowFor(history, awaiting.deliveredRecently(), settings.policy());
            synchronized (this) {
                scope.dbAwaiting = awaiting.total();
                // Released but not yet claimed when the read began: the database could not count those yet.
                scope.sinceRead = unclaimedBefore + (scope.released - releasedBefore);
                scope.window = window.size();
                scope.explanation = window.explanation();
                scope.state = enforcement == null ? EnforcementState.HEALTHY : enforcement.state();
                scope.stateReason = enforcement == null ? "" : enforcement.reason();
                scope.readAt = System.nanoTime();
                scope.read = true;
                scope.wanted = false;
            }
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the feedback window of " + scope.scope.key() + "; trying again shortly", e);
            return false;
        }
    }

    private List<ScopeWindow> chainOf(String tenantId, String domainId, String mailboxId) {
        long now = System.nanoTime();
        List<ScopeWindow> chain = new ArrayList<>(3);
        for (ReputationScope scope : ReputationScope.senderChain(tenantId, domainId, mailboxId)) {
            ScopeWindow window = scopes.computeIfAbsent(scope.key(), k -> new ScopeWindow(scope, tenantId));
            window.usedAt = now;
            chain.add(window);
        }
        return chain;
    }

    /** One scope's figures; guarded by the enclosing instance. */
    private static final class ScopeWindow {
        final ReputationScope scope;
        final String tenantId;
        boolean read;
        boolean wanted = true;
        long readAt;
        volatile long usedAt = System.nanoTime();
        long dbAwaiting;
        /** Released by this server since the last read, or released before it and not yet claimed. */
        long sinceRead;
        /** Released by this server and not yet claimed in the outbox. */
        long unclaimed;
        /** Released by this server, ever (to tell what was released during a read). */
        long released;
        int window;
        String explanation = "";
        EnforcementState state = EnforcementState.HEALTHY;
        String stateReason = "";
        Instant lastHeldAt;
        String lastHoldReason;

        ScopeWindow(ReputationScope scope, String tenantId) {
            this.scope = scope;
            this.tenantId = tenantId;
        }

        long awaiting() {
            return dbAwaiting + sinceRead;
        }

        boolean isDue(long now, long refreshMillis) {
            long age = now - readAt;
            long interval = Duration.ofMillis(refreshMillis).toNanos();
            if (!read) {
                return true;
            }
            boolean busy = wanted || awaiting() * 2 >= window;
            return age >= (busy ? interval : 10 * interval);
        }
    }
}
