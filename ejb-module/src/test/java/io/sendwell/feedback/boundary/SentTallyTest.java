package io.sendwell.feedback.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.sendwell.feedback.control.ReputationContribution;
import io.sendwell.feedback.control.SesEvent;
import io.sendwell.feedback.control.SesEventType;
import io.sendwell.reputation.control.ReputationCounters;
import io.sendwell.reputation.control.ReputationCounters.Bucket;
import io.sendwell.reputation.entity.ReputationCounts;
import io.sendwell.reputation.entity.ReputationScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A recipient counts as sent only where this batch really inserted its sent_recipient row. */
class SentTallyTest {

    private static final Instant AT = Instant.parse("2026-12-02T10:15:00Z");
    private static final List<ReputationScope> SCOPES = List.of(ReputationScope.tenant("t1"), ReputationScope.ACCOUNT);

    @Test
    void recipientsAnotherLaneInsertedFirstAreNotCountedAgain() {
        SentTally tally = new SentTally(new HashSet<>());
        tally.add(event("ses-1"), new ReputationContribution(List.of("a@x.test", "b@x.test", "c@x.test"), 0, 0, 0), SCOPES, "t1");
        tally.add(event("ses-1"), new ReputationContribution(List.of("a@x.test"), 0, 1, 0), SCOPES, "t1");

        List<String> offered = new ArrayList<>();
        // Another lane committed b@ meanwhile: the insert finds it and skips.
        Map<Bucket, ReputationCounts> deltas = tally.settle(pairs -> {
            Set<String> inserted = new HashSet<>();
            for (String[] pair : pairs) {
                offered.add(pair[1]);
                if (!pair[1].equals("b@x.test")) {
                    inserted.add(ReputationCounters.sentKey(pair[0], pair[1]));
                }
            }
            return inserted;
        });

        assertThat(offered).as("each candidate offered once, in key order").containsExactly("a@x.test", "b@x.test", "c@x.test");
        assertThat(deltas.get(Bucket.of(ReputationScope.tenant("t1"), AT))).isEqualTo(new ReputationCounts(2, 0, 1, 0));
        assertThat(deltas.get(Bucket.of(ReputationScope.ACCOUNT, AT))).isEqualTo(new ReputationCounts(2, 0, 1, 0));
    }

    @Test
    void recipientsCountedInEarlierBatchesAreNotOffered() {
        SentTally tally = new SentTally(new HashSet<>(Set.of(ReputationCounters.sentKey("ses-2", "a@x.test"))));
        tally.add(event("ses-2"), new ReputationContribution(List.of("a@x.test"), 1, 0, 0), SCOPES, "t1");

        Map<Bucket, ReputationCounts> deltas = tally.settle(pairs -> {
            throw new AssertionError("nothing to insert");
        });

        assertThat(deltas.get(Bucket.of(ReputationScope.tenant("t1"), AT))).isEqualTo(new ReputationCounts(0, 1, 0, 0));
    }

    private static SesEvent event(String sesMessageId) {
        return new SesEvent(SesEventType.DELIVERY, sesMessageId, AT, Map.of(), List.of(), null, null, null, null, null);
    }
}
