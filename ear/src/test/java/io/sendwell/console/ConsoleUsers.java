package io.sendwell.console;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Console users set up and managed as an operator would: in the tenant page's "Console users" tab. */
final class ConsoleUsers {

    private ConsoleUsers() {
    }

    /** The operator's browser must be signed in. */
    static void create(ConsoleBrowser operator, String tenantId, String username, String password) {
        open(operator, tenantId);
        operator.type("tabs:usersForm:username", username);
        operator.type("tabs:usersForm:initialPassword", password);
        operator.click("tabs:usersForm:createUser");
        operator.waitForText("tabs:usersForm:usersTable", username);
    }

    /** Clicks one of a user's row buttons (resetPassword, disableUser, enableUser, removeUser), confirming if asked. */
    static void act(ConsoleBrowser operator, String tenantId, String username, String button, boolean confirm, String expectedMessage) {
        open(operator, tenantId);
        operator.waitForText("tabs:usersForm:usersTable", username);
        operator.waitUntil(d -> {
            WebElement row = d.findElement(By.xpath("//tbody[@id='tabs:usersForm:usersTable_data']/tr[.//span[@class='sw-console-username' and text()='"
                    + username + "']]"));
            row.findElement(By.cssSelector("button[id$=':" + button + "']")).click();
            return true;
        });
        if (confirm) {
            operator.confirm();
        }
        operator.waitForPageText(expectedMessage);
    }

    private static void open(ConsoleBrowser operator, String tenantId) {
        operator.open("/console/tenants/tenant.xhtml?id=" + tenantId);
        operator.tab("Console users");
    }
}
