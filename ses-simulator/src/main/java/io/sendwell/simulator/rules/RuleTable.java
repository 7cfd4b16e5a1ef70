package io.sendwell.simulator.rules;

import java.util.List;
import java.util.Optional;

/** An ordered rule table; the first matching row wins. */
public record RuleTable(List<RecipientRule> rules) {

    public static final RuleTable EMPTY = new RuleTable(List.of());

    public RuleTable {
        rules = List.copyOf(rules);
    }

    public Optional<Outcome> outcomeFor(String address) {
        return rules.stream().filter(rule -> rule.matches(address)).map(RecipientRule::outcome).findFirst();
    }
}
