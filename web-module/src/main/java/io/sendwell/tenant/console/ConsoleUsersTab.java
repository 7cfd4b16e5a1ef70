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

/** The console users tab (operators only): tenant admins with an initial password. */
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
