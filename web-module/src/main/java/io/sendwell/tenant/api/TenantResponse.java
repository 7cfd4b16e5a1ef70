package io.sendwell.tenant.api;

import io.sendwell.tenant.entity.Tenant;

import java.time.Instant;

public record TenantResponse(String id, String slug, String displayName, String status, String statusReason,
                             String sesRegion, int dailyLimit, BrandingResponse branding, Instant createdAt,
                             int maxDomains, int maxMailboxes, int maxApiKeys) {

    public record BrandingResponse(String productName, String logoUrl, String primaryColor) {
    }

    public static TenantResponse of(Tenant t) {
        return new TenantResponse(t.id(), t.slug().asString(), t.displayName(), t.status().name(), t.statusReason(),
                t.sesRegion().asString(), t.dailyLimit(),
                new BrandingResponse(t.branding().productName(), t.branding().logoUrl(), t.branding().primaryColor()),
                t.createdAt(), t.quotas().domains(), t.quotas().mailboxes(), t.quotas().apiKeys());
    }
}
