package io.sendwell.maildomain.boundary;

import io.sendwell.audit.boundary.AuditLog;
import io.sendwell.mailbox.entity.Mailbox;
import io.sendwell.maildomain.entity.DomainName;
import io.sendwell.maildomain.control.SendingIdentities;
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

    /** {@code mailFromDomain} is optional; the default is mail.&lt;name&gt;. */
    public record NewMailDomain(String name, String mailFromDomain) {
    }

    public MailDomain add(Caller caller, String tenantId, NewMailDomain input) {
        Tenant tenant = tenants.get(caller, tenantId);
        DomainName name = DomainName.of(input.name());
        DomainName mailFrom = input.mailFromDomain() == null ? MailDomain.defaultMailFrom(name)
                : DomainName.of(input.mailFromDomain());
        if (!em.createNamedQuery(MailDomain.BY_NAME, MailDomain.class).setParameter("name", name.asString())
                .getResultList().isEmpty()) {
            // Deliberately does not say which tenant owns it.
            throw new ConflictException("domain '" + name + "' is already registered on this platform");
        }
        MailDomain domain = new MailDomain(tenantId, name, mailFrom, clock.instant());
        // Validated first, so bad input never reaches SES; if storing fails afterwards the SES
        // identity is left over and is simply reused by the next registration of the name.
        domain.recordDkimTokens(identities.register(tenant.sesRegion().asString(), name.asString(),
                mailFrom.asString()).dkimTokens());
        em.persist(domain);
        audit.record(caller, tenantId, "domain.added", "domain", domain.id(), "name=" + name + " mailFrom=" + mailFrom);
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
