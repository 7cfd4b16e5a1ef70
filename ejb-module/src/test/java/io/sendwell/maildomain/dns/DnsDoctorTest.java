package io.sendwell.maildomain.dns;

import static io.sendwell.maildomain.dns.Fixtures.DOMAIN;
import static io.sendwell.maildomain.dns.Fixtures.GOOGLE;
import static io.sendwell.maildomain.dns.Fixtures.MAILCHIMP;
import static io.sendwell.maildomain.dns.Fixtures.MAIL_FROM;
import static io.sendwell.maildomain.dns.Fixtures.MICROSOFT;
import static io.sendwell.maildomain.dns.Fixtures.SALESFORCE;
import static io.sendwell.maildomain.dns.Fixtures.SENDGRID;
import static io.sendwell.maildomain.dns.RecordPurpose.APEX_SPF;
import static io.sendwell.maildomain.dns.RecordPurpose.DKIM;
import static io.sendwell.maildomain.dns.RecordPurpose.DMARC;
import static io.sendwell.maildomain.dns.RecordPurpose.MAIL_FROM_MX;
import static io.sendwell.maildomain.dns.RecordPurpose.MAIL_FROM_SPF;
import static io.sendwell.maildomain.dns.Verdict.CONFLICTING;
import static io.sendwell.maildomain.dns.Verdict.MISSING;
import static io.sendwell.maildomain.dns.Verdict.NOT_CHECKED;
import static io.sendwell.maildomain.dns.Verdict.WARNING;
import static io.sendwell.maildomain.dns.Verdict.WRONG_VALUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DnsDoctorTest {

    private static final String DMARC_NAME = "_dmarc." + DOMAIN;

    @Test
    void aCorrectlyPublishedDomainIsHealthyAndReadyForBulkSending() {
        DnsReport report = new DnsDoctor(Fixtures.healthyZone()).examine(Fixtures.setup());

        assertThat(report.problems()).isEmpty();
        assertThat(report.isHealthy()).isTrue();
        assertThat(report.checks()).extracting(RecordCheck::purpose)
                .containsExactly(DKIM, DKIM, DKIM, MAIL_FROM_MX, MAIL_FROM_SPF, APEX_SPF, DMARC);
        assertThat(report.bulkSenders().meetsDnsRequirements()).isTrue();
        assertThat(report.bulkSenders().summary()).contains("Meets", "one-click unsubscribe");
    }

    static Stream<Arguments> brokenZones() {
        return Stream.of(
                // what the tenant got wrong, the change to a healthy zone, the finding the doctor must report
                scenario("no SPF at the apex", dns -> dns.withoutTxt(DOMAIN),
                        APEX_SPF, MISSING, "no SPF record"),
                scenario("two SPF records at the apex", dns -> dns.txt(DOMAIN, "v=spf1 " + MAILCHIMP + " ~all"),
                        APEX_SPF, CONFLICTING, "v=spf1 " + GOOGLE + " include:amazonses.com " + MAILCHIMP + " ~all"),
                scenario("eleven lookups through nested includes", dns -> dns.withoutTxt(DOMAIN).txt(DOMAIN,
                        "v=spf1 " + GOOGLE + " " + MICROSOFT + " " + MAILCHIMP + " " + SENDGRID + " " + SALESFORCE
                                + " include:amazonses.com ~all"),
                        APEX_SPF, WRONG_VALUE, "more than 10 DNS lookups"),
                scenario("redirect chain past the limit", dns -> dns.withoutTxt(DOMAIN)
                                .txt(DOMAIN, "v=spf1 a mx ptr exists:%{i}.x.example.com redirect=_spf." + DOMAIN)
                                .txt("_spf." + DOMAIN, "v=spf1 " + GOOGLE + " " + MICROSOFT + " ~all"),
                        APEX_SPF, WRONG_VALUE, "more than 10 DNS lookups"),
                scenario("include loop", dns -> dns.withoutTxt(DOMAIN).txt(DOMAIN, "v=spf1 include:a.example.net ~all")
                                .txt("a.example.net", "v=spf1 include:b.example.net ~all")
                                .txt("b.example.net", "v=spf1 include:a.example.net ~all"),
                        APEX_SPF, WRONG_VALUE, "loops"),
                scenario("include of a malformed domain", dns -> dns.withoutTxt(DOMAIN)
                                .txt(DOMAIN, "v=spf1 include:a..b ~all"),
                        APEX_SPF, WRONG_VALUE, "'include:a..b' does not name a valid domain"),
                scenario("MAIL FROM SPF redirecting to a malformed domain", dns -> dns.withoutTxt(MAIL_FROM)
                                .txt(MAIL_FROM, "v=spf1 include:amazonses.com redirect=.example.com"),
                        MAIL_FROM_SPF, WRONG_VALUE, "'redirect=.example.com' does not name a valid domain"),
                scenario("a wide, deep include graph", dns -> Fixtures.withIncludeBomb(dns)
                                .withoutTxt(DOMAIN).txt(DOMAIN, Fixtures.INCLUDE_BOMB),
                        APEX_SPF, WRONG_VALUE, "more than 10 DNS lookups"),
                scenario("include of a vendor without SPF", dns -> dns.withoutTxt(DOMAIN)
                                .txt(DOMAIN, "v=spf1 include:gone-vendor.example.net ~all"),
                        APEX_SPF, WRONG_VALUE, "gone-vendor.example.net publishes no SPF record"),
                scenario("+all at the apex", dns -> dns.withoutTxt(DOMAIN).txt(DOMAIN, "v=spf1 " + GOOGLE + " +all"),
                        APEX_SPF, WRONG_VALUE, "every server on the internet"),
                scenario("?all at the apex", dns -> dns.withoutTxt(DOMAIN).txt(DOMAIN, "v=spf1 " + GOOGLE + " ?all"),
                        APEX_SPF, WARNING, "?all"),
                scenario("malformed apex SPF", dns -> dns.withoutTxt(DOMAIN).txt(DOMAIN, "v=spf1 include _spf ~all"),
                        APEX_SPF, WRONG_VALUE, "malformed"),
                scenario("DKIM CNAME missing", dns -> dns.withoutCname(Fixtures.dkimName(1)),
                        DKIM, MISSING, "not published"),
                scenario("DKIM CNAME pointing elsewhere", dns -> dns.withoutCname(Fixtures.dkimName(0))
                                .cname(Fixtures.dkimName(0), "selector1-example-com._domainkey.example.onmicrosoft.com"),
                        DKIM, WRONG_VALUE, "instead of SES"),
                scenario("DKIM target with the domain appended", dns -> dns.withoutCname(Fixtures.dkimName(2))
                                .cname(Fixtures.dkimName(2), Fixtures.dkimTarget(2) + "." + DOMAIN),
                        DKIM, WRONG_VALUE, "trailing dot"),
                scenario("DKIM name with the domain doubled", dns -> dns.withoutCname(Fixtures.dkimName(0))
                                .cname(Fixtures.dkimName(0) + "." + DOMAIN, Fixtures.dkimTarget(0)),
                        DKIM, WRONG_VALUE, "Enter only " + Fixtures.TOKENS.get(0) + "._domainkey"),
                scenario("DKIM published as copied TXT", dns -> dns.withoutCname(Fixtures.dkimName(0))
                                .txt(Fixtures.dkimName(0), "v=DKIM1; k=rsa; p=MIGfMA0"),
                        DKIM, WRONG_VALUE, "needs a CNAME"),
                scenario("MAIL FROM MX missing", dns -> dns.withoutMx(MAIL_FROM),
                        MAIL_FROM_MX, MISSING, "no MX record"),
                scenario("MAIL FROM MX in the wrong region", dns -> dns.withoutMx(MAIL_FROM)
                                .mx(MAIL_FROM, 10, "feedback-smtp.us-east-1.amazonses.com"),
                        MAIL_FROM_MX, WRONG_VALUE, "us-east-1"),
                scenario("extra MX next to SES", dns -> dns.mx(MAIL_FROM, 20, "aspmx.l.google.com"),
                        MAIL_FROM_MX, CONFLICTING, "exactly one MX"),
                scenario("MAIL FROM is a CNAME", dns -> dns.withoutMx(MAIL_FROM).withoutTxt(MAIL_FROM)
                                .cname(MAIL_FROM, "ghs.googlehosted.com"),
                        MAIL_FROM_MX, CONFLICTING, "CNAME"),
                scenario("MAIL FROM SPF missing", dns -> dns.withoutTxt(MAIL_FROM),
                        MAIL_FROM_SPF, MISSING, "SPF fails"),
                scenario("MAIL FROM SPF without SES", dns -> dns.withoutTxt(MAIL_FROM)
                                .txt(MAIL_FROM, "v=spf1 " + GOOGLE + " ~all"),
                        MAIL_FROM_SPF, WRONG_VALUE, "include:amazonses.com"),
                scenario("no DMARC", dns -> dns.withoutTxt(DMARC_NAME),
                        DMARC, MISSING, "Gmail and Yahoo require"),
                scenario("DMARC without v=DMARC1", dns -> dns.withoutTxt(DMARC_NAME).txt(DMARC_NAME, "p=none; rua=x"),
                        DMARC, WRONG_VALUE, "does not start with v=DMARC1"),
                scenario("DMARC with a bad policy", dns -> dns.withoutTxt(DMARC_NAME)
                                .txt(DMARC_NAME, "v=DMARC1; p=block"),
                        DMARC, WRONG_VALUE, "p=block"),
                scenario("two DMARC records", dns -> dns.txt(DMARC_NAME, "v=DMARC1; p=reject"),
                        DMARC, CONFLICTING, "ignore DMARC"),
                scenario("DMARC reject with strict alignment", dns -> dns.withoutTxt(DMARC_NAME)
                                .txt(DMARC_NAME, "v=DMARC1; p=reject; adkim=s; aspf=s; rua=mailto:d@example.com"),
                        DMARC, CONFLICTING, "SPF never aligns"),
                scenario("DMARC quarantine, strict SPF, DKIM not yet published", dns -> dns
                                .withoutCname(Fixtures.dkimName(0)).withoutTxt(DMARC_NAME)
                                .txt(DMARC_NAME, "v=DMARC1; p=quarantine; aspf=s; rua=mailto:d@example.com"),
                        DMARC, CONFLICTING, "every message sent through SES gets sent to spam"),
                scenario("DMARC reject with strict DKIM alignment only", dns -> dns.withoutTxt(DMARC_NAME)
                                .txt(DMARC_NAME, "v=DMARC1; p=reject; adkim=s; rua=mailto:d@example.com"),
                        DMARC, WARNING, "subdomains fails DKIM alignment"),
                scenario("DMARC without reports", dns -> dns.withoutTxt(DMARC_NAME).txt(DMARC_NAME, "v=DMARC1; p=none"),
                        DMARC, WARNING, "no reports"),
                scenario("resolver times out", dns -> dns.failing(DMARC_NAME),
                        DMARC, NOT_CHECKED, "Could not look"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenZones")
    void explainsWhatIsWrongAndHowToFixIt(String situation, Consumer<InMemoryDnsLookup> breakIt,
                                          RecordPurpose purpose, Verdict verdict, String said) {
        InMemoryDnsLookup dns = Fixtures.healthyZone();
        breakIt.accept(dns);

        DnsReport report = new DnsDoctor(dns).examine(Fixtures.setup());

        assertThat(report.checksFor(purpose))
                .filteredOn(check -> check.verdict() == verdict)
                .as("%s: %s", situation, report.checksFor(purpose))
                .anySatisfy(check -> {
                    assertThat(check.explanation() + " " + check.fix()).contains(said);
                    assertThat(check.fix()).isNotBlank();
                });
        // warnings leave the domain able to send; problems and unanswered lookups do not
        assertThat(report.isHealthy()).isEqualTo(verdict == WARNING);
    }

    @Test
    void mailFromOutsideTheDomainIsRefusedWithAnExplanation() {
        SesDomainSetup setup = new SesDomainSetup(DOMAIN, Fixtures.TOKENS, "bounce.example.org", "eu-west-1",
                "d@example.com");

        DnsReport report = new DnsDoctor(Fixtures.healthyZone()).examine(setup);

        assertThat(report.checksFor(MAIL_FROM_MX)).singleElement().satisfies(check -> {
            assertThat(check.verdict()).isEqualTo(WRONG_VALUE);
            assertThat(check.explanation()).contains("not a subdomain of example.com");
        });
        assertThat(report.bulkSenders().spf()).isFalse();
    }

    @Test
    void bulkSenderSummaryNamesEveryGap() {
        InMemoryDnsLookup dns = Fixtures.healthyZone();
        dns.withoutCname(Fixtures.dkimName(0)).withoutTxt(MAIL_FROM).withoutTxt(DMARC_NAME);

        BulkSenderReadiness bulk = new DnsDoctor(dns).examine(Fixtures.setup()).bulkSenders();

        assertThat(bulk.meetsDnsRequirements()).isFalse();
        assertThat(bulk.summary()).contains("SPF does not pass", "DKIM is not fully published", "no valid DMARC",
                "neither SPF nor DKIM aligns");
    }

    @Test
    void dmarcAtPNoneIsEnoughForBulkSendersButSuggestsTightening() {
        DnsReport report = new DnsDoctor(Fixtures.healthyZone()).examine(Fixtures.setup());

        assertThat(report.checksFor(DMARC)).singleElement()
                .satisfies(check -> assertThat(check.explanation()).contains("p=quarantine"));
        assertThat(report.bulkSenders().dmarc()).isTrue();
    }

    private static Arguments scenario(String situation, Consumer<InMemoryDnsLookup> breakIt, RecordPurpose purpose,
                                      Verdict verdict, String said) {
        return Arguments.of(situation, breakIt, purpose, verdict, said);
    }
}
