package io.sendwell.console;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A platform operator runs the platform through the console, from an empty tenant to a working mailbox. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleOperatorIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String SLUG = "ui-" + SUFFIX;
    private static final String NAME = "Console Agency " + SUFFIX;
    private static final String DOMAIN = "ui-" + SUFFIX + ".test";
    private static ConsoleBrowser browser;

    @BeforeAll
    static void signIn() {
        browser = new ConsoleBrowser();
        browser.signIn(ConsoleBrowser.ADMIN_USER, ConsoleBrowser.ADMIN_PASSWORD);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    @Order(1)
    void operatorLandsOnTheDashboardWithSendwellBranding() {
        assertThat(browser.driver.getCurrentUrl()).endsWith("/console/index.xhtml");
        assertThat(browser.byId("productName").getText()).isEqualTo("Sendwell");
        assertThat(browser.pageText()).contains("Tenants", "Domains", "Mailboxes");
        browser.screenshot("dashboard-operator");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    @Order(2)
    void newTenantDialogShowsValidationMessagesNextToTheFields() {
        browser.open("/console/tenants/index.xhtml");
        browser.click("tenantsForm:newTenant");
        browser.click("createTenantForm:createTenant");
        browser.waitForText("createTenantDialog", "A slug is required");
        assertThat(browser.byId("createTenantDialog").getText()).contains("A display name is required.");
        browser.click("createTenantForm:cancelCreate");
    }

    @Test
    @Order(3)
    void operatorCreatesATenantAndFindsItWithTheFilter() {
        browser.open("/console/tenants/index.xhtml");
        browser.click("tenantsForm:newTenant");
        browser.type("createTenantForm:slug", SLUG);
        browser.type("createTenantForm:displayName", NAME);
        browser.type("createTenantForm:productName", "Mail by " + SUFFIX);
        browser.type("createTenantForm:primaryColor", "#0b6e4f");
        browser.screenshot("tenant-create-dialog");
        browser.click("createTenantForm:createTenant");
        browser.waitUntil(d -> !d.findElement(org.openqa.selenium.By.id("createTenantDialog")).isDisplayed());

        // Filter first: with other ITs' tenants the new one need not be on the first page.
        browser.type("tenantsForm:tenantsTable:nameColumn:filter", SUFFIX);
        browser.waitUntil(d -> d.findElements(By.cssSelector("#tenantsForm\\:tenantsTable_data > tr")).size() == 1);
        browser.waitForText("tenantsForm:tenantsTable", NAME);
        browser.screenshot("tenants");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    @Order(4)
    void operatorAddsADomainAndAMailboxAndSeesThemListed() {
        browser.clickLink(NAME);
        browser.waitForText("tenantSlug", SLUG);

        browser.type("tabs:domainsForm:domainName", DOMAIN);
        browser.click("tabs:domainsForm:addDomain");
        browser.waitForText("tabs:domainsForm:domainsTable", DOMAIN);
        assertThat(browser.byId("tabs:domainsForm:domainsTable").getText()).contains("PENDING", "mail." + DOMAIN);

        browser.tab("Mailboxes");
        browser.type("tabs:mailboxesForm:address", "hello@" + DOMAIN);
        browser.click("tabs:mailboxesForm:createMailbox");
        browser.waitForText("tabs:mailboxesForm:mailboxesTable", "hello@" + DOMAIN);
        assertThat(browser.byId("tabs:mailboxesForm:mailboxesTable").getText()).contains("ACTIVE");
        browser.screenshot("tenant-mailboxes");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    @Order(5)
    void pausingAMailboxAsksForConfirmationFirst() {
        browser.click("tabs:mailboxesForm:mailboxesTable:0:pauseMailbox");
        browser.byId("confirmForm:confirmDialog");
        assertThat(browser.byId("tabs:mailboxesForm:mailboxesTable").getText()).doesNotContain("PAUSED");
        browser.confirm();
        browser.waitForText("tabs:mailboxesForm:mailboxesTable", "PAUSED");
    }

    @Test
    @Order(6)
    void aNewApiKeyIsShownOnceAndListedWithoutItsSecret() {
        browser.tab("API keys");
        browser.type("tabs:apiKeysForm:keyName", "crm");
        browser.click("tabs:apiKeysForm:createKey");
        String key = browser.waitUntil(d -> {
            String value = browser.byId("tabs:issuedKeyForm:issuedKey").getAttribute("value");
            return value != null && value.startsWith("sw_") ? value : null;
        });
        browser.screenshot("api-key-shown-once");
        browser.click("tabs:issuedKeyForm:closeIssuedKey");
        browser.waitForText("tabs:apiKeysForm:keysTable", "crm");
        assertThat(browser.pageText()).doesNotContain(key);
    }

    @Test
    @Order(7)
    void operatorCreatesATenantAdmin() {
        browser.tab("Console users");
        browser.type("tabs:usersForm:username", "admin@" + DOMAIN);
        browser.type("tabs:usersForm:initialPassword", "a long initial password");
        browser.click("tabs:usersForm:createUser");
        browser.waitForText("tabs:usersForm:usersTable", "admin@" + DOMAIN);
        browser.assertNoJavaScriptErrors();
    }

    @Test
    @Order(8)
    void auditLogShowsWhatWasDone() {
        browser.open("/console/index.xhtml");
        browser.waitForPageText("Mailboxes per tenant");
        browser.screenshot("dashboard-with-tenants");
        browser.open("/console/audit/index.xhtml");
        browser.waitForText("auditForm:auditTable", "console-user.created");
        assertThat(browser.byId("auditForm:auditTable").getText()).contains("mailbox.created", "domain.added");
        browser.screenshot("audit-log");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    @Order(9)
    void signingOutEndsTheSession() {
        browser.open("/console/index.xhtml");
        browser.signOut();
        browser.waitForPageText("You have signed out");
        browser.open("/console/tenants/index.xhtml");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/console/login.xhtml"));
    }
}
