package io.sendwell.maildomain.boundary;

import io.sendwell.audit.boundary.AuditLog;
import io.sendwell.mailbox.entity.Mailbox;
import io.sendwell.maildomain.entity.DomainName;
import io.sendwell.maildomain.entity.MailDomain;
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

    /** {@code mailFromDomain} is optional; the default is mail.&lt;name&gt;. */
    public record NewMailDomain(String name, String mailFromDomain) {
    }

    public MailDomain add(Caller caller, String tenantId, NewMailDomain input) {
        tenants.get(caller, tenantId);
        DomainName name = DomainName.of(input.name());
        DomainName mailFrom = input.mailFromDomain() == null ? MailDomain.defaultMailFrom(name)
                : DomainName.of(input.mailFromDomain());
        if (!em.createNamedQuery(MailDomain.BY_NAME, MailDomain.class).setParameter("name", name.asString())
                .getResultList().isEmpty()) {
            // Deliberately does not say which tenant owns it.
            throw new ConflictException("domain '" + name + "' is already registered on this platform");
        }
        MailDomain domain = new MailDomain(tenantId, name, mailFrom, clock.instant());
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

    public void remove(Caller caller, String tenantId, String domainId) {
        MailDomain domain = get(caller, tenantId, domainId);
        long mailboxes = em.createNamedQuery(Mailbox.COUNT_OF_DOMAIN, Long.class)
                .setParameter("domainId", domainId).getSingleResult();
        if (mailboxes > 0) {
            throw new ConflictException("domain '" + domain.name() + "' still has " + mailboxes
                    + " mailbox(es); delete them first");
        }
        em.remove(domain);
        audit.record(caller, tenantId, "domain.removed", "domain", domainId, "name=" + domain.name());
    }
}
