package io.sendwell.reputation.entity;

import static io.sendwell.reputation.entity.EnforcementState.HEALTHY;
import static io.sendwell.reputation.entity.EnforcementState.PAUSED;
import static io.sendwell.reputation.entity.EnforcementState.THROTTLED;
import static io.sendwell.reputation.entity.EnforcementState.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReputationPolicyTest {

    private final ReputationPolicy policy = ReputationPolicy.DEFAULT;

    // Default levels: bounce 2 / 3.5 / 4.5 %, complaint 0.04 / 0.06 / 0.08 %, minimum volume 50.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                                              | from      | sent24 | deliv24 | bounce24 | compl24 | sent7  | deliv7 | bounce7 | compl7 | to
        clean sender stays healthy                          | HEALTHY   | 1000   | 1000    | 0        | 0       | 5000   | 5000   | 0       | 0      | HEALTHY
        bounce rate just under warn stays healthy           | HEALTHY   | 1000   | 1000    | 19       | 0       | 5000   | 5000   | 50      | 0      | HEALTHY
        bounce rate at warn level warns                     | HEALTHY   | 1000   | 1000    | 20       | 0       | 5000   | 5000   | 50      | 0      | WARNING
        bounce rate at throttle level throttles             | HEALTHY   | 1000   | 1000    | 35       | 0       | 5000   | 5000   | 50      | 0      | THROTTLED
        bounce rate at pause level pauses                   | HEALTHY   | 1000   | 1000    | 45       | 0       | 5000   | 5000   | 50      | 0      | PAUSED
        bounce rate far above pause pauses                  | HEALTHY   | 100    | 50      | 50       | 0       | 100    | 50     | 50      | 0      | PAUSED
        complaint rate at warn level warns                  | HEALTHY   | 10000  | 10000   | 0        | 4       | 50000  | 50000  | 0       | 4      | WARNING
        complaint rate at throttle level throttles          | HEALTHY   | 10000  | 10000   | 0        | 6       | 50000  | 50000  | 0       | 6      | THROTTLED
        complaint rate below SES review level pauses        | HEALTHY   | 10000  | 10000   | 0        | 8       | 50000  | 50000  | 0       | 8      | PAUSED
        complaint rate uses delivered as denominator        | HEALTHY   | 20000  | 10000   | 0        | 5       | 20000  | 10000  | 0       | 5      | WARNING
        worst metric wins over milder one                   | HEALTHY   | 10000  | 10000   | 200      | 10      | 50000  | 50000  | 200     | 10     | PAUSED
        seven-day window alone can escalate                 | HEALTHY   | 1000   | 1000    | 0        | 0       | 5000   | 5000   | 180     | 0      | THROTTLED
        unrepresentative 24h window is ignored              | HEALTHY   | 10     | 10      | 5        | 0       | 5000   | 5000   | 5       | 0      | HEALTHY
        below minimum volume everywhere keeps state         | HEALTHY   | 49     | 49      | 40       | 10      | 49     | 49     | 40      | 10     | HEALTHY
        below minimum volume keeps warning                  | WARNING   | 10     | 10      | 0        | 0       | 40     | 40     | 0       | 0      | WARNING
        exactly minimum volume is representative            | HEALTHY   | 50     | 50      | 1        | 0       | 50     | 50     | 1       | 0      | WARNING
        warning escalates to throttled                      | WARNING   | 1000   | 1000    | 40       | 0       | 5000   | 5000   | 40      | 0      | THROTTLED
        throttled escalates to paused                       | THROTTLED | 1000   | 1000    | 50       | 0       | 5000   | 5000   | 50      | 0      | PAUSED
        warning recovers to healthy automatically           | WARNING   | 1000   | 1000    | 5        | 0       | 5000   | 5000   | 20      | 0      | HEALTHY
        warning stays while still over warn level           | WARNING   | 1000   | 1000    | 25       | 0       | 5000   | 5000   | 25      | 0      | WARNING
        throttled does not recover automatically            | THROTTLED | 1000   | 1000    | 0        | 0       | 5000   | 5000   | 0       | 0      | THROTTLED
        throttled does not drop to warning automatically    | THROTTLED | 1000   | 1000    | 25       | 0       | 5000   | 5000   | 25      | 0      | THROTTLED
        paused does not recover automatically               | PAUSED    | 1000   | 1000    | 0        | 0       | 5000   | 5000   | 0       | 0      | PAUSED
        paused stays paused under lower breach              | PAUSED    | 1000   | 1000    | 40       | 0       | 5000   | 5000   | 40      | 0      | PAUSED
        healthy sender with nothing sent stays healthy      | HEALTHY   | 0      | 0       | 0        | 0       | 0      | 0      | 0       | 0      | HEALTHY
        complaints with nothing delivered do not divide     | HEALTHY   | 100    | 0       | 0        | 3       | 100    | 0      | 0       | 3      | HEALTHY
        """)
    void evaluatesTheTable(String name, EnforcementState from,
                           long sent24, long delivered24, long bounces24, long complaints24,
                           long sent7, long delivered7, long bounces7, long complaints7,
                           EnforcementState expected) {
        EnforcementDecision decision = policy.evaluate(from,
                new ReputationCounts(sent24, delivered24, bounces24, complaints24),
                new ReputationCounts(sent7, delivered7, bounces7, complaints7));

        assertThat(decision.from()).isEqualTo(from);
        assertThat(decision.to()).as(decision.explanation()).isEqualTo(expected);
        assertThat(decision.explanation()).isNotBlank();
    }

    @Test
    void explanationNamesRateWindowThresholdAndValue() {
        EnforcementDecision decision = policy.evaluate(HEALTHY,
                new ReputationCounts(1000, 1000, 46, 0), new ReputationCounts(5000, 5000, 46, 0));

        assertThat(decision.escalates()).isTrue();
        assertThat(decision.breaches()).first().satisfies(breach -> {
            assertThat(breach.metric()).isEqualTo(ReputationMetric.BOUNCE_RATE);
            assertThat(breach.window()).isEqualTo(ReputationWindow.LAST_24_HOURS);
            assertThat(breach.level()).isEqualTo(PAUSED);
            assertThat(breach.threshold()).isEqualTo(0.045);
            assertThat(breach.value()).isEqualTo(0.046);
        });
        assertThat(decision.explanation())
                .contains("bounce rate 4.600% over the last 24 hours reached the PAUSED level 4.500%");
    }

    @Test
    void breachesAreListedWorstFirst() {
        EnforcementDecision decision = policy.evaluate(HEALTHY,
                new ReputationCounts(10000, 10000, 200, 10), new ReputationCounts(50000, 50000, 200, 10));

        assertThat(decision.breaches()).extracting(ThresholdBreach::level)
                .containsExactly(PAUSED, WARNING);
    }

    @Test
    void manualReinstatementIsExplained() {
        EnforcementDecision decision = policy.evaluate(THROTTLED,
                new ReputationCounts(1000, 1000, 0, 0), new ReputationCounts(5000, 5000, 0, 0));

        assertThat(decision.changesState()).isFalse();
        assertThat(decision.explanation()).contains("manual reinstatement");
    }

    @Test
    void defaultsStayInsideSesReviewLevels() {
        assertThat(ReputationPolicy.DEFAULT.bounce().pause()).isLessThan(0.05);
        assertThat(ReputationPolicy.DEFAULT.complaint().pause()).isLessThan(0.001);
    }

    @Test
    void levelsMustAscend() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLevels(0.03, 0.02, 0.04));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLevels(0.02, 0.02, 0.04));
    }

    @Test
    void levelsMustBeFractions() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLevels(0, 0.02, 0.04));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLevels(0.01, 0.02, 1.5));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLevels(Double.NaN, 0.02, 0.04));
    }

    @Test
    void policyRejectsNonsenseVolumeAndThrottleFactor() {
        RateLevels levels = new RateLevels(0.01, 0.02, 0.03);
        assertThatIllegalArgumentException().isThrownBy(() -> new ReputationPolicy(levels, levels, 0, 0.5));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReputationPolicy(levels, levels, 50, 1.0));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReputationPolicy(levels, levels, 50, 0.0));
    }

    @Test
    void countsRejectNegativeValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReputationCounts(-1, 0, 0, 0));
    }

    @Test
    void ratesOfAnEmptyWindowAreZero() {
        assertThat(ReputationCounts.NONE.bounceRate()).isZero();
        assertThat(ReputationCounts.NONE.complaintRate()).isZero();
        assertThat(ReputationCounts.NONE.isRepresentative(1)).isFalse();
    }
}
