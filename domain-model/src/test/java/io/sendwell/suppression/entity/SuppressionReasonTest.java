package io.sendwell.suppression.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionReasonTest {

    /** What SES told us protects the shared account; a leaked or careless key must not undo it. */
    @ParameterizedTest
    @CsvSource({"BOUNCE, false", "COMPLAINT, false", "MANUAL, true"})
    void onlyManualSuppressionsMayBeLiftedWithAnApiKey(SuppressionReason reason, boolean liftable) {
        assertThat(reason.mayBeLiftedWithAnApiKey()).isEqualTo(liftable);
    }
}
