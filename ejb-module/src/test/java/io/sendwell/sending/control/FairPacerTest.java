package io.sendwell.sending.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FairPacerTest {

    private static final long SECOND = 1_000_000_000L;

    /** Sends everything that may go within {@code seconds}, trying each tenant in turn every millisecond. */
    @Test
    void aMessageTakesATokenPerRecipient() {
        FairPacer pacer = new FairPacer();
        assertThat(pacer.acquire("a", 10, 5, 1.0, 0)).isEqualTo(Duration.ZERO);
        // 10 recipients at 5/s: the next send waits until the debt of 9 is paid and a token is back (2 s)
        assertThat(pacer.acquire("a", 1, 5, 1.0, SECOND)).isBetween(Duration.ofMillis(900), Duration.ofMillis(1100));
        assertThat(pacer.acquire("a", 1, 5, 1.0, 2 * SECOND + SECOND / 100)).isEqualTo(Duration.ZERO);
    }

    private static Map<String, Integer> simulate(FairPacer pacer, double rate, Map<String, Double> tenants, int seconds) {
        Map<String, Integer> sent = new HashMap<>();
        for (long now = 0; now < seconds * SECOND; now += SECOND / 1000) {
            for (var tenant : tenants.entrySet()) {
                if (pacer.acquire(tenant.getKey(), 1, rate, tenant.getValue(), now).isZero()) {
                    sent.merge(tenant.getKey(), 1, Integer::sum);
                }
            }
        }
        return sent;
    }

    @Test
    void aTenantSendingAloneGetsTheWholeRate() {
        Map<String, Integer> sent = simulate(new FairPacer(), 14, Map.of("a", 1.0), 10);
        assertThat(sent.get("a")).isBetween(139, 141);
    }

    @Test
    void twoBusyTenantsShareTheRateEquallyAndTheAccountRateHolds() {
        Map<String, Integer> sent = simulate(new FairPacer(), 14, Map.of("a", 1.0, "b", 1.0), 10);
        assertThat(sent.get("a") + sent.get("b")).isLessThanOrEqualTo(141);
        assertThat(Math.abs(sent.get("a") - sent.get("b"))).isLessThanOrEqualTo(2);
    }

    @Test
    void aThrottledTenantGetsItsFactorOfItsShare() {
        Map<String, Integer> sent = simulate(new FairPacer(), 10, Map.of("throttled", 0.5), 10);
        assertThat(sent.get("throttled")).isBetween(49, 52);
    }

    @Test
    void aRefusedSendIsToldHowLongToWait() {
        FairPacer pacer = new FairPacer();
        assertThat(pacer.acquire("a", 1, 2, 1.0, 0)).isEqualTo(Duration.ZERO);
        Duration wait = pacer.acquire("a", 1, 2, 1.0, 0);
        assertThat(wait).isBetween(Duration.ofMillis(400), Duration.ofMillis(600));
    }
}
