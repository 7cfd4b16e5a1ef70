package io.sendwell.maildomain.dns;

import java.util.List;

/** Everything the doctor found for one domain, in the order SES setup usually proceeds. */
public record DnsReport(String domain, List<RecordCheck> checks, BulkSenderReadiness bulkSenders) {

    public DnsReport {
        checks = List.copyOf(checks);
    }

    public List<RecordCheck> problems() {
        return checks.stream().filter(check -> check.verdict().isProblem()).toList();
    }

    public List<RecordCheck> checksFor(RecordPurpose purpose) {
        return checks.stream().filter(check -> check.purpose() == purpose).toList();
    }

    /** Healthy means SES mail will authenticate; warnings may remain, unchecked records may not. */
    public boolean isHealthy() {
        return checks.stream().noneMatch(c -> c.verdict().isProblem() || c.verdict() == Verdict.NOT_CHECKED);
    }
}
