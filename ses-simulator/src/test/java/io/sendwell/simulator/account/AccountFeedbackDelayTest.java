package io.sendwell.simulator.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sendwell.simulator.TestConfigs;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class AccountFeedbackDelayTest {

    @Test
    void theFeedbackDelayIsChangedAtRunTimeAndResetToTheConfiguredOne() {
        Account account = new Account();
        account.config = TestConfigs.withFeedbackDelay("2s");
        account.clock = Clock.systemUTC();
        account.init();
        assertThat(account.feedbackDelayMillis()).isEqualTo(2000);

        account.changeFeedbackDelay(600_000);
        assertThat(account.feedbackDelayMillis()).isEqualTo(600_000);
        assertThatThrownBy(() -> account.changeFeedbackDelay(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> account.changeFeedbackDelay(Account.MAX_FEEDBACK_DELAY_MILLIS + 1))
                .isInstanceOf(IllegalArgumentException.class);

        account.reset();
        assertThat(account.feedbackDelayMillis()).isEqualTo(2000);
    }
}
