package io.sendwell.console;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium from the OS packages driving the console (set up as STACK-NOTES says, so
 * Selenium Manager never downloads anything), with the waits and checks every console IT needs.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final String BASE = "http://localhost:" + System.getProperty("http.port", "9380");
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "change-me-now";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final Path profile;

    ConsoleBrowser() {
        try {
            profile = Files.createTempDirectory("sendwell-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    void open(String path) {
        driver.get(BASE + path);
    }

    void signIn(String username, String password) {
        open("/console/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        byId("login:signIn").click();
        waitUntil(d -> !d.getCurrentUrl().contains("/console/login.xhtml"));
    }

    void signOut() {
        byId("userForm:logout").click();
        waitUntil(d -> d.getCurrentUrl().contains("/console/login.xhtml"));
    }

    WebElement byId(String id) {
        return waitUntil(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
        });
    }

    void type(String id, String text) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(text);
    }

    void click(String id) {
        byId(id).click();
    }

    /** Waits until the element's text contains {@code expected}; PrimeFaces re-renders replace elements. */
    void waitForText(String id, String expected) {
        waitUntil(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            return !found.isEmpty() && found.get(0).getText().contains(expected);
        });
    }

    void waitForPageText(String expected) {
        waitUntil(d -> d.findElement(By.tagName("body")).getText().contains(expected));
    }

    /** Clicks a link by its text, retrying while an Ajax update replaces it. */
    void clickLink(String text) {
        waitUntil(d -> {
            d.findElement(By.linkText(text)).click();
            return true;
        });
    }

    /** Opens a tab of a p:tabView by its title. */
    void tab(String title) {
        waitUntil(d -> {
            d.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']")).click();
            return true;
        });
    }

    /**
     * Chooses an item of a p:selectOneMenu by its position: opens the menu, waits for the item to
     * be shown (the panel animates open), clicks it, and retries until the menu's label shows it.
     */
    void choose(String menuId, int itemIndex) {
        waitUntil(d -> {
            List<WebElement> items = d.findElements(By.id(menuId + "_" + itemIndex));
            if (items.isEmpty() || !items.get(0).isDisplayed()) {
                d.findElement(By.id(menuId)).click(); // the panel (and its items) appear on opening
                return null;
            }
            WebElement item = items.get(0);
            item.click();
            // the hidden <select> behind the widget says what is chosen
            Object selected = driver.executeScript("return document.getElementById(arguments[0]).selectedIndex", menuId + "_input");
            return selected instanceof Number n && n.intValue() == itemIndex ? Boolean.TRUE : null;
        });
    }

    /** Clicks "Yes" in the shared confirmation dialog. */
    void confirm() {
        click("confirmForm:confirmYes");
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For diagnosing a failed check: the page's HTML next to the screenshots. */
    void saveSource(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every console page must run without script errors (and without broken resources). */
    void assertNoJavaScriptErrors(String... expectedFailures) {
        List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> List.of(expectedFailures).stream().noneMatch(message::contains))
                .toList();
        assertThat(severe).as("browser console errors").isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a left-over temp profile is harmless
        }
    }
}
