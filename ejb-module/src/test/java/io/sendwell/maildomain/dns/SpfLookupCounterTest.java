package io.sendwell.maildomain.dns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpfLookupCounterTest {

    private final InMemoryDnsLookup dns = Fixtures.vendors();
    private final SpfLookupCounter counter = new SpfLookupCounter(dns);

    @ParameterizedTest(name = "{0} costs {1}")
    @CsvSource(delimiter = '|', value = {
        "v=spf1 ip4:192.0.2.1 ip6:2001:db8::1 -all                     | 0",
        "v=spf1 a mx ptr exists:x.example.net -all                    | 4",
        "v=spf1 include:_spf.google.com ~all                          | 4",
        "v=spf1 include:spf.protection.outlook.com -all               | 2",
        "v=spf1 include:servers.mcsv.net include:amazonses.com ~all   | 2",
        "v=spf1 include:_spf.salesforce.com -all                      | 2",
        "v=spf1 redirect=_spf.google.com                              | 4",
        "v=spf1 -all redirect=_spf.google.com                         | 0"})
    void countsLikeAReceiverThroughIncludesAndRedirects(String spf, int lookups) {
        assertThat(counter.count(SpfRecord.parse(spf.trim()), "example.com").total()).isEqualTo(lookups);
    }

    @Test
    void showsWhatEachTopLevelEntryCosts() {
        SpfLookupCount count = counter.count(SpfRecord.parse(
                "v=spf1 include:_spf.google.com include:spf.protection.outlook.com mx ~all"), "example.com");

        assertThat(count.costPerTerm()).containsExactly(
                org.assertj.core.api.Assertions.entry("include:_spf.google.com", 4),
                org.assertj.core.api.Assertions.entry("include:spf.protection.outlook.com", 2),
                org.assertj.core.api.Assertions.entry("mx", 1));
    }

    @Test
    void aLoopIsReportedInsteadOfFollowedForever() {
        dns.txt("example.com", "v=spf1 include:example.com ~all");

        SpfLookupCount count = counter.count(SpfRecord.parse("v=spf1 include:example.com ~all"), "example.com");

        assertThat(count.total()).isEqualTo(1);
        assertThat(count.problems()).singleElement().asString().contains("loops");
    }

    @Test
    void anUnanswerableIncludeMakesTheCountIncomplete() {
        dns.failing("flaky.example.net");

        SpfLookupCount count = counter.count(SpfRecord.parse("v=spf1 include:flaky.example.net ~all"), "example.com");

        assertThat(count.complete()).isFalse();
        assertThat(count.problems()).singleElement().asString().contains("could not be looked up");
    }
}
