package io.sendwell.mailbox.entity;

import io.sendwell.maildomain.entity.DomainName;
import io.sendwell.maildomain.entity.MailDomain;
import io.sendwell.platform.entity.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailboxTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private final MailDomain acme = new MailDomain("tenant-1", DomainName.of("acme.example"),
            DomainName.of("mail.acme.example"), NOW);

    @Test
    void mailboxAddressMustBeOnItsDomain() {
        assertThatThrownBy(() -> new Mailbox(acme, EmailAddress.of("sales@other.example"), "Sales", 100, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not on domain");
        assertThatThrownBy(() -> new Mailbox(acme, EmailAddress.of("sales@sub.acme.example"), "Sales", 100, NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void mailboxInheritsItsDomainsTenantAndStoresTheNormalisedAddress() {
        Mailbox mailbox = new Mailbox(acme, EmailAddress.of("Sales@ACME.example"), "Sales", 100, NOW);
        assertThat(mailbox.tenantId()).isEqualTo("tenant-1");
        assertThat(mailbox.address().asString()).isEqualTo("sales@acme.example");
        assertThat(mailbox.isActive()).isTrue();
    }

    @Test
    void dailyLimitMustBePositive() {
        assertThatThrownBy(() -> new Mailbox(acme, EmailAddress.of("a@acme.example"), null, 0, NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void mailFromMustBeASubdomain() {
        assertThatThrownBy(() -> new MailDomain("t", DomainName.of("acme.example"), DomainName.of("acme.example"), NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("subdomain");
        assertThatThrownBy(() -> new MailDomain("t", DomainName.of("acme.example"), DomainName.of("mail.other.example"), NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void pausedMailboxCanBeReinstatedOnce() {
        Mailbox mailbox = new Mailbox(acme, EmailAddress.of("a@acme.example"), null, 10, NOW);
        mailbox.pause("manual");
        assertThat(mailbox.isActive()).isFalse();
        mailbox.reinstate();
        assertThatThrownBy(mailbox::reinstate).isInstanceOf(InvalidInputException.class);
    }
}
