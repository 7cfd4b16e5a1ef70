package io.sendwell.feedback.boundary;

import io.sendwell.feedback.control.ReputationContribution;
import io.sendwell.feedback.control.SesEvent;
import io.sendwell.reputation.control.ReputationCounters;
import io.sendwell.reputation.control.ReputationCounters.Bucket;
import io.sendwell.reputation.entity.ReputationCounts;
import io.sendwell.reputation.entity.ReputationScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a batch of events adds to the reputation counters, summed per scope and hour. A recipient
 * counts as sent once, whichever of Send, Delivery or Bounce arrives first (across batches through
 * the sent_recipient rows loaded up front, inside the batch through the same set).
 */
final class SentTally {

    private final Set<String> alreadySent;
    private final List<String[]> newlySent = new ArrayList<>();
    private final Map<Bucket, ReputationCounts> deltas = new HashMap<>();
    private final Map<String, String> tenantOfScope = new HashMap<>();

    SentTally(Set<String> alreadySent) {
        this.alreadySent = alreadySent;
    }

    void add(SesEvent event, ReputationContribution contribution, List<ReputationScope> scopes, String tenantId) {
        long sent = 0;
        for (String address : contribution.sentCandidates()) {
            if (alreadySent.add(ReputationCounters.sentKey(event.sesMessageId(), address))) {
                newlySent.add(new String[] {event.sesMessageId(), address});
                sent++;
            }
        }
        ReputationCounts delta = new ReputationCounts(sent, contribution.delivered(), contribution.hardBounces(), contribution.complaints());
        if (delta.equals(ReputationCounts.NONE)) {
            return;
        }
        for (ReputationScope scope : scopes) {
            deltas.merge(Bucket.of(scope, event.timestamp()), delta, ReputationCounts::plus);
            tenantOfScope.put(scope.key(), scope.equals(ReputationScope.ACCOUNT) ? null : tenantId);
        }
    }

    List<String[]> newlySent() {
        return newlySent;
    }

    Map<Bucket, ReputationCounts> deltas() {
        return deltas;
    }

    Map<String, String> tenantOfScope() {
        return tenantOfScope;
    }
}
