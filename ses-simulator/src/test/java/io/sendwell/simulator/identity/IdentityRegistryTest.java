package io.sendwell.simulator.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sendwell.simulator.MutableClock;
import io.sendwell.simulator.SesException;
import io.sendwell.simulator.TestConfigs;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdentityRegistryTest {

    private final MutableClock clock = new MutableClock();
    private final IdentityRegistry registry = new IdentityRegistry();

    @BeforeEach
    void wire() {
        registry.config = TestConfigs.defaults();
        registry.clock = clock;
    }

    @Test
    void domainIdentityGetsThreeDkimTokensAndVerifiesAfterTheDelay() {
        EmailIdentity identity = registry.create("Acme.example", null, null);
        assertThat(identity.dkimTokens()).hasSize(3).allMatch(t -> t.matches("[a-z2-7]{32}"));
        assertThat(registry.isVerifiedForSending("ann@acme.example")).isFalse();

        clock.advance(Duration.ofMillis(2999));
        assertThat(registry.isVerifiedForSending("ann@acme.example")).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(registry.isVerifiedForSending("ann@acme.example")).isTrue();
    }

    @Test
    void verifiedDomainCoversItsSubdomainsButNotItsParentOrSiblings() {
        registry.create("acme.example", null, null);
        registry.verifyNow("acme.example");
        assertThat(registry.isVerifiedForSending("news@mail.acme.example")).isTrue();
        assertThat(registry.isVerifiedForSending("x@example")).isFalse();
        assertThat(registry.isVerifiedForSending("x@notacme.example")).isFalse();
    }

    @Test
    void addressIdentityAllowsOnlyThatAddressAndHasNoDkimTokens() {
        EmailIdentity identity = registry.create("ann@acme.example", null, null);
        registry.verifyNow("ANN@acme.example");
        assertThat(identity.type()).isEqualTo(EmailIdentity.Type.EMAIL_ADDRESS);
        assertThat(identity.dkimTokens()).isEmpty();
        assertThat(registry.isVerifiedForSending("ann@acme.example")).isTrue();
        assertThat(registry.isVerifiedForSending("bob@acme.example")).isFalse();
    }

    @Test
    void byodkimKeepsTheCallersSelectorAsTheOnlyToken() {
        EmailIdentity identity = registry.create("own.example", "sel2026", null);
        assertThat(identity.externalDkim()).isTrue();
        assertThat(identity.dkimTokens()).containsExactly("sel2026");
    }

    @Test
    void duplicatesAndUnknownIdentitiesFailAsSesDoes() {
        registry.create("acme.example", null, null);
        assertThatThrownBy(() -> registry.create("ACME.example", null, null))
                .isInstanceOfSatisfying(SesException.class, e -> assertThat(e.errorType()).isEqualTo("AlreadyExistsException"));
        assertThatThrownBy(() -> registry.get("other.example"))
                .isInstanceOfSatisfying(SesException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void mailFromDomainVerifiesTheDelayAfterItWasSet() {
        EmailIdentity identity = registry.create("acme.example", null, null);
        clock.advance(Duration.ofSeconds(10));
        identity.changeMailFrom("bounce.acme.example", "REJECT_MESSAGE", clock.instant());
        assertThat(identity.mailFromStatus(clock.instant(), Duration.ofSeconds(3))).isEqualTo("PENDING");
        clock.advance(Duration.ofSeconds(3));
        assertThat(identity.mailFromStatus(clock.instant(), Duration.ofSeconds(3))).isEqualTo("SUCCESS");
    }

    @Test
    void aHeldIdentityStaysPendingPastTheDelayUntilVerifiedByHand() {
        registry.hold("held.example");
        registry.create("held.example", null, null);
        clock.advance(Duration.ofMinutes(5));
        assertThat(registry.isVerifiedForSending("ann@held.example")).isFalse();

        registry.verifyNow("held.example");
        assertThat(registry.isVerifiedForSending("ann@held.example")).isTrue();
    }

    @Test
    void tagsGivenAtCreationAreKept() {
        EmailIdentity identity = registry.create("tagged.example", null, null, java.util.Map.of("owner", "t-1"));
        assertThat(registry.get("tagged.example").tags()).containsEntry("owner", "t-1");
        assertThat(identity.tags()).hasSize(1);
    }
}
