package io.sendwell.tenant.entity;

import io.sendwell.platform.entity.Ids;
import io.sendwell.platform.entity.InvalidInputException;
import io.sendwell.platform.entity.Require;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** An agency or business that brings its own domains and sends through Sendwell. */
@Entity
@Table(name = "tenant")
@NamedQuery(name = Tenant.ALL, query = "SELECT t FROM Tenant t ORDER BY t.slug")
@NamedQuery(name = Tenant.BY_SLUG, query = "SELECT t FROM Tenant t WHERE t.slug = :slug")
public class Tenant {

    public static final String ALL = "Tenant.all";
    public static final String BY_SLUG = "Tenant.bySlug";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 40)
    private String slug;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TenantStatus status;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "ses_region", nullable = false, length = 32)
    private String sesRegion;

    @Column(name = "daily_limit", nullable = false)
    private int dailyLimit;

    @Embedded
    private Branding branding;

    @Column(name = "max_domains", nullable = false)
    private int maxDomains;

    @Column(name = "max_mailboxes", nullable = false)
    private int maxMailboxes;

    @Column(name = "max_api_keys", nullable = false)
    private int maxApiKeys;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(Slug slug, String displayName, SesRegion region, int dailyLimit, Branding branding, Instant now) {
        this.id = Ids.newId();
        this.slug = slug.asString();
        this.displayName = Require.text(displayName, "displayName", 120);
        this.sesRegion = region.asString();
        this.dailyLimit = Require.positive(dailyLimit, "dailyLimit");
        this.branding = branding == null ? Branding.none() : branding;
        this.status = TenantStatus.ACTIVE;
        this.createdAt = now;
        changeQuotas(TenantQuotas.standard());
    }

    /** Set by the platform operator; lowering a quota below what the tenant holds only blocks new objects. */
    public void changeQuotas(TenantQuotas quotas) {
        this.maxDomains = quotas.domains();
        this.maxMailboxes = quotas.mailboxes();
        this.maxApiKeys = quotas.apiKeys();
    }

    public TenantQuotas quotas() {
        return new TenantQuotas(maxDomains, maxMailboxes, maxApiKeys);
    }

    public void rename(String newDisplayName) {
        this.displayName = Require.text(newDisplayName, "displayName", 120);
    }

    public void changeDailyLimit(int newLimit) {
        this.dailyLimit = Require.positive(newLimit, "dailyLimit");
    }

    public void moveToRegion(SesRegion region) {
        this.sesRegion = region.asString();
    }

    public void rebrand(Branding newBranding) {
        this.branding = newBranding == null ? Branding.none() : newBranding;
    }

    public void pause(String reason) {
        this.status = TenantStatus.PAUSED;
        this.statusReason = Require.text(reason, "reason", 500);
    }

    public void reinstate() {
        if (status != TenantStatus.PAUSED) {
            throw new InvalidInputException("tenant '" + slug + "' is not paused");
        }
        this.status = TenantStatus.ACTIVE;
        this.statusReason = null;
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    public String id() {
        return id;
    }

    public Slug slug() {
        return new Slug(slug);
    }

    public String displayName() {
        return displayName;
    }

    public TenantStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public SesRegion sesRegion() {
        return new SesRegion(sesRegion);
    }

    public int dailyLimit() {
        return dailyLimit;
    }

    public Branding branding() {
        return branding == null ? Branding.none() : branding;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
