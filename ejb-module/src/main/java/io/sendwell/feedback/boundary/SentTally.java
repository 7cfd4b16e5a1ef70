package io.sendwell.feedback.boundary;

import io.sendwell.feedback.control.ReputationContribution;
import io.sendwell.feedback.control.SesEvent;
import io.sendwell.reputation.control.ReputationCounters;
import io.sendwell.reputation.control.ReputationCounters.Bucket;
import io.sendwell.reputation.entity.ReputationCounts;
import io.sendwell.reputation.entity.ReputationScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a batch of events adds to the reputation counters, summed per scope and hour. A recipient
 * counts as sent once, whichever of Send, Delivery or Bounce arrives first. Inside the batch a set
 * dedupes; across batches — other drainer lanes, other servers, committing at the same moment —
 * only the sent_recipient row this batch actually inserted counts, so two lanes that both see a
 * recipient as new cannot both count it.
 */
final class SentTally {

    private final Set<String> alreadySent;
    /** Candidates new to this batch, by sent key (sorted: every lane inserts in the same order, no deadlock). */
    private final Map<String, Candidate> candidates = new TreeMap<>();
    private final Map<Bucket, ReputationCounts> deltas = new HashMap<>();
    private final Map<String, String> tenantOfScope = new HashMap<>();

    private record Candidate(String sesMessageId, String address, List<Bucket> buckets) {
    }

    SentTally(Set<String> alreadySent) {
        this.alreadySent = alreadySent;
    }

    void add(SesEvent event, ReputationContribution contribution, List<ReputationScope> scopes, String tenantId) {
        List<Bucket> buckets = scopes.stream().map(scope -> Bucket.of(scope, event.timestamp())).toList();
        for (ReputationScope scope : scopes) {
            tenantOfScope.put(scope.key(), scope.equals(ReputationScope.ACCOUNT) ? null : tenantId);
        }
        for (String address : contribution.sentCandidates()) {
            String key = ReputationCounters.sentKey(event.sesMessageId(), address);
            if (alreadySent.add(key)) {
                candidates.put(key, new Candidate(event.sesMessageId(), address, buckets));
            }
        }
        addToBuckets(buckets, new ReputationCounts(0, contribution.delivered(), contribution.hardBounces(), contribution.complaints()));
    }

    /**
     * Marks the candidates as sent through {@code markSent} (which answers the keys it really
     * inserted) and counts only those; returns the deltas to add.
     */
    Map<Bucket, ReputationCounts> settle(Function<Collection<String[]>, Set<String>> markSent) {
        List<String[]> pairs = new ArrayList<>();
        candidates.values().forEach(c -> pairs.add(new String[] {c.sesMessageId(), c.address()}));
        Set<String> inserted = pairs.isEmpty() ? Set.of() : markSent.apply(pairs);
        candidates.forEach((key, candidate) -> {
            if (inserted.contains(key)) {
                addToBuckets(candidate.buckets(), new ReputationCounts(1, 0, 0, 0));
            }
        });
        return deltas;
    }

    private void addToBuckets(List<Bucket> buckets, ReputationCounts delta) {
        if (delta.equals(ReputationCounts.NONE)) {
            return;
        }
        for (Bucket bucket : buckets) {
            deltas.merge(bucket, delta, ReputationCounts::plus);
        }
    }

    Map<String, String> tenantOfScope() {
        return tenantOfScope;
    }
}
