package io.sendwell.sending.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BodyRetentionTest {

    @Test
    void retentionIsAnIsoDurationAndMustBePositive() {
        assertThat(BodyRetention.retention("P30D")).isEqualTo(Duration.ofDays(30));
        assertThat(BodyRetention.retention(" PT12H ")).isEqualTo(Duration.ofHours(12));
        assertThatThrownBy(() -> BodyRetention.retention("30 days")).hasMessageContaining("ISO-8601 duration such as P30D");
        assertThatThrownBy(() -> BodyRetention.retention("PT0S")).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> BodyRetention.retention("-P1D")).hasMessageContaining("must be positive");
    }
}
