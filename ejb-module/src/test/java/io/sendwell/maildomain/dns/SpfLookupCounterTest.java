package io.sendwell.maildomain.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

    @Test
    void aWideDeepIncludeGraphIsCutOffAtTheEleventhLookupLikeAReceiverDoes() {
        CountingDnsLookup counted = new CountingDnsLookup(Fixtures.includeBomb());

        SpfLookupCount count = new SpfLookupCounter(counted).count(SpfRecord.parse(Fixtures.INCLUDE_BOMB), "example.com");

        assertThat(count.exceedsLimit()).isTrue();
        assertThat(count.total()).isEqualTo(SpfLookupCount.LIMIT + 1);
        assertThat(counted.lookups()).isLessThanOrEqualTo(12);
    }

    @Test
    void theLimitCountsTermsOverTheWholeEvaluationNotPerInclude() {
        // each include alone is well within 10; together they are not
        dns.txt("six.example.net", "v=spf1 a mx ptr exists:x.example.net a:b.example.net mx:c.example.net -all");

        SpfLookupCount count = counter.count(SpfRecord.parse(
                "v=spf1 include:six.example.net include:_spf.google.com ~all"), "example.com");

        assertThat(count.exceedsLimit()).isTrue();
    }

    @Test
    void aNameIncludedTwiceIsLookedUpOnceButCountedTwiceAsReceiversDo() {
        CountingDnsLookup counted = new CountingDnsLookup(dns);

        SpfLookupCount count = new SpfLookupCounter(counted).count(SpfRecord.parse(
                "v=spf1 include:_spf.google.com include:_spf.google.com ~all"), "example.com");

        assertThat(count.total()).isEqualTo(8);
        assertThat(counted.lookups()).isEqualTo(4);
    }

    @Test
    void namesInALoopAreLookedUpOnceAndTheLoopIsReported() {
        dns.txt("a.example.net", "v=spf1 include:b.example.net include:c.example.net ~all")
                .txt("b.example.net", "v=spf1 include:c.example.net ~all")
                .txt("c.example.net", "v=spf1 include:a.example.net ~all");
        CountingDnsLookup counted = new CountingDnsLookup(dns);

        SpfLookupCount count = new SpfLookupCounter(counted).count(SpfRecord.parse(
                "v=spf1 include:a.example.net ~all"), "example.com");

        assertThat(counted.lookups()).isEqualTo(3);
        assertThat(count.problems()).anySatisfy(problem -> assertThat(problem).contains("loops"));
    }

    @Test
    void aThirdVoidLookupStopsTheCheckAsAPermanentError() {
        CountingDnsLookup counted = new CountingDnsLookup(dns);

        SpfLookupCount count = new SpfLookupCounter(counted).count(SpfRecord.parse("v=spf1 include:gone1.example.net "
                + "include:gone2.example.net include:gone3.example.net include:gone4.example.net ~all"), "example.com");

        assertThat(counted.lookups()).isEqualTo(3);
        assertThat(count.complete()).isTrue(); // receivers would give up here too: the verdict is certain
        assertThat(count.problems()).anySatisfy(problem -> assertThat(problem).contains("more than 2", "void"));
    }

    @Test
    void aCheckThatRunsOutOfTimeStopsAndSaysTheCountIsIncomplete() {
        CountingDnsLookup slow = new CountingDnsLookup(dns).answeringIn(Duration.ofSeconds(2));
        SpfLookupCounter patient = new SpfLookupCounter(slow, Duration.ofSeconds(5), slow.clock());

        SpfLookupCount count = patient.count(SpfRecord.parse("v=spf1 include:_spf.google.com ~all"), "example.com");

        assertThat(slow.lookups()).isEqualTo(3); // the 4th would start after 6 s
        assertThat(count.complete()).isFalse();
        assertThat(count.problems()).anySatisfy(problem -> assertThat(problem).contains("5 s"));
    }
}
