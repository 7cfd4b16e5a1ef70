package io.sendwell.console;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator onboards a tenant in the console, sends a test message to the simulator's complaint
 * address and follows the feedback: the message timeline shows the Complaint, the suppression list
 * the address, the dashboard the complaint in its hourly chart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleFeedbackIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String NAME = "Feedback Shop " + SUFFIX;
    private static final String DOMAIN = "fb-" + SUFFIX + ".test";
    private static final String MAILBOX = "news@" + DOMAIN;
    private static final String COMPLAINT = "complaint@simulator.amazonses.com";
    private static ConsoleBrowser browser;
    private static String tenantId;

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
    void operatorCreatesATenantWithAVerifiedDomainAndAMailbox() {
        browser.open("/console/tenants/index.xhtml");
        browser.click("tenantsForm:newTenant");
        browser.type("createTenantForm:slug", "fb-" + SUFFIX);
        browser.type("createTenantForm:displayName", NAME);
        browser.click("createTenantForm:createTenant");
        browser.waitUntil(d -> !d.findElement(By.id("createTenantDialog")).isDisplayed());
        browser.type("tenantsForm:tenantsTable:nameColumn:filter", SUFFIX);
        browser.waitUntil(d -> d.findElements(By.cssSelector("#tenantsForm\\:tenantsTable_data > tr")).size() == 1);
        browser.waitForText("tenantsForm:tenantsTable", NAME);
        browser.clickLink(NAME);
        browser.waitUntil(d -> d.getCurrentUrl().contains("tenant.xhtml?id="));
        tenantId = browser.driver.getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");

        browser.type("tabs:domainsForm:domainName", DOMAIN);
        browser.click("tabs:domainsForm:addDomain");
        browser.waitForText("tabs:domainsForm:domainsTable", DOMAIN);
        // The simulator verifies after a few seconds anyway; asking it now keeps the test short.
        AdminApi.send(HttpRequest.newBuilder(URI.create(ConsoleBrowser.BASE + "/ses-simulator/sim/identities/" + DOMAIN + "/verify"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        awaitAfterReload("tabs:domainsForm:domainsTable", "VERIFIED", Duration.ofSeconds(40));

        browser.tab("Mailboxes");
        browser.type("tabs:mailboxesForm:address", MAILBOX);
        browser.click("tabs:mailboxesForm:createMailbox");
        browser.waitForText("tabs:mailboxesForm:mailboxesTable", MAILBOX);
        browser.assertNoJavaScriptErrors();
    }

    @Test
    @Order(2)
    void domainsTabShowsTheDnsRecordsWithCopyButtonsAndRunsTheDoctor() {
        browser.open("/console/tenants/tenant.xhtml?id=" + tenantId);
        browser.click("tabs:domainsForm:domainsTable:0:showDns");
        browser.waitForText("tabs:dnsForm:recordsTable", "_domainkey." + DOMAIN);
        assertThat(browser.byId("tabs:dnsForm:recordsTable").getText()).contains("dkim.amazonses.com", "mail." + DOMAIN);
        assertThat(browser.driver.findElements(By.cssSelector("#tabs\\:dnsForm button.sw-copy"))).isNotEmpty();
        browser.click("tabs:dnsForm:checkDns");
        browser.waitForText("tabs:dnsForm:reportTable", "DKIM");
        browser.screenshot("domain-dns-records");
        browser.driver.executeScript("document.getElementById('tabs:dnsForm:reportTable').scrollIntoView()");
        browser.screenshot("domain-dns-doctor");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    @Order(3)
    void testMessageToTheComplaintAddressShowsTheComplaintOnItsTimeline() {
        browser.open("/console/messages/index.xhtml?tenant=" + tenantId);
        browser.waitForText("messagesForm:messagesTable", "No messages match");
        browser.click("messagesForm:openTest");
        browser.click("testForm:sendTest");
        browser.waitForText("testDialog", "Choose the mailbox to send from.");
        assertThat(browser.byId("testDialog").getText()).contains("Enter the address to send to.");

        browser.choose("testForm:testMailbox", 1);
        browser.type("testForm:testTo", COMPLAINT);
        browser.screenshot("messages-test-send");
        browser.click("testForm:sendTest");
        try {
            browser.waitForPageText("Test message queued");
        } finally {
            browser.screenshot("messages-test-sent");
        }
        browser.click("testForm:openSent");

        browser.waitUntil(d -> d.getCurrentUrl().contains("/console/messages/message.xhtml"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("timeline")).getText().contains("Complaint"));
        browser.waitForText("messageStatus", "COMPLAINED");
        assertThat(browser.byId("timeline").getText()).contains("Delivery");
        assertThat(browser.byId("messageForm:recipientsTable").getText()).contains(COMPLAINT);
        browser.screenshot("message-timeline");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    @Order(4)
    void theComplainingAddressIsOnTheSuppressionListAndAManualOneCanBeAddedAndRemoved() {
        browser.open("/console/suppressions/index.xhtml?tenant=" + tenantId);
        browser.waitForText("suppressionsForm:suppressionsTable", COMPLAINT);
        assertThat(browser.byId("suppressionsForm:suppressionsTable").getText()).contains("COMPLAINT");

        browser.click("suppressionsForm:openAdd");
        browser.type("addForm:address", "left@" + DOMAIN);
        browser.type("addForm:detail", "asked by phone");
        browser.click("addForm:add");
        browser.waitForText("suppressionsForm:suppressionsTable", "left@" + DOMAIN);
        browser.screenshot("suppressions");

        browser.type("suppressionsForm:query", "left@");
        browser.click("suppressionsForm:search");
        browser.waitUntil(d -> !d.findElement(By.id("suppressionsForm:suppressionsTable")).getText().contains(COMPLAINT));
        browser.click("suppressionsForm:suppressionsTable:0:remove");
        browser.click("removeForm:confirmRemove");
        browser.waitForText("removeDialog", "Say why the address may be mailed again.");
        browser.type("removeForm:removeReason", "re-subscribed");
        browser.click("removeForm:confirmRemove");
        browser.waitForText("suppressionsForm:suppressionsTable", "Nothing is suppressed");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    @Order(5)
    void dashboardShowsTheComplaintInTheHourlyChartAndTheRatesAgainstTheLevels() {
        browser.open("/console/index.xhtml");
        browser.waitForPageText("Sends per hour");
        assertThat(browser.pageText()).contains("Bounce rate", "Complaint rate", "SES account", "Senders needing attention");
        // PrimeFaces removes its init scripts after running them: ask Chart.js for what it draws.
        Object total = browser.driver.executeScript("const chart = Chart.getChart('sendsChart_canvas');"
                + "const complaints = chart.data.datasets.find(d => d.label === 'Complaints');"
                + "return complaints.data.reduce((a, b) => a + b, 0);");
        assertThat(((Number) total).longValue()).as("complaints in the hourly chart").isGreaterThanOrEqualTo(1);
        browser.screenshot("dashboard-sending");
        browser.assertNoJavaScriptErrors();

        browser.open("/console/enforcement/index.xhtml");
        browser.byId("enforcementForm:historyTable");
        browser.screenshot("enforcement-history");
        browser.assertNoJavaScriptErrors();
    }

    private static void awaitAfterReload(String id, String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            browser.driver.navigate().refresh();
            if (browser.byId(id).getText().contains(text)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(id + " never showed " + text + ": " + browser.byId(id).getText());
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
