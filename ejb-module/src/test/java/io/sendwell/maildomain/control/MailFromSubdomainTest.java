package io.sendwell.maildomain.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sendwell.maildomain.dns.DnsLookup;
import io.sendwell.maildomain.dns.DnsLookupException;
import io.sendwell.maildomain.dns.MailExchanger;
import io.sendwell.maildomain.entity.DomainName;
import io.sendwell.platform.entity.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailFromSubdomainTest {

    /** mail.x: nothing; cname.x: a CNAME; inbox.x: a mail host; ses.x: SES's MX; broken.x: resolver fails. */
    private static final DnsLookup DNS = new DnsLookup() {
        @Override
        public List<String> txt(String name) {
            return List.of();
        }

        @Override
        public List<String> cname(String name) {
            fail(name);
            return name.startsWith("cname.") ? List.of("shop.host.example") : List.of();
        }

        @Override
        public List<MailExchanger> mx(String name) {
            return Map.of("inbox.acme.example", List.of(new MailExchanger(10, "mx.mailhost.example")),
                    "ses.acme.example", List.of(new MailExchanger(10, "feedback-smtp.eu-west-1.amazonses.com")))
                    .getOrDefault(name, List.of());
        }

        private void fail(String name) {
            if (name.startsWith("broken.")) {
                throw new DnsLookupException("timeout");
            }
        }
    };

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "mail.acme.example,    ok",
            "ses.acme.example,     ok",
            "broken.acme.example,  ok",
            "a.b.acme.example,     ok",
            "acme.example,         a subdomain of",
            "mail.other.example,   a subdomain of",
            "cname.acme.example,   already in use",
            "inbox.acme.example,   already receives mail"})
    void mailFromMustBeAnUnusedSubdomain(String mailFrom, String outcome) {
        DomainName domain = DomainName.of("acme.example");
        if (outcome.equals("ok")) {
            assertThatCode(() -> MailFromSubdomain.requireUsable(domain, DomainName.of(mailFrom), DNS)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> MailFromSubdomain.requireUsable(domain, DomainName.of(mailFrom), DNS))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining(outcome);
        }
    }
}
