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
import java.util.Set;
import java.util.TreeSet;

/** A domain a tenant sends from. One domain belongs to exactly one tenant platform-wide. */
@Entity
@Table(name = "mail_domain")
@NamedQuery(name = MailDomain.OF_TENANT, query = "SELECT d FROM MailDomain d WHERE d.tenantId = :tenantId ORDER BY d.name")
@NamedQuery(name = MailDomain.BY_NAME, query = "SELECT d FROM MailDomain d WHERE d.name = :name")
@NamedQuery(name = MailDomain.PENDING, query = "SELECT d FROM MailDomain d WHERE d.status = io.sendwell.maildomain.entity.MailDomainStatus.PENDING")
@NamedQuery(name = MailDomain.COUNT_OF_TENANT, query = "SELECT COUNT(d) FROM MailDomain d WHERE d.tenantId = :tenantId")
@NamedQuery(name = MailDomain.VERIFIED_OF_OTHER_TENANTS, query = "SELECT d FROM MailDomain d WHERE d.name IN :names "
        + "AND d.tenantId <> :tenantId AND d.status = io.sendwell.maildomain.entity.MailDomainStatus.VERIFIED")
@NamedQuery(name = MailDomain.DUE_FOR_DNS_RECHECK, query = "SELECT d.id FROM MailDomain d WHERE d.status = "
        + "io.sendwell.maildomain.entity.MailDomainStatus.VERIFIED AND (d.dnsCheckedAt IS NULL OR d.dnsCheckedAt < :cutoff)")
public class MailDomain {

    public static final String OF_TENANT = "MailDomain.ofTenant";
    public static final String BY_NAME = "MailDomain.byName";
    public static final String PENDING = "MailDomain.pending";
    public static final String DUE_FOR_DNS_RECHECK = "MailDomain.dueForDnsRecheck";
    public static final String COUNT_OF_TENANT = "MailDomain.countOfTenant";
    public static final String VERIFIED_OF_OTHER_TENANTS = "MailDomain.verifiedOfOtherTenants";
    /** statusDetail of a verified domain starts with this while a DNS warning stands. */
    public static final String DNS_WARNING_PREFIX = "DNS warning: ";

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

    /** Bring-your-own-DKIM: the selector and public key for the TXT record; null for Easy DKIM. */
    @Column(name = "byo_dkim_selector", length = 63)
    private String byoDkimSelector;

    @Column(name = "byo_dkim_public_key", length = 1000)
    private String byoDkimPublicKey;

    /** The private key, AES-GCM encrypted by the service; never leaves it in clear text. */
    @Column(name = "byo_dkim_private_key_enc", length = 4000)
    private String byoDkimPrivateKeyEncrypted;

    /** SES's own view, as of the last poll: DKIM status and MAIL FROM status. */
    @Column(name = "ses_dkim_status", length = 32)
    private String sesDkimStatus;

    @Column(name = "ses_mail_from_status", length = 32)
    private String sesMailFromStatus;

    @Column(name = "dns_checked_at")
    private Instant dnsCheckedAt;

    @Column(name = "dns_summary", length = 1000)
    private String dnsSummary;

    /** Records the last doctor run found OK, one per line: a later run that misses one warns. */
    @Column(name = "dns_ok_records", length = 4000)
    private String dnsOkRecords;

    /**
     * True only when Sendwell created the SES identity for this tenant (and tagged it so): only
     * then may removing the domain delete the identity. False for identities a tenant adopted with
     * a DNS proof, and for domains added before V50 (their origin is unknown).
     */
    @Column(name = "ses_identity_created", nullable = false)
    private boolean sesIdentityCreated;

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
        return defaultMailFrom(name, "mail");
    }

    /** The MAIL FROM subdomain with the operator's configured label, e.g. bounce.&lt;domain&gt;. */
    public static DomainName defaultMailFrom(DomainName name, String label) {
        return DomainName.of(label + "." + name.asString());
    }

    /** The SES identity this domain signs with was created by Sendwell for this tenant (not adopted). */
    public void identityCreatedBySendwell() {
        this.sesIdentityCreated = true;
    }

    public boolean sesIdentityCreated() {
        return sesIdentityCreated;
    }

    /**
     * An unverified claim lapses {@code ttl} after it was made: from then on it no longer keeps
     * another tenant from claiming the name. A verified domain never lapses.
     */
    public boolean isLapsedClaim(Instant now, java.time.Duration ttl) {
        return !isVerified() && !now.isBefore(claimExpiresAt(ttl));
    }

    public Instant claimExpiresAt(java.time.Duration ttl) {
        return createdAt.plus(ttl);
    }

    public void recordDkimTokens(List<String> tokens) {
        this.dkimTokens = tokens == null || tokens.isEmpty() ? null : String.join(",", tokens);
    }

    public void useByoDkim(String selector, String publicKey, String encryptedPrivateKey) {
        if (selector == null || publicKey == null || encryptedPrivateKey == null) {
            throw new IllegalArgumentException("BYODKIM needs a selector, a public key and the encrypted private key");
        }
        this.byoDkimSelector = selector;
        this.byoDkimPublicKey = publicKey;
        this.byoDkimPrivateKeyEncrypted = encryptedPrivateKey;
    }

    public boolean usesByoDkim() {
        return byoDkimSelector != null;
    }

    public void recordSesStatus(String dkimStatus, String mailFromStatus) {
        this.sesDkimStatus = dkimStatus;
        this.sesMailFromStatus = mailFromStatus;
    }

    /**
     * Stores a doctor run and returns the records that were OK last time and are not now. For a
     * verified domain a lost record becomes a warning in statusDetail (the domain keeps sending:
     * SES decides when missing DKIM stops it); a healthy run clears an earlier warning.
     */
    public Set<String> recordDnsCheck(Instant at, String summary, Set<String> okRecords, boolean healthy) {
        Set<String> lost = new TreeSet<>(okRecordsOfLastCheck());
        lost.removeAll(okRecords);
        this.dnsCheckedAt = at;
        this.dnsSummary = summary == null || summary.length() <= 1000 ? summary : summary.substring(0, 997) + "...";
        this.dnsOkRecords = okRecords.isEmpty() ? null : String.join("\n", new TreeSet<>(okRecords));
        if (isVerified() && !lost.isEmpty()) {
            String detail = DNS_WARNING_PREFIX + "no longer published correctly: " + String.join(", ", lost);
            this.statusDetail = detail.length() <= 500 ? detail : detail.substring(0, 497) + "...";
        } else if (isVerified() && healthy && hasDnsWarning()) {
            this.statusDetail = null;
        }
        return lost;
    }

    public boolean hasDnsWarning() {
        return statusDetail != null && statusDetail.startsWith(DNS_WARNING_PREFIX);
    }

    public Set<String> okRecordsOfLastCheck() {
        return dnsOkRecords == null ? Set.of() : Set.of(dnsOkRecords.split("\n"));
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

    public String byoDkimSelector() {
        return byoDkimSelector;
    }

    public String byoDkimPublicKey() {
        return byoDkimPublicKey;
    }

    public String byoDkimPrivateKeyEncrypted() {
        return byoDkimPrivateKeyEncrypted;
    }

    public String sesDkimStatus() {
        return sesDkimStatus;
    }

    public String sesMailFromStatus() {
        return sesMailFromStatus;
    }

    public Instant dnsCheckedAt() {
        return dnsCheckedAt;
    }

    public String dnsSummary() {
        return dnsSummary;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }
}
