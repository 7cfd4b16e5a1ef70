package io.sendwell.maildomain.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpfRecordTest {

    @Test
    void parsesMechanismsQualifiersAndModifiersAndRendersThemUnchanged() {
        String text = "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 a mx/24 -ptr include:_spf.google.com "
                + "exists:%{i}.spf.example.net ~all exp=explain.example.com";
        SpfRecord record = SpfRecord.parse(text);

        assertThat(record.toString()).isEqualTo(text);
        assertThat(record.mechanisms()).extracting(SpfMechanism::kind).containsExactly(SpfMechanism.Kind.IP4,
                SpfMechanism.Kind.IP6, SpfMechanism.Kind.A, SpfMechanism.Kind.MX, SpfMechanism.Kind.PTR,
                SpfMechanism.Kind.INCLUDE, SpfMechanism.Kind.EXISTS, SpfMechanism.Kind.ALL);
        assertThat(record.all()).get().extracting(SpfMechanism::qualifier).isEqualTo(SpfQualifier.SOFTFAIL);
        assertThat(record.terms()).filteredOn(SpfTerm::queriesDns).hasSize(5);
    }

    @Test
    void redirectIsIgnoredWhenAllIsPresent() {
        assertThat(SpfRecord.parse("v=spf1 redirect=_spf.example.com").effectiveRedirect()).contains("_spf.example.com");
        assertThat(SpfRecord.parse("v=spf1 -all redirect=_spf.example.com").effectiveRedirect()).isEmpty();
    }

    @Test
    void includeIsAddedBeforeAllAndNeverTwice() {
        SpfRecord record = SpfRecord.parse("v=spf1 include:_spf.google.com -all");

        SpfRecord merged = record.withInclude("amazonses.com");

        assertThat(merged).hasToString("v=spf1 include:_spf.google.com include:amazonses.com -all");
        assertThat(merged.withInclude("AMAZONSES.COM")).isSameAs(merged);
    }

    @Test
    void mechanismsAfterAllAreReportedUnreachable() {
        assertThat(SpfRecord.parse("v=spf1 -all include:amazonses.com").unreachableMechanisms())
                .extracting(SpfMechanism::text).containsExactly("include:amazonses.com");
    }

    @ParameterizedTest
    @CsvSource({"v=spf1 -all, true", "V=SPF1 ~all, true", "v=spf1, true", "v=spf10 -all, false",
            "google-site-verification=x, false", "'v=DMARC1; p=none', false"})
    void recognisesSpfAmongOtherTxtRecords(String txt, boolean spf) {
        assertThat(SpfRecord.isSpf(txt)).isEqualTo(spf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v=spf1 include:", "v=spf1 inclde:_spf.google.com", "v=spf1 ip4:300.1", "v=spf1 all:x",
            "v=spf1 redirect=a.example redirect=b.example", "spf1 -all", "v=spf1 ip4 -all",
            // domains receivers cannot look up: empty labels, an address where a name belongs, over-long labels
            "v=spf1 include:a..b ~all", "v=spf1 a:.example.com -all", "v=spf1 mx:example..com/24 -all",
            "v=spf1 ptr:example..com -all", "v=spf1 exists:%{i}..example.com -all", "v=spf1 redirect=a..b",
            "v=spf1 exp=a..b -all", "v=spf1 include:192.0.2.1 -all", "v=spf1 a: -all", "v=spf1 exists:%{i.example.com -all",
            "v=spf1 include:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example.com -all"})
    void refusesMalformedRecords(String txt) {
        assertThatThrownBy(() -> SpfRecord.parse(txt)).isInstanceOf(MalformedRecordException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v=spf1 include:AmazonSES.com. ~all", "v=spf1 a:mail.example.com/24 -all",
            "v=spf1 mx:example.com//64 a//64 mx/24 -all", "v=spf1 exists:%{i}._spf.mta.salesforce.com -all",
            "v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} -all", "v=spf1 ptr ptr:example.com ?all",
            "v=spf1 redirect=%{d}._spf.example.com", "v=spf1 include:_spf.google.com exp=explain._spf.%{d}"})
    void acceptsTheDomainsAndMacrosReceiversAccept(String txt) {
        assertThat(SpfRecord.parse(txt)).hasToString(txt);
    }

    @Test
    void aMalformedDomainIsNamedWithTheReason() {
        assertThatThrownBy(() -> SpfRecord.parse("v=spf1 include:a..b ~all"))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("'include:a..b' does not name a valid domain")
                .hasMessageContaining("empty label");
    }
}
