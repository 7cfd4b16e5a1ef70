package io.sendwell.reputation.control;

import static io.sendwell.reputation.entity.EnforcementState.HEALTHY;
import static io.sendwell.reputation.entity.EnforcementState.PAUSED;
import static io.sendwell.reputation.entity.EnforcementState.THROTTLED;
import static org.assertj.core.api.Assertions.assertThat;

import io.sendwell.reputation.entity.ReputationCounts;
import io.sendwell.reputation.entity.ReputationPolicy;
import org.junit.jupiter.api.Test;

class AccountGuardianTest {

    private static final ReputationPolicy POLICY = ReputationPolicy.DEFAULT;
    private static final ReputationCounts NONE = ReputationCounts.NONE;

    @Test
    void healthyAccountLeavesEveryTenantAlone() {
        assertThat(AccountGuardian.decide(POLICY, counts(1000, 10), NONE, HEALTHY, counts(100, 3), NONE)).isEmpty();
    }

    @Test
    void accountAtWarningThrottlesTheTenantAboveTheAccountRate() {
        var decision = AccountGuardian.decide(POLICY, counts(1000, 25), NONE, HEALTHY, counts(200, 6), NONE);
        assertThat(decision).hasValueSatisfying(d -> {
            assertThat(d.to()).isEqualTo(THROTTLED);
            assertThat(d.explanation()).contains("account guardian").contains("bounce rate");
        });
    }

    @Test
    void accountAtThrottleLevelPausesTheOffender() {
        assertThat(AccountGuardian.decide(POLICY, counts(1000, 40), NONE, THROTTLED, counts(200, 10), NONE))
                .hasValueSatisfying(d -> assertThat(d.to()).isEqualTo(PAUSED));
    }

    @Test
    void tenantBelowTheAccountRateIsNotTheOffender() {
        assertThat(AccountGuardian.decide(POLICY, counts(1000, 25), NONE, HEALTHY, counts(500, 5), NONE)).isEmpty();
    }

    @Test
    void tenantWithTooFewSendsIsNotJudged() {
        assertThat(AccountGuardian.decide(POLICY, counts(1000, 25), NONE, HEALTHY, counts(10, 5), NONE)).isEmpty();
    }

    @Test
    void neverMovesATenantToAMilderState() {
        assertThat(AccountGuardian.decide(POLICY, counts(1000, 25), NONE, PAUSED, counts(200, 20), NONE)).isEmpty();
    }

    private static ReputationCounts counts(long sent, long hardBounces) {
        return new ReputationCounts(sent, sent - hardBounces, hardBounces, 0);
    }
}
