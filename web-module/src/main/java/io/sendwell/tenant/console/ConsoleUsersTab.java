package io.sendwell.tenant.console;

import io.sendwell.platform.console.Feedback;
import io.sendwell.platform.console.SignedInUser;
import io.sendwell.tenant.boundary.ConsoleUserService;
import io.sendwell.tenant.entity.ConsoleUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The console users tab (operators only): tenant admins with an initial password; forced password
 * resets, disabling and removal sign the user out at their next request.
 */
@Named
@ViewScoped
public class ConsoleUsersTab implements Serializable {

    @Inject
    ConsoleUserService users;

    @Inject
    TenantView page;

    @Inject
    SignedInUser me;

    private transient List<ConsoleUser> list;
    private String username;
    private transient String initialPassword;

    public void create() {
        Feedback.attempt(() -> {
            users.createTenantAdmin(me.caller(), page.tenantId(), username, initialPassword);
            username = null;
            list = null;
        }, "Tenant admin created. Give them the initial password through a separate channel.");
        initialPassword = null;
    }

    public void remove(String userId) {
        Feedback.attempt(() -> users.remove(me.caller(), page.tenantId(), userId), "Console user removed.");
        list = null;
    }

    public void forcePasswordReset(String userId) {
        Feedback.attempt(() -> users.requirePasswordChange(me.caller(), page.tenantId(), userId),
                "Signed out everywhere; a new password is due at the next sign-in.");
        list = null;
    }

    public void disable(String userId) {
        Feedback.attempt(() -> users.disable(me.caller(), page.tenantId(), userId), "Console user disabled and signed out.");
        list = null;
    }

    public void enable(String userId) {
        Feedback.attempt(() -> users.enable(me.caller(), page.tenantId(), userId), "Console user enabled.");
        list = null;
    }

    public List<ConsoleUser> getList() {
        if (list == null) {
            list = page.tenantId() == null || !me.isPlatformAdmin() ? List.of() : users.list(me.caller(), page.tenantId());
        }
        return list;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }
}
