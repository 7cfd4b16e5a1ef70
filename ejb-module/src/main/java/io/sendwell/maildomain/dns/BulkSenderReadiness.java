package io.sendwell.maildomain.dns;

import java.util.List;

/**
 * The DNS half of the Gmail and Yahoo bulk-sender rules (5,000+ messages a day): SPF and DKIM both
 * pass, a DMARC record with at least p=none exists, and one of them aligns with the From domain.
 * One-click unsubscribe and a spam rate under 0.3 % are not DNS matters and are checked elsewhere.
 */
public record BulkSenderReadiness(boolean spf, boolean dkim, boolean dmarc, boolean aligned, List<String> gaps) {

    public BulkSenderReadiness {
        gaps = List.copyOf(gaps);
    }

    public boolean meetsDnsRequirements() {
        return spf && dkim && dmarc && aligned;
    }

    public String summary() {
        String head = meetsDnsRequirements()
                ? "Meets the Gmail/Yahoo bulk-sender DNS requirements (SPF, DKIM, DMARC, alignment)."
                : "Does not yet meet the Gmail/Yahoo bulk-sender DNS requirements: " + String.join("; ", gaps) + ".";
        return head + " Marketing mail also needs one-click unsubscribe (RFC 8058) and a spam rate under 0.3 %.";
    }
}
