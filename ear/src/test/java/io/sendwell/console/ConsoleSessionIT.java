package io.sendwell.console;

import io.sendwell.it.ApiClient;
import io.sendwell.it.Json;
import io.sendwell.it.TestTenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, finding 6: a console session is re-checked on every request. A tenant admin an
 * operator removes, disables or resets is signed out at their next request (not when the session
 * would have timed out); after a forced reset they must choose a new password before anything
 * else; the message page stops polling once the message is settled, so an open tab no longer
 * keeps a session alive forever. The operator and the tenant admin use two browsers.
 */
class ConsoleSessionIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static TestTenant tenant;
    private static ConsoleBrowser operator;
    private static ConsoleBrowser user;

    @BeforeAll
    static void browsers() {
        AdminApi.awaitApplication();
        tenant = TestTenant.create();
        operator = new ConsoleBrowser();
        operator.signIn(ConsoleBrowser.ADMIN_USER, ConsoleBrowser.ADMIN_PASSWORD);
        user = new ConsoleBrowser();
    }

    @AfterEach
    void freshUserBrowser() {
        user.driver.manage().deleteAllCookies();
    }

    @AfterAll
    static void close() {
        operator.close();
        user.close();
    }

    @Test
    void aRemovedTenantAdminIsSignedOutAtTheirNextRequest() {
        String username = newTenantAdmin("removed", "first password " + SUFFIX);
        user.signIn(username, "first password " + SUFFIX);
        user.open("/console/messages/index.xhtml");
        user.waitForText("signedInAs", username);

        ConsoleUsers.act(operator, tenant.id(), username, "removeUser", true, "Console user removed.");

        user.open("/console/messages/index.xhtml");
        assertEndedSession();
    }

    @Test
    void aDisabledTenantAdminIsSignedOutAndCannotSignInUntilEnabledAgain() {
        String password = "first password " + SUFFIX;
        String username = newTenantAdmin("disabled", password);
        user.signIn(username, password);

        ConsoleUsers.act(operator, tenant.id(), username, "disableUser", true, "Console user disabled and signed out.");
        user.open("/console/index.xhtml");
        assertEndedSession();
        attemptSignIn(username, password);
        user.waitForText("login:loginMessages", "Unknown username or wrong password.");

        ConsoleUsers.act(operator, tenant.id(), username, "enableUser", false, "Console user enabled.");
        user.signIn(username, password);
        user.waitForText("signedInAs", username);
    }

    @Test
    void aForcedResetSignsTheUserOutAndTheyMustChooseANewPasswordBeforeAnythingElse() {
        String oldPassword = "first password " + SUFFIX;
        String newPassword = "chosen after reset " + SUFFIX;
        String username = newTenantAdmin("reset", oldPassword);
        user.signIn(username, oldPassword);

        ConsoleUsers.act(operator, tenant.id(), username, "resetPassword", true, "a new password is due at the next sign-in");
        user.open("/console/index.xhtml");
        assertEndedSession();

        user.signIn(username, oldPassword);
        user.waitUntil(d -> d.getCurrentUrl().contains("/console/account/password.xhtml"));
        user.waitForText("passwordForm:resetRequired", "choose a new password");
        user.open("/console/messages/index.xhtml");
        user.waitUntil(d -> d.getCurrentUrl().contains("/console/account/password.xhtml"));

        changePassword(oldPassword, newPassword);
        user.open("/console/messages/index.xhtml");
        user.waitUntil(d -> d.getCurrentUrl().contains("/console/messages/index.xhtml"));
        user.signOut();
        attemptSignIn(username, oldPassword);
        user.waitForText("login:loginMessages", "Unknown username or wrong password.");
        user.signIn(username, newPassword);
        user.waitForText("signedInAs", username);
        user.assertNoJavaScriptErrors();

        List<String> actions = tenant.auditActions();
        assertThat(actions).contains("console-user.password-reset-forced", "console-user.password-changed");
    }

    @Test
    void aUserChangingTheirPasswordEndsTheirOtherSessions() {
        String oldPassword = "first password " + SUFFIX;
        String newPassword = "my own new password " + SUFFIX;
        String username = newTenantAdmin("changer", oldPassword);
        ConsoleBrowser other = new ConsoleBrowser();
        try {
            other.signIn(username, oldPassword);
            user.signIn(username, oldPassword);
            user.click("userForm:navPassword"); // a link in the header, not a form button
            user.waitUntil(d -> d.getCurrentUrl().contains("/console/account/password.xhtml"));
            assertThat(user.pageText()).doesNotContain("An operator has asked you");
            changePassword(oldPassword, newPassword);

            other.open("/console/index.xhtml");
            other.waitUntil(d -> d.getCurrentUrl().contains("/console/login.xhtml"));
            user.open("/console/index.xhtml");
            user.waitForText("signedInAs", username);
        } finally {
            other.close();
        }
        assertThat(tenant.auditActions()).contains("console-user.password-changed");
    }

    @Test
    void theMessagePageStopsPollingOnceTheMessageIsSettled() {
        String domain = TestTenant.uniqueDomain();
        String domainId = tenant.addDomain(domain).getString("id");
        AdminApi.send(HttpRequest.newBuilder(URI.create(ConsoleBrowser.BASE + "/ses-simulator/sim/identities/" + domain + "/verify"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        await(() -> "VERIFIED".equals(tenant.api().get(tenant.path("/domains/" + domainId)).expect(200).json().getString("status")));
        tenant.addMailbox("hello@" + domain);
        // A settled message without waiting for SNS feedback (which a loaded machine can delay for
        // minutes): SES no longer knows the domain, so it refuses the message for good (FAILED).
        AdminApi.send(HttpRequest.newBuilder(URI.create(ConsoleBrowser.BASE + "/ses-simulator/v2/email/identities/" + domain))
                .DELETE().build());
        String messageId = tenant.api().post("/messages", Json.object("from", "hello@" + domain,
                        "to", Json.array("success@simulator.amazonses.com"), "subject", "poll " + SUFFIX, "text", "Hello"))
                .expect(202).json().getString("id");
        await(() -> "FAILED".equals(tenant.api().get("/messages/" + messageId).expect(200).json().getString("status")));

        operator.open("/console/messages/message.xhtml?id=" + messageId);
        operator.waitForText("messageStatus", "FAILED");
        operator.waitForText("messageForm:pollState", "Final");
        Object active = operator.driver.executeScript("return PF('messagePoll').isActive()");
        assertThat(active).isEqualTo(Boolean.FALSE);
        operator.assertNoJavaScriptErrors();
    }

    private static String newTenantAdmin(String label, String password) {
        String username = label + "-" + SUFFIX + "@example.test";
        ConsoleUsers.create(operator, tenant.id(), username, password);
        return username;
    }

    private static void assertEndedSession() {
        user.waitUntil(d -> d.getCurrentUrl().contains("/console/login.xhtml"));
        user.waitForText("login:sessionEnded", "Your session has ended");
    }

    private static void attemptSignIn(String username, String password) {
        user.open("/console/login.xhtml");
        user.type("login:username", username);
        user.type("login:password", password);
        user.click("login:signIn");
    }

    private static void changePassword(String current, String chosen) {
        user.type("passwordForm:currentPassword", current);
        user.type("passwordForm:newPassword", chosen);
        user.type("passwordForm:repeatedPassword", chosen);
        user.click("passwordForm:changePassword");
        user.waitForText("passwordForm:passwordChanged", "Your password has been changed");
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        // Generous: right after start-up on a loaded machine the first SES feedback can take a minute.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not reached within 120 s");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
