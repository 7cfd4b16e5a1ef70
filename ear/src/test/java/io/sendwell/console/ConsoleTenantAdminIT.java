package io.sendwell.console;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A tenant admin sees their own tenant, under its own brand, and nothing of anyone else's. */
class ConsoleTenantAdminIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String ADMIN = "owner@brand-" + SUFFIX + ".test";
    private static final String PASSWORD = "tenant admin secret " + SUFFIX;
    private static String ownTenant;
    private static String otherTenant;
    private static ConsoleBrowser browser;

    @BeforeAll
    static void tenantWithAnAdmin() {
        ownTenant = AdminApi.createTenant("brand-" + SUFFIX, "Brand Agency " + SUFFIX, "Brightmail " + SUFFIX, "#0b6e4f");
        otherTenant = AdminApi.createTenant("other-" + SUFFIX, "Other Shop " + SUFFIX, "Othermail", "#7c2d12");
        browser = new ConsoleBrowser();
        browser.signIn(ConsoleBrowser.ADMIN_USER, ConsoleBrowser.ADMIN_PASSWORD);
        browser.open("/console/tenants/tenant.xhtml?id=" + ownTenant);
        browser.tab("Console users");
        browser.type("tabs:usersForm:username", ADMIN);
        browser.type("tabs:usersForm:initialPassword", PASSWORD);
        browser.click("tabs:usersForm:createUser");
        browser.waitForText("tabs:usersForm:usersTable", ADMIN);
        browser.signOut();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void tenantAdminSeesTheTenantsOwnBrandInsteadOfSendwell() {
        browser.signIn(ADMIN, PASSWORD);
        assertThat(browser.byId("productName").getText()).isEqualTo("Brightmail " + SUFFIX);
        assertThat(browser.pageText()).doesNotContain("Sendwell");
        assertThat(browser.driver.findElements(org.openqa.selenium.By.id("navTenants"))).isEmpty();
        browser.screenshot("dashboard-tenant-admin");

        browser.click("navMyTenant");
        browser.waitForText("tenantSlug", "brand-" + SUFFIX);
        assertThat(browser.pageText()).doesNotContain("Console users", "Pause");
        browser.screenshot("tenant-admin-own-tenant");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void tenantAdminOpeningAnotherTenantsPageByUrlGetsNotFound() {
        browser.signIn(ADMIN, PASSWORD);
        browser.open("/console/tenants/tenant.xhtml?id=" + otherTenant);
        browser.waitForPageText("This tenant was not found");
        assertThat(browser.pageText()).doesNotContain("Other Shop", "other-" + SUFFIX);
        browser.open("/console/tenants/index.xhtml");
        browser.waitForText("tenantsForm:tenantsTable", "Brand Agency " + SUFFIX);
        assertThat(browser.byId("tenantsForm:tenantsTable").getText()).doesNotContain("Other Shop");
        browser.assertNoJavaScriptErrors("tenant.xhtml?id=" + otherTenant);
    }
}
