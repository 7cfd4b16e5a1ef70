package io.sendwell.tenant.console;

import io.sendwell.tenant.boundary.TenantService;
import io.sendwell.tenant.entity.Tenant;

import java.io.Serializable;

/** What the tenant dialogs edit. Blank optional fields mean "not set"; the services validate everything. */
public class TenantForm implements Serializable {

    private String slug;
    private String displayName;
    private String sesRegion;
    private Integer dailyLimit;
    private String productName;
    private String logoUrl;
    private String primaryColor;

    static TenantForm of(Tenant tenant) {
        TenantForm form = new TenantForm();
        form.slug = tenant.slug().asString();
        form.displayName = tenant.displayName();
        form.sesRegion = tenant.sesRegion().asString();
        form.dailyLimit = tenant.dailyLimit();
        form.productName = tenant.branding().productName();
        form.logoUrl = tenant.branding().logoUrl();
        form.primaryColor = tenant.branding().primaryColor();
        return form;
    }

    TenantService.NewTenant toNewTenant() {
        return new TenantService.NewTenant(slug, displayName, blankToNull(sesRegion), dailyLimit, branding());
    }

    /** Operators change everything; a tenant admin only the name and branding (limits guard the shared account). */
    TenantService.TenantChanges toChanges(boolean platformAdmin) {
        return platformAdmin
                ? TenantService.TenantChanges.of(displayName, blankToNull(sesRegion), dailyLimit, branding())
                : TenantService.TenantChanges.of(displayName, null, null, branding());
    }

    void clear() {
        slug = displayName = sesRegion = productName = logoUrl = primaryColor = null;
        dailyLimit = null;
    }

    private TenantService.BrandingInput branding() {
        return new TenantService.BrandingInput(blankToNull(productName), blankToNull(logoUrl), blankToNull(primaryColor));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getSesRegion() {
        return sesRegion;
    }

    public void setSesRegion(String sesRegion) {
        this.sesRegion = sesRegion;
    }

    public Integer getDailyLimit() {
        return dailyLimit;
    }

    public void setDailyLimit(Integer dailyLimit) {
        this.dailyLimit = dailyLimit;
    }

    public String getProductName() {
        return productName;
    }

    public void setProductName(String productName) {
        this.productName = productName;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public void setLogoUrl(String logoUrl) {
        this.logoUrl = logoUrl;
    }

    public String getPrimaryColor() {
        return primaryColor;
    }

    public void setPrimaryColor(String primaryColor) {
        this.primaryColor = primaryColor;
    }
}
