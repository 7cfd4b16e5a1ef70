package io.sendwell.maildomain.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sendwell.platform.entity.InvalidInputException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailDomainDnsCheckTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final MailDomain domain = new MailDomain("t1", DomainName.of("acme.example"),
            DomainName.of("mail.acme.example"), NOW);

    @Test
    void aRecordThatWasOkAndIsNoLongerWarnsAVerifiedDomainThatKeepsSending() {
        domain.markVerified(NOW);
        domain.recordDnsCheck(NOW, "OK 6", Set.of("DKIM a", "DKIM b", "DMARC c"), true);

        Set<String> lost = domain.recordDnsCheck(NOW.plusSeconds(60), "OK 5, MISSING 1", Set.of("DKIM a", "DMARC c"), false);

        assertThat(lost).containsExactly("DKIM b");
        assertThat(domain.isVerified()).isTrue();
        assertThat(domain.hasDnsWarning()).isTrue();
        assertThat(domain.statusDetail()).isEqualTo("DNS warning: no longer published correctly: DKIM b");
        assertThat(domain.dnsSummary()).isEqualTo("OK 5, MISSING 1");
    }

    @Test
    void theWarningIsGivenOnceAndClearedWhenTheDomainIsHealthyAgain() {
        domain.markVerified(NOW);
        domain.recordDnsCheck(NOW, "OK", Set.of("DKIM a", "DKIM b"), true);
        domain.recordDnsCheck(NOW, "MISSING", Set.of("DKIM a"), false);

        assertThat(domain.recordDnsCheck(NOW, "MISSING", Set.of("DKIM a"), false)).isEmpty();
        assertThat(domain.hasDnsWarning()).isTrue();
        assertThat(domain.recordDnsCheck(NOW, "OK", Set.of("DKIM a", "DKIM b"), true)).isEmpty();
        assertThat(domain.statusDetail()).isNull();
    }

    @Test
    void aPendingDomainKeepsItsSesDetail() {
        domain.markPending("waiting for SES");
        domain.recordDnsCheck(NOW, "OK", Set.of("DKIM a"), true);
        assertThat(domain.recordDnsCheck(NOW, "MISSING", Set.of(), false)).containsExactly("DKIM a");
        assertThat(domain.statusDetail()).isEqualTo("waiting for SES");
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "news.example.net", "example.org", "amazonses.com", "x.amazonaws.com"})
    void reservedNamesCannotBeRegistered(String name) {
        assertThatThrownBy(() -> ReservedDomainNames.requireRegistrable(DomainName.of(name)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reserved");
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme.example", "shop.test", "myexample.com", "example.co.uk"})
    void ordinaryAndTestNamesCanBeRegistered(String name) {
        ReservedDomainNames.requireRegistrable(DomainName.of(name));
    }
}
