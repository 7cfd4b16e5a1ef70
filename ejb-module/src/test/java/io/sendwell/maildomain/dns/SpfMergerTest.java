package io.sendwell.maildomain.dns;

import static io.sendwell.maildomain.dns.Fixtures.GOOGLE;
import static io.sendwell.maildomain.dns.Fixtures.MAILCHIMP;
import static io.sendwell.maildomain.dns.Fixtures.MICROSOFT;
import static io.sendwell.maildomain.dns.Fixtures.SALESFORCE;
import static io.sendwell.maildomain.dns.Fixtures.SENDGRID;
import static io.sendwell.maildomain.dns.SpfProposal.Outcome.ALREADY_INCLUDED;
import static io.sendwell.maildomain.dns.SpfProposal.Outcome.MERGED;
import static io.sendwell.maildomain.dns.SpfProposal.Outcome.NEW_RECORD;
import static io.sendwell.maildomain.dns.SpfProposal.Outcome.REFUSED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpfMergerTest {

    private final SpfMerger merger = new SpfMerger(Fixtures.vendors());

    static Stream<Arguments> singleRecords() {
        return Stream.of(
                // current apex SPF, outcome, proposed record (null when refused), lookups, explanation fragment
                Arguments.of(null, NEW_RECORD, "v=spf1 include:amazonses.com ~all", 1, "MAIL FROM subdomain"),
                Arguments.of("v=spf1 " + GOOGLE + " ~all", MERGED,
                        "v=spf1 " + GOOGLE + " include:amazonses.com ~all", 5, "before '~all'"),
                Arguments.of("v=spf1 " + GOOGLE + " " + MICROSOFT + " " + MAILCHIMP + " -all", MERGED,
                        "v=spf1 " + GOOGLE + " " + MICROSOFT + " " + MAILCHIMP + " include:amazonses.com -all", 8,
                        "8 of 10"),
                Arguments.of("v=spf1 ip4:203.0.113.5 ip6:2001:db8::/32 mx ?all", MERGED,
                        "v=spf1 ip4:203.0.113.5 ip6:2001:db8::/32 mx include:amazonses.com ?all", 2, "kept as it was"),
                Arguments.of("v=spf1 mx redirect=_spf.google.com", MERGED,
                        "v=spf1 mx include:amazonses.com redirect=_spf.google.com", 6, "before the redirect"),
                Arguments.of("v=spf1 " + GOOGLE + " include:AmazonSES.com. ~all", ALREADY_INCLUDED,
                        "v=spf1 " + GOOGLE + " include:AmazonSES.com. ~all", 5, "already included"),
                Arguments.of("v=spf1 " + GOOGLE + " +all", REFUSED, null, 4, "any server"),
                Arguments.of("v=spf1 " + GOOGLE + " all", REFUSED, null, 4, "any server"),
                Arguments.of("v=spf1 " + GOOGLE + " " + MICROSOFT + " " + MAILCHIMP + " " + SENDGRID + " "
                        + SALESFORCE + " ~all", REFUSED, null, 11, "include:_spf.google.com = 4"),
                Arguments.of("v=spf1 include: ~all", REFUSED, null, 0, "malformed"),
                Arguments.of("v=spf1 include:a..b ~all", REFUSED, null, 0, "'include:a..b' does not name a valid domain"),
                Arguments.of("v=spf1 ip4:192.0.2.1 redirect=.example.net", REFUSED, null, 0, "malformed"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("singleRecords")
    void proposesOneApexRecordWithSes(String current, SpfProposal.Outcome outcome, String proposed, int lookups,
                                      String explanation) {
        SpfProposal proposal = merger.propose("example.com", current);

        assertThat(proposal.outcome()).isEqualTo(outcome);
        assertThat(proposal.record().orElse(null)).isEqualTo(proposed);
        assertThat(proposal.lookups()).isEqualTo(lookups);
        assertThat(proposal.explanation()).contains(explanation);
    }

    @org.junit.jupiter.api.Test
    void twoSpfRecordsAreMergedIntoOneWithSesAndNonSpfTxtIsIgnored() {
        SpfProposal proposal = merger.propose("example.com", List.of("google-site-verification=abc",
                "v=spf1 " + GOOGLE + " ~all", "v=spf1 " + MAILCHIMP + " " + GOOGLE + " ~all"));

        assertThat(proposal.outcome()).isEqualTo(MERGED);
        assertThat(proposal.record()).contains("v=spf1 " + GOOGLE + " " + MAILCHIMP + " include:amazonses.com ~all");
    }

    @org.junit.jupiter.api.Test
    void mergingDuplicatesTurnsRedirectIntoIncludeAndFallsBackToSoftFailOnDisagreement() {
        SpfProposal proposal = merger.mergeDuplicates("example.com",
                List.of("v=spf1 redirect=spf.protection.outlook.com", "v=spf1 ip4:192.0.2.1 -all", "v=spf1 a +all"));

        assertThat(proposal.record()).contains("v=spf1 " + MICROSOFT + " ip4:192.0.2.1 a ~all");
        assertThat(proposal.lookups()).isEqualTo(3);
    }

    @org.junit.jupiter.api.Test
    void aSubmittedRecordWithAWideDeepIncludeGraphCostsAFewLookupsAndIsRefused() {
        CountingDnsLookup counted = new CountingDnsLookup(Fixtures.includeBomb());

        SpfProposal proposal = new SpfMerger(counted).propose("example.com", Fixtures.INCLUDE_BOMB);

        assertThat(proposal.outcome()).isEqualTo(REFUSED);
        assertThat(proposal.explanation()).contains("more than 10 DNS lookups");
        assertThat(counted.lookups()).isLessThanOrEqualTo(12);
    }
}
