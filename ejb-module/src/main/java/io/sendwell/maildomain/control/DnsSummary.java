package io.sendwell.maildomain.control;

import io.sendwell.maildomain.dns.DnsReport;
import io.sendwell.maildomain.dns.RecordCheck;
import io.sendwell.maildomain.dns.Verdict;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The short form of a doctor report kept on the domain, and the records it found in order. */
public final class DnsSummary {

    private DnsSummary() {
    }

    /** E.g. "OK 5, MISSING 1: MISSING CNAME abc._domainkey.example.com". */
    public static String of(DnsReport report) {
        Map<Verdict, Long> counts = new TreeMap<>(report.checks().stream()
                .collect(Collectors.groupingBy(RecordCheck::verdict, Collectors.counting())));
        String head = counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        String problems = report.checks().stream().filter(c -> c.verdict() != Verdict.OK)
                .map(c -> c.verdict() + " " + c.type() + " " + c.name()).distinct().collect(Collectors.joining("; "));
        return problems.isEmpty() ? head : head + ": " + problems;
    }

    /** "PURPOSE TYPE name" of every record whose checks are all OK; the baseline for "disappeared". */
    public static Set<String> okRecords(DnsReport report) {
        Map<String, Boolean> byRecord = new TreeMap<>();
        for (RecordCheck check : report.checks()) {
            byRecord.merge(check.purpose() + " " + check.type() + " " + check.name(), check.verdict() == Verdict.OK,
                    Boolean::logicalAnd);
        }
        return byRecord.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
