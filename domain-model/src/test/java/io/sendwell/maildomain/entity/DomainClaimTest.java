package io.sendwell.maildomain.entity;

import static io.sendwell.maildomain.entity.DomainClaim.Outcome.ADOPT_IDENTITY;
import static io.sendwell.maildomain.entity.DomainClaim.Outcome.CREATE_IDENTITY;
import static io.sendwell.maildomain.entity.DomainClaim.Outcome.PROOF_REQUIRED;
import static io.sendwell.maildomain.entity.DomainClaim.Outcome.REFUSED;
import static io.sendwell.maildomain.entity.DomainClaim.Outcome.REUSE_OWN_IDENTITY;
import static org.assertj.core.api.Assertions.assertThat;

import io.sendwell.maildomain.entity.DomainClaim.IdentityOwner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainClaimTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final Duration TTL = Duration.ofDays(7);
    private static final DomainName NAME = DomainName.of("shop.acme.test");
    private static final String ME = "tenant-me";
    private static final String OTHER = "tenant-other";

    private static MailDomain claimOf(String tenant, DomainName name, Instant createdAt, boolean verified, boolean created) {
        MailDomain domain = new MailDomain(tenant, name, MailDomain.defaultMailFrom(name), createdAt);
        if (verified) {
            domain.markVerified(createdAt);
        }
        if (created) {
            domain.identityCreatedBySendwell();
        }
        return domain;
    }

    private static DomainClaim.Decision decide(MailDomain existing, List<MailDomain> parents, IdentityOwner identity,
                                               boolean proven) {
        return DomainClaim.decide(ME, NAME, existing, parents, identity, proven, NOW, TTL);
    }

    @Test
    void aFreshNameGetsANewIdentity() {
        assertThat(decide(null, List.of(), IdentityOwner.ABSENT, false).outcome()).isEqualTo(CREATE_IDENTITY);
    }

    @Test
    void anIdentityNotCreatedBySendwellForThisTenantNeedsProofAndIsThenAdoptedNotCreated() {
        assertThat(decide(null, List.of(), IdentityOwner.UNKNOWN, false).outcome()).isEqualTo(PROOF_REQUIRED);
        assertThat(decide(null, List.of(), IdentityOwner.tenant(OTHER), false).outcome()).isEqualTo(PROOF_REQUIRED);
        assertThat(decide(null, List.of(), IdentityOwner.UNKNOWN, true).outcome()).isEqualTo(ADOPT_IDENTITY);
        assertThat(decide(null, List.of(), IdentityOwner.tenant(OTHER), true).outcome()).isEqualTo(ADOPT_IDENTITY);
    }

    @Test
    void anIdentitySendwellCreatedForThisTenantEarlierIsReusedWithoutProof() {
        assertThat(decide(null, List.of(), IdentityOwner.tenant(ME), false).outcome()).isEqualTo(REUSE_OWN_IDENTITY);
    }

    @Test
    void aNameOfThisTenantOrVerifiedByAnotherIsRefusedWhateverIsProven() {
        MailDomain mine = claimOf(ME, NAME, NOW, false, true);
        MailDomain verifiedByOther = claimOf(OTHER, NAME, NOW.minus(Duration.ofDays(30)), true, true);
        for (boolean proven : new boolean[]{false, true}) {
            assertThat(decide(mine, List.of(), IdentityOwner.tenant(ME), proven).outcome()).isEqualTo(REFUSED);
            var decision = decide(verifiedByOther, List.of(), IdentityOwner.tenant(OTHER), proven);
            assertThat(decision.outcome()).isEqualTo(REFUSED);
            assertThat(decision.reason()).contains("already registered on this platform").doesNotContain(OTHER);
        }
    }

    @Test
    void anotherTenantsUnverifiedClaimBlocksUntilItLapsesOrTheClaimantProvesControl() {
        MailDomain young = claimOf(OTHER, NAME, NOW.minus(TTL).plusSeconds(1), false, true);
        assertThat(decide(young, List.of(), IdentityOwner.tenant(OTHER), false).outcome()).isEqualTo(PROOF_REQUIRED);

        var proven = decide(young, List.of(), IdentityOwner.tenant(OTHER), true);
        assertThat(proven.outcome()).isEqualTo(CREATE_IDENTITY);
        assertThat(proven.displaced()).isSameAs(young);

        MailDomain lapsed = claimOf(OTHER, NAME, NOW.minus(TTL), false, true);
        var expired = decide(lapsed, List.of(), IdentityOwner.tenant(OTHER), false);
        assertThat(expired.outcome()).isEqualTo(CREATE_IDENTITY);
        assertThat(expired.displaced()).isSameAs(lapsed);
    }

    @Test
    void aDisplacedClaimWhoseIdentitySendwellDidNotCreateStillNeedsProofForTheIdentity() {
        MailDomain lapsedAdopter = claimOf(OTHER, NAME, NOW.minus(TTL), false, false);
        assertThat(decide(lapsedAdopter, List.of(), IdentityOwner.UNKNOWN, false).outcome()).isEqualTo(PROOF_REQUIRED);
        assertThat(decide(lapsedAdopter, List.of(), IdentityOwner.UNKNOWN, true).outcome()).isEqualTo(ADOPT_IDENTITY);
    }

    @Test
    void aSubdomainOfAnotherTenantsVerifiedDomainNeedsProof() {
        MailDomain parent = claimOf(OTHER, DomainName.of("acme.test"), NOW, true, true);
        var refused = decide(null, List.of(parent), IdentityOwner.ABSENT, false);
        assertThat(refused.outcome()).isEqualTo(PROOF_REQUIRED);
        assertThat(refused.reason()).contains("subdomain");
        assertThat(decide(null, List.of(parent), IdentityOwner.ABSENT, true).outcome()).isEqualTo(CREATE_IDENTITY);
    }

    @Test
    void aClaimLapsesOnlyWhileUnverified() {
        MailDomain old = claimOf(OTHER, NAME, NOW.minus(Duration.ofDays(8)), false, true);
        assertThat(old.isLapsedClaim(NOW, TTL)).isTrue();
        assertThat(old.claimExpiresAt(TTL)).isEqualTo(NOW.minus(Duration.ofDays(1)));
        old.markVerified(NOW);
        assertThat(old.isLapsedClaim(NOW, TTL)).isFalse();
    }

    @Test
    void theChallengeIsAnsweredOnlyByItsExactValueUnderTheDomain() {
        OwnershipChallenge challenge = new OwnershipChallenge(ME, NAME, NOW);
        OwnershipChallenge another = new OwnershipChallenge(OTHER, NAME, NOW);
        assertThat(challenge.recordName()).isEqualTo("_sendwell-challenge.shop.acme.test");
        assertThat(challenge.recordValue()).matches("sendwell-challenge=[a-z2-7]{32}");
        assertThat(challenge.recordValue()).isNotEqualTo(another.recordValue());
        assertThat(challenge.isAnsweredBy(List.of("v=spf1 -all", challenge.recordValue()))).isTrue();
        assertThat(challenge.isAnsweredBy(List.of(another.recordValue()))).isFalse();
        assertThat(challenge.isAnsweredBy(List.of(challenge.recordValue() + "x"))).isFalse();
    }
}
