package io.sendwell.reputation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeEnforcementTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void scopeKeysRoundTrip() {
        assertThat(ReputationScope.ofKey("mailbox:abc")).isEqualTo(ReputationScope.mailbox("abc"));
        assertThat(ReputationScope.ofKey("account")).isEqualTo(ReputationScope.ACCOUNT);
        assertThat(ReputationScope.tenant("t1").key()).isEqualTo("tenant:t1");
    }

    @Test
    void aDecisionThatChangesTheStateIsRecordedWithItsExplanation() {
        ScopeEnforcement state = new ScopeEnforcement(ReputationScope.tenant("t1"), "t1", T0);
        EnforcementChange change = state.apply(new EnforcementDecision(EnforcementState.HEALTHY, EnforcementState.THROTTLED,
                List.of(), "bounce rate 4% over the last 24 hours"), "system:test", T0);

        assertThat(state.state()).isEqualTo(EnforcementState.THROTTLED);
        assertThat(change.from()).isEqualTo(EnforcementState.HEALTHY);
        assertThat(change.reason()).contains("bounce rate");
    }

    @Test
    void aDecisionThatKeepsTheStateRecordsNothing() {
        ScopeEnforcement state = new ScopeEnforcement(ReputationScope.tenant("t1"), "t1", T0);
        assertThat(state.apply(new EnforcementDecision(EnforcementState.HEALTHY, EnforcementState.HEALTHY, List.of(), "fine"),
                "system:test", T0)).isNull();
    }

    @Test
    void aDecisionMadeForAnotherStateIsRefused() {
        ScopeEnforcement state = new ScopeEnforcement(ReputationScope.tenant("t1"), "t1", T0);
        assertThatIllegalStateException().isThrownBy(() -> state.apply(new EnforcementDecision(EnforcementState.WARNING,
                EnforcementState.PAUSED, List.of(), "stale"), "system:test", T0));
    }

    @Test
    void reinstatementRestartsCounting() {
        ScopeEnforcement state = new ScopeEnforcement(ReputationScope.mailbox("m1"), "t1", T0);
        state.apply(new EnforcementDecision(EnforcementState.HEALTHY, EnforcementState.PAUSED, List.of(), "bad"), "system:test", T0);
        Instant later = T0.plusSeconds(3600);
        EnforcementChange change = state.reinstate("list cleaned", "admin:ops", later);

        assertThat(state.state()).isEqualTo(EnforcementState.HEALTHY);
        assertThat(state.countedSince()).isEqualTo(later);
        assertThat(change.actor()).isEqualTo("admin:ops");
    }
}
