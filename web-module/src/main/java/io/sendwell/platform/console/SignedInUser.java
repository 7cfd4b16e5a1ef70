package io.sendwell.platform.console;

import io.sendwell.platform.control.Caller;
import io.sendwell.platform.security.ConsoleAuthentication;
import io.sendwell.platform.security.ConsoleSession;
import io.sendwell.tenant.boundary.TenantService;
import io.sendwell.tenant.entity.Branding;
import io.sendwell.tenant.entity.ConsoleRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/** The signed-in console user, for views (their {@link Caller}) and for the template (name, branding). */
@Named("me")
@RequestScoped
public class SignedInUser {

    /** What a platform operator, or a tenant without branding, sees. */
    static final Brand SENDWELL = new Brand("Sendwell", null, null);

    @Inject
    TenantService tenants;

    private ConsoleSession session;
    private Brand brand;

    /** The header's product name, logo and colour: the tenant's own for a tenant admin (white-label). */
    public record Brand(String productName, String logoUrl, String primaryColor) {
    }

    public Caller caller() {
        return session().caller();
    }

    public String getUsername() {
        return session().username();
    }

    public boolean isPlatformAdmin() {
        return session().role() == ConsoleRole.PLATFORM_ADMIN;
    }

    /** The stored console user's id; null for the configured administrator, whose password is configuration. */
    public String getUserId() {
        return session().userId();
    }

    /** The tenant a tenant admin runs; null for operators. */
    public String getTenantId() {
        return session().caller().tenantId();
    }

    public Brand getBrand() {
        if (brand == null) {
            brand = isPlatformAdmin() ? SENDWELL : brandOf(tenants.get(caller(), getTenantId()).branding());
        }
        return brand;
    }

    public String logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + ConsoleAuthentication.LOGIN_PAGE + "?signedOut=true");
        return null;
    }

    private static Brand brandOf(Branding branding) {
        return new Brand(branding.productName() == null ? SENDWELL.productName() : branding.productName(),
                branding.logoUrl(), branding.primaryColor());
    }

    private ConsoleSession session() {
        if (session == null) {
            HttpSession http = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
            // The security constraint on /console/* makes this unreachable without a session.
            session = ConsoleSession.of(http).orElseThrow(() -> new IllegalStateException("no console user signed in"));
        }
        return session;
    }
}
