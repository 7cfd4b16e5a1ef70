package io.sendwell.maildomain.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredDnsRecordsTest {

    private final RequiredDnsRecords records = RequiredDnsRecords.forEasyDkim(Fixtures.setup());

    @Test
    void easyDkimNeedsThreeCnamesToAmazonSes() {
        assertThat(records.dkim()).extracting(DnsRecord::type, DnsRecord::name, DnsRecord::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RecordType.CNAME, Fixtures.dkimName(0), Fixtures.dkimTarget(0)),
                org.assertj.core.groups.Tuple.tuple(RecordType.CNAME, Fixtures.dkimName(1), Fixtures.dkimTarget(1)),
                org.assertj.core.groups.Tuple.tuple(RecordType.CNAME, Fixtures.dkimName(2), Fixtures.dkimTarget(2)));
    }

    @Test
    void mailFromDefaultsToMailSubdomainWithRegionalFeedbackMxAndSpf() {
        assertThat(records.mailFromMx().name()).isEqualTo("mail.example.com");
        assertThat(records.mailFromMx().value()).isEqualTo("10 feedback-smtp.eu-west-1.amazonses.com");
        assertThat(records.mailFromSpf().value()).isEqualTo("v=spf1 include:amazonses.com ~all");
        assertThat(records.mailFromSpf().zoneFileLine())
                .isEqualTo("mail.example.com. 3600 IN TXT \"v=spf1 include:amazonses.com ~all\"");
    }

    @Test
    void customMailFromSubdomainIsUsed() {
        SesDomainSetup setup = new SesDomainSetup("example.com", Fixtures.TOKENS, "Bounce.Example.com.",
                "us-east-1", "d@example.com");

        assertThat(RequiredDnsRecords.forEasyDkim(setup).mailFromMx().name()).isEqualTo("bounce.example.com");
    }

    @Test
    void dmarcStartsInMonitoringModeAndExplainsHowToTighten() {
        assertThat(records.dmarc().name()).isEqualTo("_dmarc.example.com");
        assertThat(records.dmarc().value()).isEqualTo("v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com");
        assertThat(records.dmarc().explanation()).contains("p=quarantine", "p=reject");
    }

    @Test
    void dmarcReportsToAnotherDomainExplainTheAuthorisationRecord() {
        SesDomainSetup setup = SesDomainSetup.withDefaultMailFrom("example.com", Fixtures.TOKENS, "eu-west-1",
                "agg@reports.dmarcian.com");

        assertThat(RequiredDnsRecords.forEasyDkim(setup).dmarc().explanation())
                .contains("example.com._report._dmarc.reports.dmarcian.com");
    }

    @Test
    void allListsSixRecordsInSetupOrder() {
        assertThat(records.all()).extracting(DnsRecord::purpose).containsExactly(RecordPurpose.DKIM,
                RecordPurpose.DKIM, RecordPurpose.DKIM, RecordPurpose.MAIL_FROM_MX, RecordPurpose.MAIL_FROM_SPF,
                RecordPurpose.DMARC);
    }

    @Test
    void byoDkimPublishesTheKeyAsTxtAtTheSelector() {
        String key = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "x".repeat(300) + "IDAQAB";
        DnsRecord record = RequiredDnsRecords.byoDkimTxt("example.com", "sendwell2025",
                "-----BEGIN PUBLIC KEY-----\n" + key + "\n-----END PUBLIC KEY-----\n");

        assertThat(record.name()).isEqualTo("sendwell2025._domainkey.example.com");
        assertThat(record.type()).isEqualTo(RecordType.TXT);
        assertThat(record.value()).isEqualTo("v=DKIM1; k=rsa; p=" + key);
        assertThat(record.zoneFileLine()).contains("\" \""); // over 255 bytes: split into strings
    }

    @Test
    void byoDkimRefusesAKeyThatIsNotBase64() {
        assertThatThrownBy(() -> RequiredDnsRecords.byoDkimTxt("example.com", "s1", "not a key!"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void setupRefusesWrongTokenCountAndUnknownRegion() {
        assertThatThrownBy(() -> SesDomainSetup.withDefaultMailFrom("example.com", List.of("abcdefabcdefabcdef"),
                "eu-west-1", "d@example.com")).hasMessageContaining("3");
        assertThatThrownBy(() -> SesDomainSetup.withDefaultMailFrom("example.com", Fixtures.TOKENS, "europe",
                "d@example.com")).hasMessageContaining("region");
    }
}
