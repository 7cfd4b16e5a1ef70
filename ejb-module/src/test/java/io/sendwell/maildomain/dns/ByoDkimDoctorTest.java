package io.sendwell.maildomain.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByoDkimDoctorTest {

    private static final String KEY = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtestkey";
    private static final String NAME = "s1._domainkey." + Fixtures.DOMAIN;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "published as required           | v=DKIM1; k=rsa; p=" + KEY + " |                       | OK",
            "published with spaces in p=      | v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0B AQEFAAOCAQ8AMIIBCgKCAQEAtestkey | | OK",
            "another key                      | v=DKIM1; k=rsa; p=MIIBother    |                       | WRONG_VALUE",
            "two keys at the selector         | v=DKIM1; k=rsa; p=" + KEY + " | v=DKIM1; p=MIIBother  | CONFLICTING",
            "nothing published                |                                 |                       | MISSING"})
    void theOwnKeyIsCheckedAsOneTxtRecordAtTheSelector(String situation, String first, String second, Verdict verdict) {
        InMemoryDnsLookup dns = new InMemoryDnsLookup();
        if (first != null) {
            dns.txt(NAME, second == null ? new String[]{first} : new String[]{first, second});
        }
        SesDomainSetup setup = new SesDomainSetup(Fixtures.DOMAIN, List.of(), null, Fixtures.REGION,
                "dmarc-reports@example.com", new SesDomainSetup.ByoDkim("s1", KEY));

        List<RecordCheck> dkim = new DnsDoctor(dns).examine(setup).checksFor(RecordPurpose.DKIM);

        assertThat(dkim).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo(NAME);
            assertThat(c.type()).isEqualTo(RecordType.TXT);
            assertThat(c.verdict()).isEqualTo(verdict);
        });
    }
}
