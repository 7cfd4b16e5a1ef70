package io.sendwell.tenant.console;

import io.sendwell.platform.console.Feedback;
import io.sendwell.platform.console.SignedInUser;
import io.sendwell.platform.entity.NotFoundException;
import io.sendwell.tenant.boundary.TenantService;
import io.sendwell.tenant.entity.Tenant;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * One tenant's page: its settings, pausing and reinstating. The tabs (domains, mailboxes, API
 * keys, console users) have their own beans that take the tenant id from here. Whether the
 * caller may see the tenant at all is the service's decision: another tenant's id is simply
 * "not found".
 */
@Named
@ViewScoped
public class TenantView implements Serializable {

    @Inject
    TenantService tenants;

    @Inject
    SignedInUser me;

    private String id;
    /** Reloaded after passivation: entities are not serializable. */
    private transient Tenant tenant;
    private boolean notFound;
    private TenantForm settings = new TenantForm();
    private String reason;

    /** f:viewAction on GET: looks the tenant up once per view. */
    public void load() {
        try {
            if (id == null || id.isBlank()) {
                throw new NotFoundException("tenant", "");
            }
            tenant = tenants.get(me.caller(), id);
            settings = TenantForm.of(tenant);
        } catch (NotFoundException e) {
            notFound = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public void saveSettings() {
        Feedback.attempt(() -> tenant = tenants.update(me.caller(), id, settings.toChanges(me.isPlatformAdmin())),
                "Settings saved.");
    }

    public void pause() {
        Feedback.attempt(() -> tenant = tenants.pause(me.caller(), id, reason), "Tenant paused: it cannot send until reinstated.");
        reason = null;
    }

    public void reinstate() {
        Feedback.attempt(() -> tenant = tenants.reinstate(me.caller(), id, reason == null ? "reinstated in the console" : reason),
                "Tenant reinstated.");
        reason = null;
    }

    public Tenant getTenant() {
        if (tenant == null && id != null && !notFound) {
            tenant = tenants.get(me.caller(), id);
        }
        return tenant;
    }

    /** For the tab beans: the tenant this page shows, once the service has let the caller see it. */
    public String tenantId() {
        return notFound ? null : id;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public TenantForm getSettings() {
        return settings;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
