package io.sendwell.maildomain.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Judges the SPF record at one name (the apex or the MAIL FROM subdomain). Reports one finding per
 * distinct problem, because a record can have several (e.g. {@code +all} and too many lookups).
 */
final class SpfCheck {

    private final DnsLookup dns;
    private final SpfLookupCounter counter;
    private final SpfMerger merger;

    SpfCheck(DnsLookup dns, SpfLookupCounter counter) {
        this.dns = dns;
        this.counter = counter;
        this.merger = new SpfMerger(counter);
    }

    /** @param requiredInclude an include the record must contain, or null when any sender list will do */
    List<RecordCheck> check(DnsRecord required, String requiredInclude, String missingExplanation) {
        List<String> spf;
        try {
            spf = dns.txt(required.name()).stream().filter(SpfRecord::isSpf).toList();
        } catch (DnsLookupException e) {
            return List.of(RecordCheck.notChecked(required, e));
        }
        if (spf.isEmpty()) {
            return List.of(RecordCheck.of(required, Verdict.MISSING, spf, missingExplanation,
                    "Create a TXT record at " + required.name() + " with the value " + required.value() + "."));
        }
        if (spf.size() > 1) {
            SpfProposal merged = merger.mergeDuplicates(required.name(), spf);
            return List.of(RecordCheck.of(required, Verdict.CONFLICTING, spf,
                    "There are " + spf.size() + " SPF records. Receivers then give up (permerror) and SPF fails "
                            + "for all your mail, not just some of it.",
                    "Replace them with a single record" + merged.record().map(r -> ": " + r).orElse(". ")
                            + (merged.record().isPresent() ? "" : merged.explanation())));
        }
        try {
            return judge(required, SpfRecord.parse(spf.get(0)), requiredInclude, spf);
        } catch (MalformedRecordException e) {
            return List.of(RecordCheck.of(required, Verdict.WRONG_VALUE, spf,
                    "The SPF record is malformed (" + e.getMessage() + "); receivers treat it as a permanent error.",
                    "Correct the record, e.g. to " + required.value() + "."));
        }
    }

    private List<RecordCheck> judge(DnsRecord required, SpfRecord record, String requiredInclude, List<String> found) {
        List<RecordCheck> findings = new ArrayList<>();
        Optional<SpfMechanism> all = record.all();
        if (all.isPresent() && all.get().qualifier() == SpfQualifier.PASS) {
            findings.add(RecordCheck.of(required, Verdict.WRONG_VALUE, found,
                    "'" + all.get().text() + "' authorises every server on the internet to send as you, so SPF "
                            + "protects nothing.",
                    "End the record with ~all (soft fail) or -all (fail) instead."));
        } else if (all.isPresent() && all.get().qualifier() == SpfQualifier.NEUTRAL) {
            findings.add(RecordCheck.of(required, Verdict.WARNING, found,
                    "'?all' says nothing about unlisted servers; receivers get no help against spoofing.",
                    "End the record with ~all, or -all once all your senders are listed."));
        } else if (all.isEmpty() && record.effectiveRedirect().isEmpty()) {
            findings.add(RecordCheck.of(required, Verdict.WARNING, found,
                    "The record has no 'all' at the end, so unlisted servers get a neutral result.",
                    "Add ~all at the end."));
        }
        if (!record.unreachableMechanisms().isEmpty()) {
            findings.add(RecordCheck.of(required, Verdict.WARNING, found,
                    "Everything after 'all' is ignored: " + texts(record.unreachableMechanisms()) + ".",
                    "Move those entries before the 'all'."));
        }
        if (requiredInclude != null && !record.hasInclude(requiredInclude)) {
            findings.add(RecordCheck.of(required, Verdict.WRONG_VALUE, found,
                    "The record does not authorise SES (include:" + requiredInclude + "), so SPF fails for mail "
                            + "SES sends.",
                    "Set the record to " + required.value() + "."));
        }
        findings.addAll(lookupFindings(required, record, found));
        return findings.isEmpty()
                ? List.of(RecordCheck.ok(required, found, "One valid SPF record, within the 10-lookup limit."))
                : findings;
    }

    private List<RecordCheck> lookupFindings(DnsRecord required, SpfRecord record, List<String> found) {
        SpfLookupCount count = counter.count(record, required.name());
        List<RecordCheck> findings = new ArrayList<>();
        if (count.exceedsLimit()) {
            findings.add(RecordCheck.of(required, Verdict.WRONG_VALUE, found,
                    "Checking this record needs more than " + SpfLookupCount.LIMIT + " DNS lookups: receivers "
                            + "stop at " + SpfLookupCount.LIMIT + " and SPF fails (permerror). Cost per entry, up to "
                            + "where counting stopped: " + SpfMerger.describeCosts(count) + ".",
                    "Remove includes of services you no longer use, and replace a/mx/ptr with ip4:/ip6: ranges."));
        }
        if (!count.problems().isEmpty()) {
            findings.add(RecordCheck.of(required, count.complete() ? Verdict.WRONG_VALUE : Verdict.WARNING, found,
                    "Problems in the records this one refers to: " + String.join("; ", count.problems()) + ".",
                    "Remove or correct the entries named above."));
        }
        return findings;
    }

    private static String texts(List<? extends SpfTerm> terms) {
        return terms.stream().map(SpfTerm::text).collect(Collectors.joining(" "));
    }
}
