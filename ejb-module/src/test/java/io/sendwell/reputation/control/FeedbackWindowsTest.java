package io.sendwell.reputation.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.sendwell.reputation.boundary.ReputationSettings;
import io.sendwell.reputation.entity.EnforcementDecision;
import io.sendwell.reputation.entity.EnforcementState;
import io.sendwell.reputation.entity.ReputationCounts;
import io.sendwell.reputation.entity.ReputationPolicy;
import io.sendwell.reputation.entity.ReputationScope;
import io.sendwell.reputation.entity.ScopeEnforcement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-memory side of the feedback windows, against a database that answers what the test says. */
class FeedbackWindowsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private final FakeDatabase database = new FakeDatabase();
    private final FeedbackWindows windows = new FeedbackWindows();

    @BeforeEach
    void setUp() {
        windows.enabled = true;
        windows.initial = 20;
        windows.growth = 1.0;
        windows.maximum = 10_000;
        windows.minimum = 2;
        windows.complaintWindowMinutes = 10;
        windows.horizonMinutes = 120;
        windows.refreshMillis = 0; // every refreshDue() re-reads
        windows.database = database;
        windows.settings = new ReputationSettings() {
            @Override
            public ReputationPolicy policy() {
                return ReputationPolicy.DEFAULT;
            }
        };
        windows.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        windows.build();
    }

    @Test
    void aScopeNotReadYetIsHeldUntilItIs() {
        assertThat(windows.check("t1", "d1", "m1", 1, true)).isInstanceOf(FeedbackWindows.Hold.class);
        windows.refreshDue();
        assertThat(windows.check("t1", "d1", "m1", 1, true)).isInstanceOf(FeedbackWindows.Release.class);
    }

    @Test
    void aNewSenderMayHaveTwentyRecipientsInFlightThenWaitsForFeedback() {
        windows.check("t1", "d1", "m1", 1, false);
        windows.refreshDue();
        for (int i = 0; i < 20; i++) {
            assertThat(windows.check("t1", "d1", "m1", 1, true)).as("message %d", i).isInstanceOf(FeedbackWindows.Release.class);
        }
        FeedbackWindows.Verdict held = windows.check("t1", "d1", "m1", 1, true);
        assertThat(held).isInstanceOf(FeedbackWindows.Hold.class);
        assertThat(((FeedbackWindows.Hold) held).reason()).contains("20 recipients awaiting feedback, its window is 20");

        // The 20 were claimed and sent (the database counts them), then 60 in all were delivered cleanly.
        windows.claimed("t1", "d1", "m1", 20);
        database.awaiting = 0;
        database.history = new ReputationCounts(60, 60, 0, 0);
        windows.refreshDue();
        for (int i = 0; i < 80; i++) {
            assertThat(windows.check("t1", "d1", "m1", 1, true)).isInstanceOf(FeedbackWindows.Release.class);
        }
        assertThat(windows.check("t1", "d1", "m1", 1, true)).isInstanceOf(FeedbackWindows.Hold.class);
    }

    @Test
    void messagesReleasedButNotYetClaimedStillCountAfterARead() {
        windows.check("t1", null, null, 1, false);
        windows.refreshDue();
        for (int i = 0; i < 20; i++) {
            windows.check("t1", null, null, 1, true);
        }
        windows.refreshDue(); // the database does not see them yet: not claimed
        assertThat(windows.check("t1", null, null, 1, true)).isInstanceOf(FeedbackWindows.Hold.class);
    }

    @Test
    void anEarlyComplaintNearlyClosesTheWindow() {
        database.history = new ReputationCounts(20, 20, 0, 1);
        windows.check("t1", null, null, 1, false);
        windows.refreshDue();
        assertThat(windows.check("t1", null, null, 1, true)).isInstanceOf(FeedbackWindows.Release.class);
        assertThat(windows.check("t1", null, null, 1, true)).isInstanceOf(FeedbackWindows.Release.class);
        assertThat(windows.check("t1", null, null, 1, true)).isInstanceOf(FeedbackWindows.Hold.class);
        assertThat(windows.view().get(0).window()).isEqualTo(2);
    }

    @Test
    void aMessageBiggerThanTheWindowGoesWhenNothingElseAwaits() {
        windows.check("t1", null, null, 50, false);
        windows.refreshDue();
        assertThat(windows.check("t1", null, null, 50, true)).isInstanceOf(FeedbackWindows.Release.class);
        assertThat(windows.check("t1", null, null, 1, true)).isInstanceOf(FeedbackWindows.Hold.class);
    }

    @Test
    void aPausedScopeMakesItsWaitingMessagesFail() {
        ScopeEnforcement paused = new ScopeEnforcement(ReputationScope.tenant("t1"), "t1", NOW);
        paused.apply(new EnforcementDecision(EnforcementState.HEALTHY, EnforcementState.PAUSED, List.of(), "complaint rate 2 %"), "test", NOW);
        database.enforcement.put("tenant:t1", paused);
        windows.check("t1", "d1", "m1", 1, false);
        windows.refreshDue();
        assertThat(windows.pausedReason("t1", "d1", "m1")).hasValueSatisfying(reason ->
                assertThat(reason).contains("paused").contains("complaint rate 2 %"));
        assertThat(windows.pausedReason("t2", "d2", "m2")).isEmpty();
    }

    @Test
    void disabledReleasesEverything() {
        windows.enabled = false;
        for (int i = 0; i < 100; i++) {
            assertThat(windows.check("t1", null, null, 1, true)).isInstanceOf(FeedbackWindows.Release.class);
        }
    }

    private static final class FakeDatabase extends AwaitingFeedback {
        long awaiting;
        ReputationCounts history = ReputationCounts.NONE;
        final Map<String, ScopeEnforcement> enforcement = new HashMap<>();

        @Override
        public Awaiting awaiting(ReputationScope scope, Instant sentAfter, Instant deliveredAfter) {
            return new Awaiting(awaiting, 0);
        }

        @Override
        public ScopeEnforcement enforcement(ReputationScope scope) {
            return enforcement.get(scope.key());
        }

        @Override
        public ReputationCounts history(ReputationScope scope, ScopeEnforcement enforcement, Instant now) {
            return history;
        }
    }
}
