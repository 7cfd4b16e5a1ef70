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
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/** Adding, listing and removing a tenant's sending domains. */
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
        if (!em.createNamedQuery(MailDomain.BY_NAME, MailDomain.class).setParameter("name", name.asString())
                .getResultList().isEmpty()) {
            // Deliberately does not say which tenant owns it.
            throw new ConflictException("domain '" + name + "' is already registered on this platform");
        }
        MailFromSubdomain.requireUsable(name, mailFrom, doctors.lookup());
        MailDomain domain = new MailDomain(tenantId, name, mailFrom, clock.instant());
        if (ownKey != null) {
            // Encrypted before SES is called, so a missing encryption key fails before anything exists.
            domain.useByoDkim(ownKey.selector(), ownKey.publicKeyBase64(),
                    secrets.cipher().encrypt(ownKey.privateKeyBase64(), name.asString()));
        }
        // Validated first, so bad input never reaches SES; if storing fails afterwards the SES
        // identity is left over and is simply reused by the next registration of the name.
        domain.recordDkimTokens(identities.register(tenant.sesRegion().asString(), name.asString(),
                mailFrom.asString(), ownKey == null ? null
                        : new SendingIdentities.OwnDkimKey(ownKey.selector(), ownKey.privateKeyBase64())).dkimTokens());
        em.persist(domain);
        audit.record(caller, tenantId, "domain.added", "domain", domain.id(), "name=" + name + " mailFrom=" + mailFrom
                + (ownKey == null ? " dkim=easy" : " dkim=byo selector=" + ownKey.selector() + " bits=" + ownKey.bits()));
        return domain;
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
        long mailboxes = em.createNamedQuery(Mailbox.COUNT_OF_DOMAIN, Long.class)
                .setParameter("domainId", domainId).getSingleResult();
        if (mailboxes > 0) {
            throw new ConflictException("domain '" + domain.name() + "' still has " + mailboxes
                    + " mailbox(es); delete them first");
        }
        em.remove(domain);
        identities.remove(tenants.get(caller, tenantId).sesRegion().asString(), domain.name().asString());
        audit.record(caller, tenantId, "domain.removed", "domain", domainId, "name=" + domain.name());
    }
}
