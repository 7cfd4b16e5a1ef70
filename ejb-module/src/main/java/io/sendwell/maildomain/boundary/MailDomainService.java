package io.sendwell.maildomain.boundary;

import io.sendwell.audit.boundary.AuditLog;
import io.sendwell.mailbox.entity.Mailbox;
import io.sendwell.maildomain.entity.DomainName;
import io.sendwell.maildomain.control.ByoDkimKey;
import io.sendwell.maildomain.control.DnsDoctors;
import io.sendwell.maildomain.control.MailFromSubdomain;
import io.sendwell.maildomain.control.OnboardingConfig;
import io.sendwell.maildomain.control.SendingIdentities;
import io.sendwell.maildomain.entity.ReservedDomainNames;
import io.sendwell.maildomain.control.OwnershipChallenges;
import io.sendwell.maildomain.entity.DomainClaim;
import io.sendwell.maildomain.entity.OwnershipChallenge;
import io.sendwell.maildomain.entity.OwnershipProofRequiredException;
import io.sendwell.tenant.entity.QuotaKind;
import io.sendwell.platform.control.Secrets;
import io.sendwell.maildomain.entity.MailDomain;
import io.sendwell.maildomain.entity.MailDomainStatus;
import io.sendwell.tenant.entity.Tenant;
import io.sendwell.platform.control.Caller;
import io.sendwell.platform.entity.ConflictException;
import io.sendwell.platform.entity.NotFoundException;
import io.sendwell.tenant.boundary.TenantService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * Adding, listing and removing a tenant's sending domains. Who may claim a name is
 * {@link DomainClaim}'s rule; this service gathers what it needs (Sendwell's claims, the SES
 * identity's owner tag, the tenant's DNS challenge) and carries the decision out.
 */
@Stateless
public class MailDomainService {

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    TenantService tenants;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    SendingIdentities identities;

    @Inject
    OnboardingConfig config;

    @Inject
    DnsDoctors doctors;

    @Inject
    Secrets secrets;

    @Inject
    OwnershipChallenges challenges;

    /**
     * {@code mailFromDomain} is optional; the default is &lt;label&gt;.&lt;name&gt; with the configured
     * label. {@code byoDkim} is optional; without it SES generates the key (Easy DKIM).
     */
    public record NewMailDomain(String name, String mailFromDomain, OwnDkim byoDkim) {

        // One constructor only: JSON-B (Yasson) refuses records with several.
        public static NewMailDomain easyDkim(String name) {
            return new NewMailDomain(name, null, null);
        }

        @Override
        public String toString() {
            return "NewMailDomain[name=" + name + ", mailFromDomain=" + mailFromDomain + "]";
        }
    }

    /** The tenant's own DKIM key: a selector and a PEM RSA private key (1024-2048 bits). */
    public record OwnDkim(String selector, String privateKey) {
        @Override
        public String toString() {
            return "OwnDkim[selector=" + selector + "]";
        }
    }

    public MailDomain add(Caller caller, String tenantId, NewMailDomain input) {
        Tenant tenant = tenants.get(caller, tenantId);
        DomainName name = DomainName.of(input.name());
        ReservedDomainNames.requireRegistrable(name);
        DomainName mailFrom = input.mailFromDomain() == null || input.mailFromDomain().isBlank()
                ? MailDomain.defaultMailFrom(name, config.mailFromLabel()) : DomainName.of(input.mailFromDomain());
        ByoDkimKey ownKey = input.byoDkim() == null ? null
                : ByoDkimKey.parse(input.byoDkim().selector(), input.byoDkim().privateKey());
        MailFromSubdomain.requireUsable(name, mailFrom, doctors.lookup());
        String region = tenant.sesRegion().asString();

        // DNS is only asked when the answer matters: when the claim would otherwise need proof.
        DomainClaim.Decision decision = decideClaim(tenantId, name, region, false);
        boolean proven = false;
        if (decision.outcome() == DomainClaim.Outcome.PROOF_REQUIRED && challenges.isProven(tenantId, name)) {
            proven = true;
            decision = decideClaim(tenantId, name, region, true);
        }
        switch (decision.outcome()) {
            case REFUSED -> throw new ConflictException(decision.reason());
            case PROOF_REQUIRED -> throw new OwnershipProofRequiredException(decision.reason(),
                    challenges.issueForRefusedClaim(tenantId, name));
            case ADOPT_IDENTITY -> {
                if (ownKey != null) {
                    throw new ConflictException("the SES identity of '" + name + "' already exists and keeps its own "
                            + "DKIM settings; add the domain without byoDkim");
                }
            }
            default -> {
            }
        }
        // After the refusals above: the quota check locks the tenant row until commit, and a refusal
        // writes its challenge in a transaction of its own, which must not wait for that lock.
        tenants.requireRoomForOneMore(caller, tenantId, QuotaKind.DOMAINS, () -> em.createNamedQuery(
                MailDomain.COUNT_OF_TENANT, Long.class).setParameter("tenantId", tenantId).getSingleResult());
        String displacedNote = decision.displaced() == null ? "" : displace(decision.displaced(), proven);

        MailDomain domain = new MailDomain(tenantId, name, mailFrom, clock.instant());
        if (ownKey != null) {
            // Encrypted before SES is called, so a missing encryption key fails before anything exists.
            domain.useByoDkim(ownKey.selector(), ownKey.publicKeyBase64(),
                    secrets.cipher().encrypt(ownKey.privateKeyBase64(), name.asString()));
        }
        // Validated first, so bad input never reaches SES. If storing fails afterwards, the identity
        // is left over, tagged for this tenant, and is reused by its next registration of the name.
        String identity;
        switch (decision.outcome()) {
            case CREATE_IDENTITY -> {
                try {
                    domain.recordDkimTokens(identities.create(region, name.asString(), mailFrom.asString(),
                            ownKey == null ? null : new SendingIdentities.OwnDkimKey(ownKey.selector(), ownKey.privateKeyBase64()),
                            tenantId).dkimTokens());
                } catch (SendingIdentities.IdentityExistsException e) {
                    throw new ConflictException("an SES identity for '" + name + "' was created by someone else just now; "
                            + "add the domain again");
                }
                domain.identityCreatedBySendwell();
                identity = "created";
            }
            case REUSE_OWN_IDENTITY -> {
                if (ownKey == null) {
                    domain.recordDkimTokens(identities.useExisting(region, name.asString(), mailFrom.asString()).dkimTokens());
                    identity = "reused";
                } else {
                    // The leftover identity signs with other keys; it is this tenant's, so it is made anew.
                    identities.removeIfCreatedFor(region, name.asString(), tenantId);
                    domain.recordDkimTokens(identities.create(region, name.asString(), mailFrom.asString(),
                            new SendingIdentities.OwnDkimKey(ownKey.selector(), ownKey.privateKeyBase64()), tenantId).dkimTokens());
                    identity = "recreated";
                }
                domain.identityCreatedBySendwell();
            }
            default -> {
                domain.recordDkimTokens(identities.useExisting(region, name.asString(), mailFrom.asString()).dkimTokens());
                identity = "adopted";
            }
        }
        if (proven) {
            challenges.spend(tenantId, name);
        }
        em.persist(domain);
        audit.record(caller, tenantId, "domain.added", "domain", domain.id(), "name=" + name + " mailFrom=" + mailFrom
                + (ownKey == null ? " dkim=easy" : " dkim=byo selector=" + ownKey.selector() + " bits=" + ownKey.bits())
                + " sesIdentity=" + identity + (proven ? " dnsProof=yes" : "") + displacedNote);
        return domain;
    }

    /** The claim rule with what Sendwell and SES know about the name now. */
    private DomainClaim.Decision decideClaim(String tenantId, DomainName name, String region, boolean proven) {
        MailDomain existing = em.createNamedQuery(MailDomain.BY_NAME, MailDomain.class)
                .setParameter("name", name.asString()).getResultStream().findFirst().orElse(null);
        List<String> parents = parentsOf(name);
        List<MailDomain> verifiedParents = parents.isEmpty() ? List.of()
                : em.createNamedQuery(MailDomain.VERIFIED_OF_OTHER_TENANTS, MailDomain.class)
                .setParameter("names", parents).setParameter("tenantId", tenantId).getResultList();
        DomainClaim.IdentityOwner owner = identities.owner(region, name.asString());
        return DomainClaim.decide(tenantId, name, existing, verifiedParents, owner, proven, clock.instant(),
                config.unverifiedClaimTtl());
    }

    /** shop.acme.test -> [acme.test]: the registrable parents (a bare top-level domain is never a tenant's). */
    private static List<String> parentsOf(DomainName name) {
        List<String> parents = new java.util.ArrayList<>();
        String rest = name.asString();
        for (int dot = rest.indexOf('.'); dot >= 0; dot = rest.indexOf('.')) {
            rest = rest.substring(dot + 1);
            if (rest.contains(".")) {
                parents.add(rest);
            }
        }
        return parents;
    }

    /**
     * Removes another tenant's unverified claim that lapsed or that the caller out-proved, with its
     * mailboxes (an unverified domain never sent, so nothing refers to them) and the SES identity
     * Sendwell created for it. The displaced tenant's audit trail says what happened, not who.
     */
    private String displace(MailDomain displaced, boolean proven) {
        // Locked and read again: the verification poller may have verified it since the decision.
        em.refresh(displaced, LockModeType.PESSIMISTIC_WRITE);
        if (displaced.isVerified()) {
            throw new ConflictException("domain '" + displaced.name() + "' is already registered on this platform");
        }
        Caller system = Caller.system("domain-ownership");
        String why = proven ? "another tenant proved control of the domain's DNS"
                : "unverified for longer than " + config.unverifiedClaimTtl().toDays() + " day(s)";
        for (Mailbox mailbox : em.createNamedQuery(Mailbox.OF_DOMAIN, Mailbox.class)
                .setParameter("domainId", displaced.id()).getResultList()) {
            em.remove(mailbox);
            audit.record(system, displaced.tenantId(), "mailbox.deleted", "mailbox", mailbox.id(),
                    "address=" + mailbox.address() + " (its domain's claim ended: " + why + ")");
        }
        em.flush();
        em.remove(displaced);
        // The name is unique: the old row must be gone before the new one is inserted.
        em.flush();
        Tenant owner = em.find(Tenant.class, displaced.tenantId());
        boolean deleted = displaced.sesIdentityCreated() && identities.removeIfCreatedFor(owner.sesRegion().asString(),
                displaced.name().asString(), displaced.tenantId());
        audit.record(system, displaced.tenantId(), proven ? "domain.claim-taken-over" : "domain.claim-expired", "domain",
                displaced.id(), "name=" + displaced.name() + " (" + why + ") sesIdentity=" + (deleted ? "deleted" : "kept"));
        return " displaced=" + displaced.id() + (proven ? " (out-proven)" : " (expired)");
    }

    /** When the domain's claim stops protecting its name from other tenants; null once verified. */
    public java.time.Instant claimExpiresAt(MailDomain domain) {
        return domain.isVerified() ? null : domain.claimExpiresAt(config.unverifiedClaimTtl());
    }

    /** The tenant's open DNS ownership challenges (each from a claim that needed proof). */
    public List<OwnershipChallenge> challenges(Caller caller, String tenantId) {
        tenants.get(caller, tenantId);
        return challenges.ofTenant(tenantId);
    }

    public List<MailDomain> list(Caller caller, String tenantId) {
        tenants.get(caller, tenantId);
        return em.createNamedQuery(MailDomain.OF_TENANT, MailDomain.class).setParameter("tenantId", tenantId).getResultList();
    }

    public MailDomain get(Caller caller, String tenantId, String domainId) {
        tenants.get(caller, tenantId);
        MailDomain domain = em.find(MailDomain.class, domainId);
        if (domain == null || !domain.belongsTo(tenantId)) {
            throw new NotFoundException("domain", domainId);
        }
        return domain;
    }

    /** Asks SES how verification is going and moves a PENDING domain on. Called by the poller. */
    public MailDomain refreshVerification(String domainId) {
        MailDomain domain = em.find(MailDomain.class, domainId);
        if (domain == null || domain.status() != MailDomainStatus.PENDING) {
            return domain;
        }
        Tenant tenant = em.find(Tenant.class, domain.tenantId());
        SendingIdentities.Status status = identities.status(tenant.sesRegion().asString(), domain.name().asString());
        domain.recordSesStatus(status.dkimStatus(), status.mailFromStatus());
        Caller system = Caller.system("domain-verification");
        switch (status.verification()) {
            case VERIFIED -> {
                domain.markVerified(clock.instant());
                audit.record(system, domain.tenantId(), "domain.verified", "domain", domainId, "name=" + domain.name());
            }
            case FAILED -> {
                domain.markFailed("SES verification failed: " + (status.detail() == null ? status.dkimStatus() : status.detail()));
                audit.record(system, domain.tenantId(), "domain.verification-failed", "domain", domainId, domain.statusDetail());
            }
            case PENDING -> domain.markPending("waiting for SES: DKIM " + status.dkimStatus());
        }
        return domain;
    }

    public List<String> pendingDomainIds() {
        return em.createNamedQuery(MailDomain.PENDING, MailDomain.class).getResultStream().map(MailDomain::id).toList();
    }

    public void remove(Caller caller, String tenantId, String domainId) {
        MailDomain domain = get(caller, tenantId, domainId);
        // Locked and read again, so a verification poll that updates the row meanwhile waits
        // instead of failing this removal with an optimistic-lock conflict.
        em.refresh(domain, LockModeType.PESSIMISTIC_WRITE);
        long mailboxes = em.createNamedQuery(Mailbox.COUNT_OF_DOMAIN, Long.class)
                .setParameter("domainId", domainId).getSingleResult();
        if (mailboxes > 0) {
            throw new ConflictException("domain '" + domain.name() + "' still has " + mailboxes
                    + " mailbox(es); delete them first");
        }
        em.remove(domain);
        // Only an identity Sendwell created for this tenant, and still tagged so, is deleted.
        boolean deleted = domain.sesIdentityCreated() && identities.removeIfCreatedFor(
                tenants.get(caller, tenantId).sesRegion().asString(), domain.name().asString(), tenantId);
        audit.record(caller, tenantId, "domain.removed", "domain", domainId, "name=" + domain.name()
                + " sesIdentity=" + (deleted ? "deleted" : "kept"));
    }
}
