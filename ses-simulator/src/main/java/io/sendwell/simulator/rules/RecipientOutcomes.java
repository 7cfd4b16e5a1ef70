package io.sendwell.simulator.rules;

import io.sendwell.simulator.suppression.SuppressionList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Decides each recipient's outcome: mailbox simulator first (as in SES, its addresses ignore the
 * suppression list), then the account suppression list, then the rule table, else delivery.
 */
@ApplicationScoped
public class RecipientOutcomes {

    private volatile RuleTable table = RuleTable.EMPTY;

    @Inject
    SuppressionList suppressionList;

    public Outcome outcomeFor(String address) {
        return decide(address, table, suppressionList != null && suppressionList.contains(address));
    }

    static Outcome decide(String address, RuleTable table, boolean suppressed) {
        return MailboxSimulator.outcomeFor(address)
                .orElseGet(() -> suppressed ? Outcome.SUPPRESSED : table.outcomeFor(address).orElse(Outcome.SUCCESS));
    }

    public RuleTable table() {
        return table;
    }

    public void replace(RuleTable newTable) {
        this.table = newTable;
    }
}
