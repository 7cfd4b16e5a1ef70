package io.sendwell.mailbox.entity;

import io.sendwell.maildomain.entity.MailDomain;
import io.sendwell.platform.entity.Ids;
import io.sendwell.platform.entity.InvalidInputException;
import io.sendwell.platform.entity.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A sending identity: an address on one of its tenant's domains, with its own daily limit. */
@Entity
@Table(name = "mailbox")
@NamedQuery(name = Mailbox.OF_TENANT, query = "SELECT m FROM Mailbox m WHERE m.tenantId = :tenantId ORDER BY m.address")
@NamedQuery(name = Mailbox.BY_ADDRESS, query = "SELECT m FROM Mailbox m WHERE m.address = :address")
@NamedQuery(name = Mailbox.COUNT_OF_DOMAIN, query = "SELECT COUNT(m) FROM Mailbox m WHERE m.domainId = :domainId")
@NamedQuery(name = Mailbox.OF_DOMAIN, query = "SELECT m FROM Mailbox m WHERE m.domainId = :domainId")
@NamedQuery(name = Mailbox.COUNT_OF_TENANT, query = "SELECT COUNT(m) FROM Mailbox m WHERE m.tenantId = :tenantId")
public class Mailbox {

    public static final String OF_TENANT = "Mailbox.ofTenant";
    public static final String BY_ADDRESS = "Mailbox.byAddress";
    public static final String COUNT_OF_DOMAIN = "Mailbox.countOfDomain";
    public static final String OF_DOMAIN = "Mailbox.ofDomain";
    public static final String COUNT_OF_TENANT = "Mailbox.countOfTenant";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "domain_id", nullable = false, length = 36)
    private String domainId;

    /** Normalised (lower-case) address; unique platform-wide. */
    @Column(nullable = false, unique = true, length = 320)
    private String address;

    @Column(name = "display_name", length = 120)
    private String displayName;

    @Column(name = "daily_limit", nullable = false)
    private int dailyLimit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailboxStatus status;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Mailbox() {
    }

    public Mailbox(MailDomain domain, EmailAddress address, String displayName, int dailyLimit, Instant now) {
        if (!address.domain().equals(domain.name())) {
            throw new InvalidInputException("address '" + address + "' is not on domain '" + domain.name()
                    + "'; a mailbox must use one of its tenant's domains");
        }
        this.id = Ids.newId();
        this.tenantId = domain.tenantId();
        this.domainId = domain.id();
        this.address = address.normalised();
        this.displayName = Require.optionalText(displayName, "displayName", 120);
        this.dailyLimit = Require.positive(dailyLimit, "dailyLimit");
        this.status = MailboxStatus.ACTIVE;
        this.createdAt = now;
    }

    public void rename(String newDisplayName) {
        this.displayName = Require.optionalText(newDisplayName, "displayName", 120);
    }

    public void changeDailyLimit(int newLimit) {
        this.dailyLimit = Require.positive(newLimit, "dailyLimit");
    }

    public void pause(String reason) {
        this.status = MailboxStatus.PAUSED;
        this.statusReason = Require.text(reason, "reason", 500);
    }

    public void reinstate() {
        if (status != MailboxStatus.PAUSED) {
            throw new InvalidInputException("mailbox '" + address + "' is not paused");
        }
        this.status = MailboxStatus.ACTIVE;
        this.statusReason = null;
    }

    public boolean isActive() {
        return status == MailboxStatus.ACTIVE;
    }

    public boolean belongsTo(String aTenantId) {
        return tenantId.equals(aTenantId);
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String domainId() {
        return domainId;
    }

    public EmailAddress address() {
        return EmailAddress.of(address);
    }

    public String displayName() {
        return displayName;
    }

    public int dailyLimit() {
        return dailyLimit;
    }

    public MailboxStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
