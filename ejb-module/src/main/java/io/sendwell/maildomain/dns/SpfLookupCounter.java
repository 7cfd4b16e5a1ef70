package io.sendwell.maildomain.dns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts SPF DNS lookups the way receivers do (RFC 7208 4.6.4): every include, a, mx, ptr, exists
 * and redirect costs one, and an include or redirect also costs whatever its target's record costs.
 * Counts the worst case, because a receiver may have to walk the whole record.
 */
public class SpfLookupCounter {

    /** Far deeper than any sane record; only stops pathological chains the loop guard misses. */
    private static final int MAX_DEPTH = 20;

    private final DnsLookup dns;

    public SpfLookupCounter(DnsLookup dns) {
        this.dns = dns;
    }

    public SpfLookupCount count(SpfRecord record, String ownerDomain) {
        Walk walk = new Walk();
        walk.path.add(DnsNames.normalize(ownerDomain));
        Map<String, Integer> costPerTerm = new LinkedHashMap<>();
        int total = 0;
        for (SpfTerm term : record.terms()) {
            int cost = walk.costOf(term, record);
            if (cost > 0) {
                costPerTerm.merge(term.text(), cost, Integer::sum);
                total += cost;
            }
        }
        return new SpfLookupCount(total, costPerTerm, walk.problems, walk.complete);
    }

    private final class Walk {
        private final List<String> path = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private boolean complete = true;

        int costOf(SpfTerm term, SpfRecord owner) {
            if (term instanceof SpfMechanism mechanism && mechanism.kind() == SpfMechanism.Kind.INCLUDE) {
                return 1 + costOfDomain(mechanism.argument(), "include:");
            }
            if (term instanceof SpfModifier modifier && modifier.isRedirect()) {
                // A redirect next to an all mechanism is never followed.
                return owner.effectiveRedirect().isPresent() ? 1 + costOfDomain(modifier.value(), "redirect=") : 0;
            }
            return term.queriesDns() ? 1 : 0;
        }

        private int costOfDomain(String target, String how) {
            String domain = DnsNames.normalize(target);
            if (domain.contains("%")) {
                problems.add(how + target + " uses a macro; its own lookups cannot be counted in advance");
                complete = false;
                return 0;
            }
            if (path.contains(domain) || path.size() > MAX_DEPTH) {
                problems.add(how + domain + " loops: " + String.join(" -> ", path) + " -> " + domain);
                return 0;
            }
            SpfRecord record = spfOf(domain, how);
            if (record == null) {
                return 0;
            }
            path.add(domain);
            int cost = 0;
            for (SpfTerm term : record.terms()) {
                cost += costOf(term, record);
            }
            path.remove(path.size() - 1);
            return cost;
        }

        private SpfRecord spfOf(String domain, String how) {
            List<String> spf;
            try {
                spf = dns.txt(domain).stream().filter(SpfRecord::isSpf).toList();
            } catch (DnsLookupException e) {
                problems.add(how + domain + " could not be looked up (" + e.getMessage() + ")");
                complete = false;
                return null;
            }
            if (spf.size() != 1) {
                problems.add(how + domain + (spf.isEmpty() ? " publishes no SPF record" : " publishes "
                        + spf.size() + " SPF records") + "; receivers treat that as a permanent error");
                return null;
            }
            try {
                return SpfRecord.parse(spf.get(0));
            } catch (MalformedRecordException e) {
                problems.add(how + domain + " has a malformed SPF record: " + e.getMessage());
                return null;
            }
        }
    }
}
