package io.sendwell.maildomain.dns;

import java.util.Objects;
import java.util.Optional;

/** A suggested apex SPF record, or the reason none can be suggested, in words a tenant understands. */
public record SpfProposal(Outcome outcome, Optional<String> record, int lookups, String explanation) {

    public enum Outcome {
        /** The domain had no SPF record; this one is new. */
        NEW_RECORD,
        /** The existing record(s) with SES added or duplicates merged. */
        MERGED,
        /** SES is already authorised; nothing to change. */
        ALREADY_INCLUDED,
        /** No safe record can be proposed; the explanation says what the tenant must decide. */
        REFUSED
    }

    public SpfProposal {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(record, "record");
        if ((outcome == Outcome.REFUSED) == record.isPresent()) {
            throw new IllegalArgumentException("a refusal has no record, every other outcome has one");
        }
    }

    static SpfProposal of(Outcome outcome, SpfRecord record, int lookups, String explanation) {
        return new SpfProposal(outcome, Optional.of(record.toString()), lookups, explanation);
    }

    static SpfProposal refused(int lookups, String explanation) {
        return new SpfProposal(Outcome.REFUSED, Optional.empty(), lookups, explanation);
    }
}
