package io.sendwell.maildomain.entity;

import io.sendwell.platform.entity.Ids;
import io.sendwell.platform.entity.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A domain a tenant sends from. One domain belongs to exactly one tenant platform-wide. */
@Entity
@Table(name = "mail_domain")
@NamedQuery(name = MailDomain.OF_TENANT, query = "SELECT d FROM MailDomain d WHERE d.tenantId = :tenantId ORDER BY d.name")
@NamedQuery(name = MailDomain.BY_NAME, query = "SELECT d FROM MailDomain d WHERE d.name = :name")
@NamedQuery(name = MailDomain.PENDING, query = "SELECT d FROM MailDomain d WHERE d.status = io.sendwell.maildomain.entity.MailDomainStatus.PENDING")
public class MailDomain {

    public static final String OF_TENANT = "MailDomain.ofTenant";
    public static final String BY_NAME = "MailDomain.byName";
    public static final String PENDING = "MailDomain.pending";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false, unique = true, length = 253)
    private String name;

    @Column(name = "mail_from_domain", nullable = false, length = 253)
    private String mailFromDomain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailDomainStatus status;

    @Column(name = "status_detail", length = 500)
    private String statusDetail;

    /** The three Easy DKIM tokens SES returned, comma separated. */
    @Column(name = "dkim_tokens", length = 400)
    private String dkimTokens;

    /** Own daily limit; null means the tenant's limit applies. */
    @Column(name = "daily_limit")
    private Integer dailyLimit;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Version
    private long version;

    protected MailDomain() {
    }

    public MailDomain(String tenantId, DomainName name, DomainName mailFromDomain, Instant now) {
        if (tenantId == null) {
            throw new IllegalArgumentException("tenantId is required");
        }
        if (!mailFromDomain.isStrictSubdomainOf(name)) {
            throw new InvalidInputException("MAIL FROM domain '" + mailFromDomain + "' must be a subdomain of '" + name + "'");
        }
        this.id = Ids.newId();
        this.tenantId = tenantId;
        this.name = name.asString();
        this.mailFromDomain = mailFromDomain.asString();
        this.status = MailDomainStatus.PENDING;
        this.createdAt = now;
    }

    /** The conventional MAIL FROM subdomain: mail.&lt;domain&gt;. */
    public static DomainName defaultMailFrom(DomainName name) {
        return DomainName.of("mail." + name.asString());
    }

    public void recordDkimTokens(List<String> tokens) {
        this.dkimTokens = tokens == null || tokens.isEmpty() ? null : String.join(",", tokens);
    }

    public void markVerified(Instant now) {
        this.status = MailDomainStatus.VERIFIED;
        this.statusDetail = null;
        this.verifiedAt = now;
    }

    public void markFailed(String reason) {
        this.status = MailDomainStatus.FAILED;
        this.statusDetail = reason;
    }

    public void markPending(String detail) {
        this.status = MailDomainStatus.PENDING;
        this.statusDetail = detail;
    }

    public void changeDailyLimit(Integer newLimit) {
        if (newLimit != null && newLimit <= 0) {
            throw new InvalidInputException("dailyLimit must be greater than 0, was " + newLimit);
        }
        this.dailyLimit = newLimit;
    }

    public Integer dailyLimit() {
        return dailyLimit;
    }

    public boolean belongsTo(String aTenantId) {
        return tenantId.equals(aTenantId);
    }

    public boolean isVerified() {
        return status == MailDomainStatus.VERIFIED;
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public DomainName name() {
        return new DomainName(name);
    }

    public DomainName mailFromDomain() {
        return new DomainName(mailFromDomain);
    }

    public MailDomainStatus status() {
        return status;
    }

    public String statusDetail() {
        return statusDetail;
    }

    public List<String> dkimTokens() {
        return dkimTokens == null ? List.of() : Arrays.asList(dkimTokens.split(","));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }
}
