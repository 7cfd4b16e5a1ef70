package io.sendwell.platform.api;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LargeBodyBudgetTest {

    private static final long MIB = 1024 * 1024;
    private final LargeBodyBudget budget = new LargeBodyBudget(112 * MIB, MIB);

    @Test
    void tenMaximumSizeSendsAtOnceGetTwoPermitsAndEightRefusals() {
        int granted = 0;
        for (int i = 0; i < 10; i++) {
            if (budget.tryAcquire(56 * MIB, 56 * MIB).isPresent()) {
                granted++;
            }
        }
        assertThat(granted).isEqualTo(2);
        assertThat(budget.inUseKib()).isEqualTo(112 * 1024);
    }

    @Test
    void ordinarySendsAreNotCountedEvenWhenTheBudgetIsUsedUp() {
        budget.tryAcquire(56 * MIB, 56 * MIB).orElseThrow();
        budget.tryAcquire(56 * MIB, 56 * MIB).orElseThrow();
        assertThat(budget.tryAcquire(2000, 56 * MIB)).isPresent();
        assertThat(budget.tryAcquire(MIB, 56 * MIB)).isPresent();
    }

    @Test
    void aPermitGivesItsShareBackOnceAndAnUnknownLengthCountsAsTheMaximum() {
        Optional<LargeBodyBudget.Permit> first = budget.tryAcquire(-1, 56 * MIB);
        assertThat(budget.inUseKib()).isEqualTo(56 * 1024);
        first.orElseThrow().close();
        first.orElseThrow().close();
        assertThat(budget.inUseKib()).isZero();
    }

    @Test
    void oneBodyLargerThanTheWholeBudgetStillFitsAlone() {
        LargeBodyBudget small = new LargeBodyBudget(10 * MIB, MIB);
        try (LargeBodyBudget.Permit permit = small.tryAcquire(56 * MIB, 56 * MIB).orElseThrow()) {
            assertThat(small.tryAcquire(2 * MIB, 56 * MIB)).isEmpty();
        }
        assertThat(small.inUseKib()).isZero();
    }

    @Test
    void theBudgetMustHoldAtLeastOneLargeBody() {
        assertThatThrownBy(() -> new LargeBodyBudget(100, MIB)).hasMessageContaining("must be at least");
    }
}
