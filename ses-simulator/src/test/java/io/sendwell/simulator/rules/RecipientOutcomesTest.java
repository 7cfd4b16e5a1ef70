package io.sendwell.simulator.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RecipientOutcomesTest {

    private static final RuleTable TABLE = new RuleTable(List.of(
            new RecipientRule("vip@bounce.test", Outcome.SUCCESS),
            new RecipientRule("bounce.test", Outcome.BOUNCE),
            new RecipientRule("*.complain.test", Outcome.COMPLAINT),
            new RecipientRule("slow@example.org", Outcome.DELAY),
            new RecipientRule("virus.test", Outcome.REJECT)));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "success@simulator.amazonses.com, SUCCESS",
            "bounce@simulator.amazonses.com, BOUNCE",
            "Bounce+campaign-7@Simulator.AmazonSES.com, BOUNCE",
            "ooto@simulator.amazonses.com, OOTO",
            "complaint+x@simulator.amazonses.com, COMPLAINT",
            "suppressionlist@simulator.amazonses.com, SUPPRESSED",
            "anything-else@simulator.amazonses.com, SUCCESS",
            "vip@bounce.test, SUCCESS",
            "someone@bounce.test, BOUNCE",
            "someone@mail.complain.test, COMPLAINT",
            "someone@complain.test, SUCCESS",
            "slow+tag@example.org, DELAY",
            "fast@example.org, SUCCESS",
            "a@virus.test, REJECT",
            "a@unlisted.example, SUCCESS"
    })
    void mailboxSimulatorFirstThenFirstMatchingRuleElseDelivery(String address, Outcome expected) {
        assertThat(RecipientOutcomes.decide(address, TABLE, false)).isEqualTo(expected);
    }

    @Test
    void suppressedAddressesBounceBeforeRulesApplyButNotMailboxSimulatorAddresses() {
        assertThat(RecipientOutcomes.decide("vip@bounce.test", TABLE, true)).isEqualTo(Outcome.SUPPRESSED);
        assertThat(RecipientOutcomes.decide("success@simulator.amazonses.com", TABLE, true)).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void catchAllRuleMatchesEveryAddress() {
        RuleTable all = new RuleTable(List.of(new RecipientRule("*", Outcome.BOUNCE)));
        assertThat(all.outcomeFor("x@y.example")).contains(Outcome.BOUNCE);
    }

    @Test
    void outcomesParseCaseInsensitivelyAndRejectUnknownNames() {
        assertThat(Outcome.parse(" Bounce ")).isEqualTo(Outcome.BOUNCE);
        assertThatThrownBy(() -> Outcome.parse("explode")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecipientRule(" ", Outcome.SUCCESS)).isInstanceOf(IllegalArgumentException.class);
    }
}
