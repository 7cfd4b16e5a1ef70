package io.sendwell.maildomain.dns;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Proposes one apex SPF record that keeps every sender the tenant already authorises and adds SES,
 * or explains why that is not safe. It never silently drops a vendor: choosing which to remove is
 * the tenant's decision.
 */
public class SpfMerger {

    static final String SES_INCLUDE = "amazonses.com";

    private static final String MAIL_FROM_NOTE = " Note: mail sent through SES is checked against the SPF record "
            + "of your MAIL FROM subdomain (e.g. mail.<domain>), which has its own record; that is what makes SPF "
            + "pass and align for DMARC. The apex include only matters when the apex itself is used as envelope "
            + "sender, so if the apex record is full, leaving SES out of it is acceptable.";

    private final SpfLookupCounter counter;

    public SpfMerger(DnsLookup dns) {
        this(dns, SpfLookupCounter.DEFAULT_TIME_BUDGET);
    }

    /** @param timeBudget how long counting the lookups of one proposal may take */
    public SpfMerger(DnsLookup dns, Duration timeBudget) {
        this(new SpfLookupCounter(dns, timeBudget, Clock.systemUTC()));
    }

    SpfMerger(SpfLookupCounter counter) {
        this.counter = counter;
    }

    /** @param apexTxtRecords all TXT records at the apex; non-SPF ones (verification tokens) are ignored */
    public SpfProposal propose(String domain, List<String> apexTxtRecords) {
        List<String> spf = apexTxtRecords.stream().filter(SpfRecord::isSpf).toList();
        if (spf.size() > 1) {
            SpfProposal merged = mergeDuplicates(domain, spf);
            return merged.record().map(text -> propose(domain, text)).orElse(merged);
        }
        return propose(domain, spf.isEmpty() ? null : spf.get(0));
    }

    public SpfProposal propose(String domain, String currentSpf) {
        if (currentSpf == null || currentSpf.isBlank()) {
            SpfRecord fresh = SpfRecord.parse(RequiredDnsRecords.MAIL_FROM_SPF);
            return SpfProposal.of(SpfProposal.Outcome.NEW_RECORD, fresh, 1,
                    "The domain has no SPF record; this one authorises SES and soft-fails everyone else. Add your "
                            + "other mail services (e.g. include:_spf.google.com) before ~all." + MAIL_FROM_NOTE);
        }
        SpfRecord current;
        try {
            current = SpfRecord.parse(currentSpf);
        } catch (MalformedRecordException e) {
            return SpfProposal.refused(0, "The current SPF record is malformed (" + e.getMessage()
                    + "); correct it first so we do not build on a broken record.");
        }
        if (current.all().filter(all -> all.qualifier() == SpfQualifier.PASS).isPresent()) {
            return SpfProposal.refused(count(current, domain).total(), "The current record ends with '"
                    + current.all().get().text() + "', which lets any server send as you. Decide whether ~all or "
                    + "-all fits your senders; we will not add SES to a record that allows everyone.");
        }
        if (current.hasInclude(SES_INCLUDE)) {
            SpfLookupCount count = count(current, domain);
            return SpfProposal.of(SpfProposal.Outcome.ALREADY_INCLUDED, current, count.total(),
                    "SES is already included; nothing to change." + budgetWarning(count));
        }
        return addSes(domain, current);
    }

    /** Two SPF records make every check fail; fold them into one, turning redirects into includes. */
    public SpfProposal mergeDuplicates(String domain, List<String> spfTexts) {
        List<SpfRecord> records = new ArrayList<>();
        for (String text : spfTexts) {
            try {
                records.add(SpfRecord.parse(text));
            } catch (MalformedRecordException e) {
                return SpfProposal.refused(0, "One of the SPF records is malformed (" + e.getMessage()
                        + "); correct or delete it, then merge the rest by hand.");
            }
        }
        Map<String, String> mechanisms = new LinkedHashMap<>();
        records.forEach(record -> record.terms().forEach(term -> {
            String text = asMergeableMechanism(term);
            if (text != null) {
                mechanisms.putIfAbsent(text.toLowerCase(Locale.ROOT), text);
            }
        }));
        Set<SpfQualifier> allQualifiers = records.stream().flatMap(r -> r.all().stream())
                .map(SpfMechanism::qualifier).collect(Collectors.toSet());
        String all = allQualifiers.size() == 1 && !allQualifiers.contains(SpfQualifier.PASS)
                ? allQualifiers.iterator().next().symbol() + "all" : "~all";
        SpfRecord merged = SpfRecord.parse("v=spf1 " + String.join(" ", mechanisms.values()) + " " + all);
        SpfLookupCount count = count(merged, domain);
        return SpfProposal.of(SpfProposal.Outcome.MERGED, merged, count.total(),
                "Merged " + records.size() + " SPF records into one, keeping every sender; redirects became "
                        + "includes and the record ends with " + all + "." + budgetWarning(count));
    }

    private SpfProposal addSes(String domain, SpfRecord current) {
        SpfRecord merged = current.withInclude(SES_INCLUDE);
        SpfLookupCount count = count(merged, domain);
        if (count.exceedsLimit()) {
            return SpfProposal.refused(count.total(), "Adding SES would need more than " + SpfLookupCount.LIMIT
                    + " DNS lookups; receivers allow " + SpfLookupCount.LIMIT + " and fail SPF beyond that. Cost "
                    + "per entry, up to where counting stopped: " + describeCosts(count) + ". Remove includes of services you no longer use, or "
                    + "replace a/mx entries with ip4:/ip6: ranges, then try again." + MAIL_FROM_NOTE);
        }
        String placement = current.all().map(all -> "before '" + all.text() + "', which is kept as it was")
                .orElse(current.effectiveRedirect().isPresent() ? "before the redirect" : "at the end");
        return SpfProposal.of(SpfProposal.Outcome.MERGED, merged, count.total(),
                "Keeps all your existing senders and adds include:amazonses.com " + placement + ". Uses "
                        + count.total() + " of " + SpfLookupCount.LIMIT + " DNS lookups." + MAIL_FROM_NOTE);
    }

    private static String asMergeableMechanism(SpfTerm term) {
        if (term instanceof SpfModifier modifier) {
            return modifier.isRedirect() ? "include:" + modifier.value() : null;
        }
        SpfMechanism mechanism = (SpfMechanism) term;
        return mechanism.kind() == SpfMechanism.Kind.ALL ? null : mechanism.text();
    }

    private SpfLookupCount count(SpfRecord record, String domain) {
        return counter.count(record, domain);
    }

    private static String budgetWarning(SpfLookupCount count) {
        return count.exceedsLimit()
                ? " But the record needs more than " + SpfLookupCount.LIMIT + " DNS lookups, so SPF fails; cost "
                        + "per entry, up to where counting stopped: " + describeCosts(count) + "."
                : "";
    }

    static String describeCosts(SpfLookupCount count) {
        return count.costPerTerm().entrySet().stream()
                .map(entry -> entry.getKey() + " = " + entry.getValue())
                .collect(Collectors.joining(", "));
    }
}
