package io.sendwell.maildomain.dns;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares what a domain publishes with what SES needs and explains every difference in plain
 * words. Read-only and stateless: it can run as often as a tenant presses "check again".
 */
public class DnsDoctor {

    private final DnsLookup dns;
    private final SpfLookupCounter spfCounter;

    public DnsDoctor(DnsLookup dns) {
        this(dns, SpfLookupCounter.DEFAULT_TIME_BUDGET);
    }

    /** @param spfTimeBudget how long counting the lookups of one SPF record may take */
    public DnsDoctor(DnsLookup dns, Duration spfTimeBudget) {
        this.dns = dns;
        this.spfCounter = new SpfLookupCounter(dns, spfTimeBudget, Clock.systemUTC());
    }

    public DnsReport examine(SesDomainSetup setup) {
        RequiredDnsRecords required = RequiredDnsRecords.of(setup);
        List<RecordCheck> checks = new ArrayList<>();
        DkimCheck dkim = new DkimCheck(dns, setup.domain());
        required.dkim().forEach(record -> checks.add(record.type() == RecordType.TXT
                ? ByoDkimCheck.check(dns, record) : dkim.check(record)));
        boolean dkimInPlace = checks.stream().allMatch(c -> c.verdict() == Verdict.OK);
        checks.addAll(new MailFromCheck(dns, spfCounter, setup, required).check());
        checks.addAll(new SpfCheck(dns, spfCounter).check(apexSpf(setup.domain()), null,
                "The domain itself has no SPF record. SES mail does not need it (it uses the MAIL FROM "
                        + "subdomain), but without one anyone can use " + setup.domain() + " as envelope sender "
                        + "and many receivers and blocklists treat that as a bad sign."));
        DmarcCheck dmarc = new DmarcCheck(dns, setup, required.dmarc());
        checks.addAll(dmarc.check(dkimInPlace));
        return new DnsReport(setup.domain(), checks, bulkSenders(setup, checks, dmarc.published()));
    }

    private static DnsRecord apexSpf(String domain) {
        return new DnsRecord(RecordType.TXT, domain, RequiredDnsRecords.MAIL_FROM_SPF, RecordPurpose.APEX_SPF,
                "Lists every service allowed to send with " + domain + " as envelope sender.");
    }

    private static BulkSenderReadiness bulkSenders(SesDomainSetup setup, List<RecordCheck> checks,
                                                   DmarcRecord dmarc) {
        boolean spf = passes(checks, RecordPurpose.MAIL_FROM_SPF) && passes(checks, RecordPurpose.MAIL_FROM_MX);
        boolean dkim = passes(checks, RecordPurpose.DKIM);
        boolean spfAligns = spf && setup.mailFromIsSubdomain() && dmarc != null
                && dmarc.spfAlignment() == DmarcRecord.Alignment.RELAXED;
        // SES signs with d=<domain>, which aligns for mail From <domain> under either alignment mode.
        boolean aligned = dkim || spfAligns;
        List<String> gaps = new ArrayList<>();
        if (!spf) {
            gaps.add("SPF does not pass yet for the MAIL FROM domain " + setup.mailFromDomain());
        }
        if (!dkim) {
            gaps.add("DKIM is not fully published");
        }
        if (dmarc == null) {
            gaps.add("no valid DMARC record (p=none is enough)");
        }
        if (!aligned) {
            gaps.add("neither SPF nor DKIM aligns with the From domain");
        }
        return new BulkSenderReadiness(spf, dkim, dmarc != null, aligned, gaps);
    }

    /** Warnings still pass: they weaken protection but do not make receivers fail the check. */
    private static boolean passes(List<RecordCheck> checks, RecordPurpose purpose) {
        List<RecordCheck> forPurpose = checks.stream().filter(c -> c.purpose() == purpose).toList();
        return !forPurpose.isEmpty() && forPurpose.stream()
                .allMatch(c -> c.verdict() == Verdict.OK || c.verdict() == Verdict.WARNING);
    }
}
