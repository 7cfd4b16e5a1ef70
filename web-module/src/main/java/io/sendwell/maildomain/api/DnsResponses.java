package io.sendwell.maildomain.api;

import io.sendwell.maildomain.boundary.DomainDnsService.DnsRecords;
import io.sendwell.maildomain.dns.BulkSenderReadiness;
import io.sendwell.maildomain.dns.DnsRecord;
import io.sendwell.maildomain.dns.DnsReport;
import io.sendwell.maildomain.dns.RecordCheck;
import io.sendwell.maildomain.dns.SpfProposal;

import java.util.List;

/** JSON shapes of the DNS endpoints: records the API owns, not the core's types. */
public final class DnsResponses {

    private static final String GUIDANCE = "Publish every record below at your DNS host exactly as shown (the "
            + "zoneFileLine is the BIND form). Easy DKIM records are CNAMEs; some DNS hosts append your domain to "
            + "names and targets, so enter the name without the domain if yours does, and end targets with a dot. "
            + "The MAIL FROM subdomain must have no other records. DMARC starts at p=none; tighten it to "
            + "quarantine and reject once the reports show all your mail passes. Then run dns-check: SES verifies "
            + "the domain on its own once it sees the DKIM records, usually within minutes, at most 72 hours.";

    private DnsResponses() {
    }

    public record Record(String type, String name, String value, String purpose, String explanation, String zoneFileLine) {
        public static Record of(DnsRecord r) {
            return new Record(r.type().name(), r.name(), r.value(), r.purpose().name(), r.explanation(), r.zoneFileLine());
        }
    }

    public record Spf(String outcome, String record, int lookups, String explanation) {
        public static Spf of(SpfProposal p) {
            return p == null ? null : new Spf(p.outcome().name(), p.record().orElse(null), p.lookups(), p.explanation());
        }
    }

    public record RecordsResponse(String domainId, String domain, String dkimMode, String guidance, List<Record> records,
                           Spf apexSpf, String apexSpfNote) {
        public static RecordsResponse of(DnsRecords r) {
            return new RecordsResponse(r.domain().id(), r.domain().name().asString(),
                    r.domain().usesByoDkim() ? "BYODKIM" : "EASY_DKIM", GUIDANCE,
                    r.records().stream().map(Record::of).toList(), Spf.of(r.apexSpf()), r.apexSpfNote());
        }
    }

    public record Check(String purpose, String type, String name, String verdict, String expected, List<String> found,
                 String explanation, String fix) {
        public static Check of(RecordCheck c) {
            return new Check(c.purpose().name(), c.type().name(), c.name(), c.verdict().name(), c.expected(), c.found(),
                    c.explanation(), c.fix());
        }
    }

    public record BulkSenders(boolean meetsDnsRequirements, List<String> gaps, String summary) {
        public static BulkSenders of(BulkSenderReadiness b) {
            return new BulkSenders(b.meetsDnsRequirements(), b.gaps(), b.summary());
        }
    }

    public record ReportResponse(String domain, boolean healthy, int problemCount, List<Check> checks, BulkSenders bulkSenders) {
        public static ReportResponse of(DnsReport r) {
            return new ReportResponse(r.domain(), r.isHealthy(), r.problems().size(),
                    r.checks().stream().map(Check::of).toList(), BulkSenders.of(r.bulkSenders()));
        }
    }

    public record SpfMergeRequest(String currentSpf) {
    }
}
