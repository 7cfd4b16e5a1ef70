package io.sendwell.reputation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeedbackWindowPolicyTest {

    private final FeedbackWindowPolicy policy = FeedbackWindowPolicy.DEFAULT;
    private final ReputationPolicy levels = ReputationPolicy.DEFAULT;

    @Test
    void aNewSenderStartsSmall() {
        assertThat(policy.windowFor(ReputationCounts.NONE, 0, levels).size()).isEqualTo(10);
    }

    @Test
    void cleanDeliveriesOpenTheWindowUpToTheMaximum() {
        assertThat(policy.windowFor(new ReputationCounts(49, 49, 0, 0), 0, levels).size()).as("still new").isEqualTo(10);
        assertThat(policy.windowFor(new ReputationCounts(50, 50, 0, 0), 0, levels).size()).isEqualTo(60);
        assertThat(policy.windowFor(new ReputationCounts(500, 500, 0, 0), 0, levels).size()).isEqualTo(510);
        assertThat(policy.windowFor(new ReputationCounts(1_000_000, 1_000_000, 0, 0), 0, levels).size()).isEqualTo(10_000);
    }

    @Test
    void deliveriesInsideTheComplaintWindowDoNotOpenItYet() {
        assertThat(policy.windowFor(new ReputationCounts(80, 80, 0, 0), 30, levels).size()).isEqualTo(60);
    }

    @Test
    void oneEarlyComplaintClosesTheWindowAlmostShut() {
        // 1 complaint in 20 deliveries reads as 1 in 50 = 2 %, far above the 0.1 % pause level.
        FeedbackWindowPolicy.Window window = policy.windowFor(new ReputationCounts(20, 20, 0, 1), 0, levels);
        assertThat(window.size()).isEqualTo(2);
        assertThat(window.explanation()).contains("complaint risk 2.000%");
    }

    @Test
    void aBadListClosesItToo() {
        assertThat(policy.windowFor(new ReputationCounts(20, 14, 6, 0), 0, levels).size()).isEqualTo(2);
    }

    @Test
    void risingRatesShrinkAnEstablishedWindowGradually() {
        int clean = policy.windowFor(new ReputationCounts(4000, 4000, 0, 0), 0, levels).size();
        int someComplaints = policy.windowFor(new ReputationCounts(4000, 4000, 0, 1), 0, levels).size();
        assertThat(someComplaints).isLessThan(clean).isGreaterThan(clean / 2);
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new FeedbackWindowPolicy(1, 1.0, 10, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeedbackWindowPolicy(20, -1.0, 10_000, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
