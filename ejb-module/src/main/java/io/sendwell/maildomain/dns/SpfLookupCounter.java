package io.sendwell.maildomain.dns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Counts SPF DNS lookups the way receivers do (RFC 7208 4.6.4): every include, a, mx, ptr, exists
 * and redirect costs one, and an include or redirect also costs whatever its target's record costs.
 * Counts the worst case (no mechanism matches), because a receiver may have to walk the whole record.
 *
 * <p>The record and everything it includes come from tenants and third parties, and a check runs
 * on every API call, dns-check and daily re-check, so the walk is bounded like a receiver's: it
 * stops after the 11th DNS-querying term over the whole evaluation (the count is then "more than
 * 10", which is all a receiver knows too), after the third void lookup, and after a time budget.
 * Each name is looked up at most once per check. Without these bounds two includes per record, 17
 * levels deep, cost 262,142 lookups.
 */
public class SpfLookupCounter {

    /** RFC 7208 4.6.4: more than two lookups that find nothing make the result permerror. */
    static final int VOID_LOOKUP_LIMIT = 2;

    /** Generous for a dozen lookups, short enough that a tenant's request does not hang. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(5);

    private final DnsLookup dns;
    private final Duration timeBudget;
    private final Clock clock;

    public SpfLookupCounter(DnsLookup dns) {
        this(dns, DEFAULT_TIME_BUDGET, Clock.systemUTC());
    }

    /** @param timeBudget checked before each lookup, so one slow answer may overrun it by the resolver timeout */
    public SpfLookupCounter(DnsLookup dns, Duration timeBudget, Clock clock) {
        this.dns = Objects.requireNonNull(dns, "dns");
        this.timeBudget = Objects.requireNonNull(timeBudget, "timeBudget");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public SpfLookupCount count(SpfRecord record, String ownerDomain) {
        Walk walk = new Walk(clock.instant().plus(timeBudget));
        walk.path.add(DnsNames.normalize(ownerDomain));
        Map<String, Integer> costPerTerm = new LinkedHashMap<>();
        for (SpfTerm term : inEvaluationOrder(record)) {
            if (walk.stopped) {
                break;
            }
            int before = walk.terms;
            walk.evaluate(term);
            if (walk.terms > before) {
                costPerTerm.merge(term.text(), walk.terms - before, Integer::sum);
            }
        }
        return new SpfLookupCount(walk.terms, costPerTerm, List.copyOf(walk.problems), walk.complete);
    }

    /** Mechanisms left to right, then the redirect: it is only followed when no mechanism matched. */
    private static List<SpfTerm> inEvaluationOrder(SpfRecord record) {
        List<SpfTerm> terms = new ArrayList<>(record.mechanisms());
        record.terms().stream()
                .filter(term -> term instanceof SpfModifier modifier && modifier.isRedirect())
                .filter(term -> record.effectiveRedirect().isPresent()) // next to an all it is never followed
                .forEach(terms::add);
        return terms;
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private final class Walk {
        private final Instant deadline;
        private final List<String> path = new ArrayList<>();
        /** A set, because a name reached along several paths would repeat the same problem. */
        private final Set<String> problems = new LinkedHashSet<>();
        /** Every name looked up in this check; empty when it has no usable SPF record. */
        private final Map<String, Optional<SpfRecord>> fetched = new HashMap<>();
        private int terms;
        private int voidLookups;
        private boolean stopped;
        private boolean complete = true;

        Walk(Instant deadline) {
            this.deadline = deadline;
        }

        void evaluate(SpfTerm term) {
            if (!term.queriesDns()) {
                return;
            }
            terms++;
            if (terms > SpfLookupCount.LIMIT) {
                stopped = true; // a receiver stops here with permerror; so does the count
                return;
            }
            if (term instanceof SpfMechanism mechanism && mechanism.kind() == SpfMechanism.Kind.INCLUDE) {
                follow(mechanism.argument(), "include:");
            } else if (term instanceof SpfModifier modifier && modifier.isRedirect()) {
                follow(modifier.value(), "redirect=");
            }
        }

        private void follow(String target, String how) {
            String domain = DnsNames.normalize(target);
            if (domain.contains("%")) {
                problems.add(how + target + " uses a macro; its own lookups cannot be counted in advance");
                complete = false;
                return;
            }
            if (path.contains(domain)) {
                problems.add(how + domain + " loops: " + String.join(" -> ", path) + " -> " + domain);
                return;
            }
            Optional<SpfRecord> record = fetched.containsKey(domain) ? fetched.get(domain) : fetch(domain, how);
            if (record.isEmpty()) {
                return;
            }
            path.add(domain);
            for (SpfTerm term : inEvaluationOrder(record.get())) {
                if (stopped) {
                    break;
                }
                evaluate(term);
            }
            path.remove(path.size() - 1);
        }

        private Optional<SpfRecord> fetch(String domain, String how) {
            if (!clock.instant().isBefore(deadline)) {
                problems.add("stopped counting after " + describe(timeBudget) + ", before " + how + domain
                        + ", because the DNS answers came too slowly; the count is incomplete");
                complete = false;
                stopped = true;
                return Optional.empty();
            }
            Optional<SpfRecord> record = spfOf(domain, how);
            fetched.put(domain, record);
            return record;
        }

        private Optional<SpfRecord> spfOf(String domain, String how) {
            List<String> txt;
            try {
                txt = dns.txt(domain);
            } catch (DnsLookupException e) {
                problems.add(how + domain + " could not be looked up (" + e.getMessage() + ")");
                complete = false;
                return Optional.empty();
            }
            if (txt.isEmpty() && ++voidLookups > VOID_LOOKUP_LIMIT) {
                problems.add(how + domain + " has no records either: receivers allow no more than "
                        + VOID_LOOKUP_LIMIT + " such void lookups and then fail SPF (permerror), so counting stopped "
                        + "there");
                stopped = true;
                return Optional.empty();
            }
            List<String> spf = txt.stream().filter(SpfRecord::isSpf).toList();
            if (spf.size() != 1) {
                problems.add(how + domain + (spf.isEmpty() ? " publishes no SPF record" : " publishes "
                        + spf.size() + " SPF records") + "; receivers treat that as a permanent error");
                return Optional.empty();
            }
            try {
                return Optional.of(SpfRecord.parse(spf.get(0)));
            } catch (MalformedRecordException e) {
                problems.add(how + domain + " has a malformed SPF record: " + e.getMessage());
                return Optional.empty();
            }
        }
    }
}
