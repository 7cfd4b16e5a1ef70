package io.sendwell.maildomain.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dnsjava adapter against a real UDP server on 127.0.0.1; no other network. */
class DnsjavaLookupTest implements DnsLookupContract {

    private final LoopbackDnsServer server = LoopbackDnsServer.start();
    private final DnsjavaLookup lookup = new DnsjavaLookup(server.host(), server.port(), Duration.ofSeconds(2));

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    public DnsLookup lookup() {
        return lookup;
    }

    @Override
    public void publishTxt(String name, String... strings) {
        server.addTxt(name, strings);
    }

    @Override
    public void publishCname(String name, String target) {
        server.addCname(name, target);
    }

    @Override
    public void publishMx(String name, int preference, String host) {
        server.addMx(name, preference, host);
    }

    @Override
    public void unpublish(String name) {
        server.remove(name);
    }

    @Override
    public void breakResolver() {
        server.answerWithServerFailure(true);
    }

    @Test
    void txtLookupFollowsACnameToTheTarget() {
        // DMARC hosted by a provider: _dmarc is a CNAME to their record
        server.addCname("_dmarc.example.com", "example-com.dmarc.provider.net");
        server.addTxt("example-com.dmarc.provider.net", "v=DMARC1; p=none; rua=mailto:r@provider.net");

        assertThat(lookup.txt("_dmarc.example.com")).containsExactly("v=DMARC1; p=none; rua=mailto:r@provider.net");
    }

    @Test
    void aResolverThatNeverAnswersIsAFailure() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            DnsjavaLookup deaf = new DnsjavaLookup("127.0.0.1", silent.getLocalPort(), Duration.ofMillis(300));

            assertThatThrownBy(() -> deaf.txt("example.com")).isInstanceOf(DnsLookupException.class);
        }
    }

    @Test
    void theDoctorSeesAFixOnRecheck() {
        SesDomainSetup setup = SesDomainSetup.withDefaultMailFrom("example.com", Fixtures.TOKENS, "eu-west-1",
                "dmarc@example.com");
        DnsDoctor doctor = new DnsDoctor(lookup);
        server.addMx("mail.example.com", 10, "feedback-smtp.us-east-1.amazonses.com");
        assertThat(doctor.examine(setup).checksFor(RecordPurpose.MAIL_FROM_MX))
                .extracting(RecordCheck::verdict).containsExactly(Verdict.WRONG_VALUE);

        server.remove("mail.example.com");
        server.addMx("mail.example.com", 10, "feedback-smtp.eu-west-1.amazonses.com");

        assertThat(doctor.examine(setup).checksFor(RecordPurpose.MAIL_FROM_MX))
                .extracting(RecordCheck::verdict).containsExactly(Verdict.OK);
    }

    @Test
    void theDoctorReportsAMalformedIncludeInsteadOfFailing() {
        server.addTxt("example.com", "v=spf1 include:a..b ~all");
        SesDomainSetup setup = SesDomainSetup.withDefaultMailFrom("example.com", Fixtures.TOKENS, "eu-west-1",
                "dmarc@example.com");

        DnsReport report = new DnsDoctor(lookup).examine(setup);

        assertThat(report.checksFor(RecordPurpose.APEX_SPF)).singleElement().satisfies(check -> {
            assertThat(check.verdict()).isEqualTo(Verdict.WRONG_VALUE);
            assertThat(check.explanation()).contains("'include:a..b' does not name a valid domain");
        });
    }
}
