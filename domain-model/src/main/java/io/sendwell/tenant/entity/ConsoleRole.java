package io.sendwell.tenant.entity;

/** What a console user may do. The role name is also the Jakarta Security group (and role) name. */
public enum ConsoleRole {
    /** Runs the platform: every tenant, limits, regions, pausing. */
    PLATFORM_ADMIN("platform-admin"),
    /** Runs one tenant: its domains, mailboxes, API keys and branding. */
    TENANT_ADMIN("tenant-admin");

    private final String roleName;

    ConsoleRole(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }
}
