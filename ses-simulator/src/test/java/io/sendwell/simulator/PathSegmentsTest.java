package io.sendwell.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathSegmentsTest {

    @Test
    void decodesPercentEscapesButKeepsPlusSigns() {
        assertThat(PathSegments.decode("bounce%2Bx%40simulator.amazonses.com")).isEqualTo("bounce+x@simulator.amazonses.com");
        assertThat(PathSegments.decode("bounce+x@simulator.amazonses.com")).isEqualTo("bounce+x@simulator.amazonses.com");
        assertThat(PathSegments.decode("j%C3%BCrgen%40x.example")).isEqualTo("jürgen@x.example");
    }

    @Test
    void durationsReadShortForms() {
        assertThat(Durations.parse("200ms").toMillis()).isEqualTo(200);
        assertThat(Durations.parse("3s").toMillis()).isEqualTo(3000);
        assertThat(Durations.parse("1.5s").toMillis()).isEqualTo(1500);
        assertThat(Durations.parse("PT2S").toMillis()).isEqualTo(2000);
        assertThat(Durations.parse("750").toMillis()).isEqualTo(750);
    }
}
