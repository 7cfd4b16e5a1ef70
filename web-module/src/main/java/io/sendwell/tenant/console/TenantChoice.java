package io.sendwell.tenant.console;

import io.sendwell.platform.console.SignedInUser;
import io.sendwell.tenant.boundary.TenantService;
import io.sendwell.tenant.entity.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The tenants an operator can pick on pages that work inside one tenant (messages, suppressions).
 * Tenant admins never get a choice: their pages are fixed to their own tenant.
 */
@Named
@RequestScoped
public class TenantChoice {

    @Inject
    TenantService tenants;

    @Inject
    SignedInUser me;

    private List<Tenant> options;

    public List<Tenant> getOptions() {
        if (options == null) {
            options = me.isPlatformAdmin() ? tenants.list(me.caller()) : List.of();
        }
        return options;
    }

    /** The tenant a page starts with: the own one for a tenant admin, the requested one (or none yet) for an operator. */
    public String initial(String requested) {
        if (!me.isPlatformAdmin()) {
            return me.getTenantId();
        }
        return requested == null || requested.isBlank() ? null : requested;
    }
}
