package io.sendwell.console;

import io.sendwell.it.ApiClient;
import io.sendwell.it.TestTenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, finding 7: failed sign-ins are throttled per account and per source address (the
 * shipped defaults: 10 failures per account, 50 per address, within 15 minutes). A throttled
 * attempt is refused without its password being checked (so even the right one is refused): the
 * API answers 429 with Retry-After, the console says so, and the audit trail gets one row for the
 * lockout instead of one per guess.
 * Basic-auth tests connect from other loopback addresses (127.0.0.2, ...) so that no lockout here
 * touches 127.0.0.1, which the other ITs use.
 */
class LoginThrottleIT {

    private static final int ACCOUNT_LIMIT = 10;
    private static final int ADDRESS_LIMIT = 50;
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static ConsoleBrowser browser;

    @BeforeAll
    static void open() {
        AdminApi.awaitApplication();
        browser = new ConsoleBrowser();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void basicAuthForAnAccountIsRefusedWith429AndRetryAfterFromAnyAddressOnceItReachesItsLimit() {
        String account = "guess-target-" + SUFFIX;
        for (int i = 0; i < ACCOUNT_LIMIT; i++) {
            assertThat(LoopbackHttp.getWithBasic("127.0.0.3", "/api/v1/tenants", account, "guess " + i).status()).isEqualTo(401);
        }

        LoopbackHttp.Response throttled = LoopbackHttp.getWithBasic("127.0.0.4", "/api/v1/tenants", account, "another guess");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(throttled.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(throttled.header("Set-Cookie")).isEmpty();
        // The operator's own account from an address that did nothing wrong is unaffected.
        assertThat(LoopbackHttp.getWithBasic("127.0.0.4", "/api/v1/tenants", ApiClient.ADMIN_USER, ApiClient.ADMIN_PASSWORD).status())
                .isEqualTo(200);
    }

    @Test
    void anAddressFailingForManyAccountsIsRefusedForEveryAccountEvenWithTheRightPassword() {
        for (int i = 0; i < ADDRESS_LIMIT; i++) {
            LoopbackHttp.Response response = LoopbackHttp.getWithBasic("127.0.0.2", "/api/v1/tenants", "spray-" + i + "-" + SUFFIX, "password");
            assertThat(response.status()).as("attempt %d: %s", i, response).isEqualTo(401);
        }

        LoopbackHttp.Response refused = LoopbackHttp.getWithBasic("127.0.0.2", "/api/v1/tenants", ApiClient.ADMIN_USER, ApiClient.ADMIN_PASSWORD);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 300));
        assertThat(LoopbackHttp.getWithBasic("127.0.0.5", "/api/v1/tenants", ApiClient.ADMIN_USER, ApiClient.ADMIN_PASSWORD).status())
                .isEqualTo(200);
    }

    @Test
    void consoleSignInIsPausedWithAClearMessageAndTheAuditTrailGetsOneRowForTheLockout() {
        TestTenant tenant = TestTenant.create();
        String username = "throttled-" + SUFFIX + "@example.test";
        String password = "the right password " + SUFFIX;
        browser.signIn(ConsoleBrowser.ADMIN_USER, ConsoleBrowser.ADMIN_PASSWORD);
        ConsoleUsers.create(browser, tenant.id(), username, password);
        browser.signOut();

        for (int i = 0; i < ACCOUNT_LIMIT; i++) {
            attemptSignIn(username, "wrong password " + i);
            browser.waitForText("login:loginMessages", "Unknown username or wrong password.");
        }
        for (int i = 0; i < 3; i++) {
            attemptSignIn(username, password);
            browser.waitForText("login:loginMessages", "Too many failed sign-ins");
            assertThat(browser.driver.getCurrentUrl()).contains("/console/login.xhtml");
        }
        assertThat(browser.byId("login:loginMessages").getText()).containsPattern(Pattern.compile("try again in \\d+ (seconds|minute)"));
        browser.screenshot("login-throttled");
        browser.assertNoJavaScriptErrors();

        // The ten checked failures are audited one by one; the refused attempts only through the one lockout row.
        browser.signIn(ConsoleBrowser.ADMIN_USER, ConsoleBrowser.ADMIN_PASSWORD);
        browser.open("/console/audit/index.xhtml");
        browser.waitForText("auditForm:auditTable", "sign-in.throttled");
        assertThat(auditRows("console.sign-in-failed", "username=" + username)).isEqualTo(ACCOUNT_LIMIT);
        assertThat(auditRows("console.signed-in", "username=" + username)).isZero();
        assertThat(auditRows("sign-in.throttled", "account:" + username + " failures=" + ACCOUNT_LIMIT)).isEqualTo(1);
        browser.signOut();
    }

    private static void attemptSignIn(String username, String password) {
        browser.open("/console/login.xhtml");
        browser.type("login:username", username);
        browser.type("login:password", password);
        browser.click("login:signIn");
    }

    private static int auditRows(String action, String detail) {
        return browser.driver.findElements(By.xpath("//tbody[@id='auditForm:auditTable_data']/tr[contains(., '" + action
                + "') and contains(., '" + detail + "')]")).size();
    }
}
