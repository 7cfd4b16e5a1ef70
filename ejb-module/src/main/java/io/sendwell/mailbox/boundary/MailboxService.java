package io.sendwell.mailbox.boundary;

import io.sendwell.audit.boundary.AuditLog;
import io.sendwell.mailbox.entity.EmailAddress;
import io.sendwell.mailbox.entity.Mailbox;
import io.sendwell.maildomain.boundary.MailDomainService;
import io.sendwell.maildomain.entity.MailDomain;
import io.sendwell.platform.control.Caller;
import io.sendwell.platform.entity.ConflictException;
import io.sendwell.platform.entity.InvalidInputException;
import io.sendwell.platform.entity.NotFoundException;
import io.sendwell.tenant.boundary.TenantService;
import io.sendwell.tenant.entity.QuotaKind;
import io.sendwell.tenant.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.List;

/** Creating and changing mailboxes (sending identities) on a tenant's domains. */
@Stateless
public class MailboxService {

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    TenantService tenants;

    @Inject
    MailDomainService domains;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sendwell.mailbox.default-daily-limit", defaultValue = "200")
    int defaultDailyLimit;

    public record NewMailbox(String address, String displayName, Integer dailyLimit) {
    }

    /** A partial update: null fields stay as they are. status may be ACTIVE or PAUSED. */
    public record MailboxChanges(String displayName, Integer dailyLimit, String status, String reason) {
    }

    public Mailbox create(Caller caller, String tenantId, NewMailbox input) {
        Tenant tenant = tenants.get(caller, tenantId);
        EmailAddress address = EmailAddress.of(input.address());
        MailDomain domain = domains.list(caller, tenantId).stream()
                .filter(d -> d.name().equals(address.domain()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("address '" + address + "' is not on one of this tenant's domains; add domain '"
                        + address.domain() + "' first"));
        int limit = input.dailyLimit() == null ? Math.min(defaultDailyLimit, tenant.dailyLimit()) : input.dailyLimit();
        checkWithinTenantLimit(tenant, limit);
        if (!em.createNamedQuery(Mailbox.BY_ADDRESS, Mailbox.class).setParameter("address", address.normalised())
                .getResultList().isEmpty()) {
            throw new ConflictException("mailbox '" + address + "' already exists");
        }
        tenants.requireRoomForOneMore(caller, tenantId, QuotaKind.MAILBOXES, () -> em.createNamedQuery(
                Mailbox.COUNT_OF_TENANT, Long.class).setParameter("tenantId", tenantId).getSingleResult());
        Mailbox mailbox = new Mailbox(domain, address, input.displayName(), limit, clock.instant());
        em.persist(mailbox);
        audit.record(caller, tenantId, "mailbox.created", "mailbox", mailbox.id(), "address=" + address + " dailyLimit=" + limit);
        return mailbox;
    }

    public List<Mailbox> list(Caller caller, String tenantId) {
        tenants.get(caller, tenantId);
        return em.createNamedQuery(Mailbox.OF_TENANT, Mailbox.class).setParameter("tenantId", tenantId).getResultList();
    }

    public Mailbox get(Caller caller, String tenantId, String mailboxId) {
        tenants.get(caller, tenantId);
        Mailbox mailbox = em.find(Mailbox.class, mailboxId);
        if (mailbox == null || !mailbox.belongsTo(tenantId)) {
            throw new NotFoundException("mailbox", mailboxId);
        }
        return mailbox;
    }

    public Mailbox update(Caller caller, String tenantId, String mailboxId, MailboxChanges changes) {
        Mailbox mailbox = get(caller, tenantId, mailboxId);
        StringBuilder detail = new StringBuilder();
        if (changes.displayName() != null) {
            mailbox.rename(changes.displayName());
            detail.append("displayName ");
        }
        if (changes.dailyLimit() != null) {
            checkWithinTenantLimit(tenants.get(caller, tenantId), changes.dailyLimit());
            mailbox.changeDailyLimit(changes.dailyLimit());
            detail.append("dailyLimit=").append(changes.dailyLimit()).append(' ');
        }
        if (changes.status() != null) {
            applyStatus(mailbox, changes.status(), changes.reason());
            detail.append("status=").append(changes.status()).append(' ');
        }
        audit.record(caller, tenantId, "mailbox.updated", "mailbox", mailboxId, detail.toString().strip());
        return mailbox;
    }

    public void delete(Caller caller, String tenantId, String mailboxId) {
        Mailbox mailbox = get(caller, tenantId, mailboxId);
        em.remove(mailbox);
        audit.record(caller, tenantId, "mailbox.deleted", "mailbox", mailboxId, "address=" + mailbox.address());
    }

    private static void applyStatus(Mailbox mailbox, String status, String reason) {
        switch (status) {
            case "PAUSED" -> mailbox.pause(reason == null ? "paused by an administrator" : reason);
            case "ACTIVE" -> mailbox.reinstate();
            default -> throw new InvalidInputException("status must be ACTIVE or PAUSED, was '" + status + "'");
        }
    }

    private static void checkWithinTenantLimit(Tenant tenant, int limit) {
        if (limit > tenant.dailyLimit()) {
            throw new InvalidInputException("dailyLimit " + limit + " is above the tenant's daily limit of " + tenant.dailyLimit());
        }
    }
}
