package io.sendwell.maildomain.dns;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many DNS-querying terms an SPF evaluation may need, counted through includes and redirects.
 * Counting stops at {@code LIMIT + 1}, where receivers stop too, so a total above the limit means
 * "more than 10", not an exact figure. {@code costPerTerm} maps each top-level term to what it
 * costs (up to where counting stopped), so a tenant can see which vendor eats the budget.
 * {@code complete} is false when some include could not be resolved or the check ran out of time.
 */
public record SpfLookupCount(int total, Map<String, Integer> costPerTerm, List<String> problems, boolean complete) {

    public static final int LIMIT = 10;

    public SpfLookupCount {
        costPerTerm = Collections.unmodifiableMap(new LinkedHashMap<>(costPerTerm)); // keeps record order
        problems = List.copyOf(problems);
    }

    public boolean exceedsLimit() {
        return total > LIMIT;
    }
}
