package io.sendwell.maildomain.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks the DMARC record and whether its alignment settings fit how SES sends for the domain. */
final class DmarcCheck {

    private final DnsLookup dns;
    private final SesDomainSetup setup;
    private final DnsRecord required;

    DmarcCheck(DnsLookup dns, SesDomainSetup setup, DnsRecord required) {
        this.dns = dns;
        this.setup = setup;
        this.required = required;
    }

    private DmarcRecord published;

    /** The parsed record when exactly one valid record is published; null before {@link #check}. */
    DmarcRecord published() {
        return published;
    }

    List<RecordCheck> check(boolean dkimInPlace) {
        List<String> txt;
        try {
            txt = dns.txt(required.name());
        } catch (DnsLookupException e) {
            return List.of(RecordCheck.notChecked(required, e));
        }
        List<String> dmarc = txt.stream().filter(DmarcRecord::isDmarc).toList();
        if (dmarc.isEmpty()) {
            return List.of(missing(txt));
        }
        if (dmarc.size() > 1) {
            return List.of(RecordCheck.of(required, Verdict.CONFLICTING, dmarc,
                    "There are " + dmarc.size() + " DMARC records; receivers then ignore DMARC for your domain.",
                    "Keep exactly one DMARC record at " + required.name() + "."));
        }
        try {
            published = DmarcRecord.parse(dmarc.get(0));
        } catch (MalformedRecordException e) {
            return List.of(RecordCheck.of(required, Verdict.WRONG_VALUE, dmarc,
                    "The DMARC record is malformed (" + e.getMessage() + "); receivers ignore it.",
                    "Replace it with " + required.value() + "."));
        }
        return judge(published, dmarc, dkimInPlace);
    }

    private RecordCheck missing(List<String> txt) {
        if (txt.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains("p="))) {
            return RecordCheck.of(required, Verdict.WRONG_VALUE, txt,
                    "A record looks like DMARC but does not start with v=DMARC1, so receivers ignore it.",
                    "Start the record with v=DMARC1; for example " + required.value() + ".");
        }
        return RecordCheck.of(required, Verdict.MISSING, txt,
                "There is no DMARC record. Gmail and Yahoo require one (p=none is enough) from bulk senders, "
                        + "and without it anyone can spoof your domain unnoticed.",
                "Create a TXT record at " + required.name() + " with the value " + required.value() + ".");
    }

    private List<RecordCheck> judge(DmarcRecord record, List<String> found, boolean dkimInPlace) {
        List<RecordCheck> findings = new ArrayList<>();
        boolean strictSpf = record.spfAlignment() == DmarcRecord.Alignment.STRICT;
        boolean strictDkim = record.dkimAlignment() == DmarcRecord.Alignment.STRICT;
        if (strictSpf && record.enforces()) {
            findings.add(RecordCheck.of(required, Verdict.CONFLICTING, found,
                    "aspf=s demands that the envelope sender equals " + setup.domain() + " exactly, but SES uses "
                            + setup.mailFromDomain() + ", so SPF never aligns. Your p=" + policy(record)
                            + " then rests on DKIM alone" + (dkimInPlace
                            ? (strictDkim ? " with adkim=s too: mail From any subdomain of " + setup.domain()
                                    + " is always " + fate(record) + ", and any DKIM failure gets mail " + fate(record) + "."
                                    : "; any DKIM failure gets mail " + fate(record) + ".")
                            : ", and DKIM is not in place yet, so every message sent through SES gets " + fate(record) + "."),
                    "Remove aspf=s (relaxed is the default)" + (strictDkim ? " and adkim=s" : "") + "."));
        } else if (strictSpf || strictDkim) {
            findings.add(RecordCheck.of(required, Verdict.WARNING, found,
                    (strictSpf ? "aspf=s: SPF never aligns, because SES uses " + setup.mailFromDomain()
                            + " as envelope sender. " : "")
                            + (strictDkim ? "adkim=s: SES signs with d=" + setup.domain() + ", so mail From "
                            + "addresses at its subdomains fails DKIM alignment. " : "")
                            + (record.enforces() ? "" : "Harmless while p=none, but your reports will show failures."),
                    "Use relaxed alignment (remove aspf/adkim) before moving to quarantine or reject."));
        }
        if (record.aggregateReportUris().isEmpty()) {
            findings.add(RecordCheck.of(required, Verdict.WARNING, found,
                    "No rua= address, so you get no reports and cannot tell when it is safe to tighten the policy.",
                    "Add rua=mailto:" + setup.dmarcReportAddress() + "."));
        }
        if (findings.isEmpty()) {
            findings.add(RecordCheck.ok(required, found, record.enforces()
                    ? "DMARC is enforced (p=" + policy(record) + ") with relaxed alignment, which SES mail passes."
                    : "DMARC is in monitoring mode (p=none). Once reports show all your mail passing, move to "
                            + "p=quarantine and then p=reject."));
        }
        return findings;
    }

    private static String fate(DmarcRecord record) {
        return record.policy() == DmarcRecord.Policy.REJECT ? "rejected" : "sent to spam";
    }

    private static String policy(DmarcRecord record) {
        return record.policy().name().toLowerCase(Locale.ROOT);
    }
}
