package io.sendwell.tenant.boundary;

import io.sendwell.audit.boundary.AuditLog;
import io.sendwell.platform.control.Caller;
import io.sendwell.platform.entity.ConflictException;
import io.sendwell.platform.entity.NotFoundException;
import io.sendwell.platform.entity.Page;
import io.sendwell.tenant.entity.Branding;
import io.sendwell.tenant.entity.SesRegion;
import io.sendwell.tenant.entity.Slug;
import io.sendwell.tenant.entity.Tenant;
import io.sendwell.tenant.entity.QuotaKind;
import io.sendwell.tenant.entity.TenantQuotas;
import jakarta.persistence.LockModeType;
import java.util.function.LongSupplier;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.List;

/** Creating and changing tenants. Operators do everything; a tenant sees and rebrands only itself. */
@Stateless
public class TenantService {

    @PersistenceContext(unitName = "sendwell")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sendwell.tenant.default-daily-limit", defaultValue = "10000")
    int defaultDailyLimit;

    @Inject
    @ConfigProperty(name = "sendwell.tenant.default-region", defaultValue = "us-east-1")
    String defaultRegion;

    @Inject
    @ConfigProperty(name = "sendwell.tenant.default-max-domains", defaultValue = "50")
    int defaultMaxDomains;

    @Inject
    @ConfigProperty(name = "sendwell.tenant.default-max-mailboxes", defaultValue = "500")
    int defaultMaxMailboxes;

    @Inject
    @ConfigProperty(name = "sendwell.tenant.default-max-api-keys", defaultValue = "50")
    int defaultMaxApiKeys;

    public record NewTenant(String slug, String displayName, String sesRegion, Integer dailyLimit,
                            BrandingInput branding) {
    }

    public record BrandingInput(String productName, String logoUrl, String primaryColor) {
        Branding toBranding() {
            return Branding.of(productName, logoUrl, primaryColor);
        }
    }

    /** A partial update: null fields stay as they are. Limits, region and quotas: operators only. */
    public record TenantChanges(String displayName, String sesRegion, Integer dailyLimit, BrandingInput branding,
                                Integer maxDomains, Integer maxMailboxes, Integer maxApiKeys) {

        public static TenantChanges of(String displayName, String sesRegion, Integer dailyLimit, BrandingInput branding) {
            return new TenantChanges(displayName, sesRegion, dailyLimit, branding, null, null, null);
        }

        boolean changesQuotas() {
            return maxDomains != null || maxMailboxes != null || maxApiKeys != null;
        }
    }

    public Tenant create(Caller caller, NewTenant input) {
        caller.requirePlatformAdmin("create tenants");
        Slug slug = Slug.of(input.slug());
        if (!em.createNamedQuery(Tenant.BY_SLUG, Tenant.class).setParameter("slug", slug.asString()).getResultList().isEmpty()) {
            throw new ConflictException("a tenant with slug '" + slug + "' already exists");
        }
        Tenant tenant = new Tenant(slug, input.displayName(),
                SesRegion.of(input.sesRegion() == null ? defaultRegion : input.sesRegion()),
                input.dailyLimit() == null ? defaultDailyLimit : input.dailyLimit(),
                input.branding() == null ? null : input.branding().toBranding(), clock.instant());
        tenant.changeQuotas(new TenantQuotas(defaultMaxDomains, defaultMaxMailboxes, defaultMaxApiKeys));
        em.persist(tenant);
        audit.record(caller, tenant.id(), "tenant.created", "tenant", tenant.id(), "slug=" + slug + " " + tenant.quotas());
        return tenant;
    }

    public List<Tenant> list(Caller caller) {
        if (caller.isPlatformAdmin()) {
            return em.createNamedQuery(Tenant.ALL, Tenant.class).getResultList();
        }
        return List.of(get(caller, caller.tenantId()));
    }

    /**
     * One page of the tenants whose slug or display name contains {@code text} (case-insensitive;
     * blank matches all), ordered by slug. A tenant caller only ever finds itself.
     */
    public Page<Tenant> search(Caller caller, String text, int offset, int limit) {
        String pattern = "%" + escapeLike(text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        String own = caller.isPlatformAdmin() ? "" : " AND t.id = :own";
        String where = " WHERE (LOWER(t.slug) LIKE :text ESCAPE '\\' OR LOWER(t.displayName) LIKE :text ESCAPE '\\')" + own;
        var items = em.createQuery("SELECT t FROM Tenant t" + where + " ORDER BY t.slug", Tenant.class)
                .setParameter("text", pattern);
        var count = em.createQuery("SELECT COUNT(t) FROM Tenant t" + where, Long.class).setParameter("text", pattern);
        if (!caller.isPlatformAdmin()) {
            items.setParameter("own", caller.tenantId());
            count.setParameter("own", caller.tenantId());
        }
        return new Page<>(items.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult(), offset, limit);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public Tenant get(Caller caller, String tenantId) {
        caller.checkCanSee(tenantId, "tenant", tenantId);
        Tenant tenant = em.find(Tenant.class, tenantId);
        if (tenant == null) {
            throw new NotFoundException("tenant", tenantId);
        }
        return tenant;
    }

    public Tenant update(Caller caller, String tenantId, TenantChanges changes) {
        Tenant tenant = get(caller, tenantId);
        StringBuilder detail = new StringBuilder();
        if (changes.sesRegion() != null || changes.dailyLimit() != null) {
            // Limits and region protect the shared SES account: only operators set them.
            caller.requirePlatformAdmin("change a tenant's daily limit or SES region");
        }
        if (changes.displayName() != null) {
            tenant.rename(changes.displayName());
            detail.append("displayName ");
        }
        if (changes.sesRegion() != null) {
            tenant.moveToRegion(SesRegion.of(changes.sesRegion()));
            detail.append("sesRegion=").append(changes.sesRegion()).append(' ');
        }
        if (changes.dailyLimit() != null) {
            tenant.changeDailyLimit(changes.dailyLimit());
            detail.append("dailyLimit=").append(changes.dailyLimit()).append(' ');
        }
        if (changes.changesQuotas()) {
            // Quotas keep one tenant from holding the platform's names and keys: only operators set them.
            caller.requirePlatformAdmin("change a tenant's quotas");
            TenantQuotas before = tenant.quotas();
            tenant.changeQuotas(before.with(changes.maxDomains(), changes.maxMailboxes(), changes.maxApiKeys()));
            audit.record(caller, tenantId, "tenant.quotas-changed", "tenant", tenantId,
                    "from " + before + " to " + tenant.quotas());
            detail.append("quotas ");
        }
        if (changes.branding() != null) {
            tenant.rebrand(changes.branding().toBranding());
            detail.append("branding ");
        }
        audit.record(caller, tenantId, "tenant.updated", "tenant", tenantId, detail.toString().strip());
        return tenant;
    }

    /**
     * Refuses one more object of {@code kind} when the tenant holds its quota (409; like every
     * refusal, not audited). Locks the tenant row until the caller's transaction ends, so concurrent
     * creations are counted one after the other and cannot together pass the quota.
     */
    public void requireRoomForOneMore(Caller caller, String tenantId, QuotaKind kind, LongSupplier held) {
        Tenant tenant = get(caller, tenantId);
        em.lock(tenant, LockModeType.PESSIMISTIC_WRITE);
        tenant.quotas().requireRoomForOneMore(tenant.slug().asString(), kind, held.getAsLong());
    }

    public Tenant pause(Caller caller, String tenantId, String reason) {
        caller.requirePlatformAdmin("pause tenants");
        Tenant tenant = get(caller, tenantId);
        tenant.pause(reason);
        audit.record(caller, tenantId, "tenant.paused", "tenant", tenantId, reason);
        return tenant;
    }

    public Tenant reinstate(Caller caller, String tenantId, String reason) {
        caller.requirePlatformAdmin("reinstate tenants");
        Tenant tenant = get(caller, tenantId);
        tenant.reinstate();
        audit.record(caller, tenantId, "tenant.reinstated", "tenant", tenantId, reason);
        return tenant;
    }
}
