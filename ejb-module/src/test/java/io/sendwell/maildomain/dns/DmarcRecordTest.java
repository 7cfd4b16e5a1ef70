package io.sendwell.maildomain.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DmarcRecordTest {

    @Test
    void readsPolicyAlignmentPercentAndReportAddresses() {
        DmarcRecord record = DmarcRecord.parse(
                "v=DMARC1; p=reject; sp=quarantine; adkim=s; aspf=r; pct=50; rua=mailto:a@example.com,mailto:b@x.net");

        assertThat(record.policy()).isEqualTo(DmarcRecord.Policy.REJECT);
        assertThat(record.subdomainPolicy()).isEqualTo(DmarcRecord.Policy.QUARANTINE);
        assertThat(record.dkimAlignment()).isEqualTo(DmarcRecord.Alignment.STRICT);
        assertThat(record.spfAlignment()).isEqualTo(DmarcRecord.Alignment.RELAXED);
        assertThat(record.percent()).isEqualTo(50);
        assertThat(record.aggregateReportUris()).containsExactly("mailto:a@example.com", "mailto:b@x.net");
        assertThat(record.enforces()).isTrue();
    }

    @Test
    void defaultsAreRelaxedAlignmentFullPercentAndSubdomainsLikeTheDomain() {
        DmarcRecord record = DmarcRecord.parse("v=DMARC1;p=none");

        assertThat(record.dkimAlignment()).isEqualTo(DmarcRecord.Alignment.RELAXED);
        assertThat(record.spfAlignment()).isEqualTo(DmarcRecord.Alignment.RELAXED);
        assertThat(record.percent()).isEqualTo(100);
        assertThat(record.subdomainPolicy()).isEqualTo(DmarcRecord.Policy.NONE);
        assertThat(record.enforces()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"p=none; v=DMARC1", "v=dmarc1; p=none", "v=DMARC1; rua=mailto:a@example.com",
            "v=DMARC1; p=block", "v=DMARC1; p=none; adkim=x", "v=DMARC1; p=none; pct=150",
            "v=DMARC1; p=none; rua=https://reports.example.com", "v=DMARC1; p=none; garbage"})
    void refusesWhatReceiversWouldIgnore(String txt) {
        assertThatThrownBy(() -> DmarcRecord.parse(txt)).isInstanceOf(MalformedRecordException.class);
    }
}
