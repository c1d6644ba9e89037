package vn.hoalac.portal.it;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Debian's Chromium, headless, driven by Debian's chromedriver (nothing is downloaded). */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;

    public Browser() {
        try {
            profile = Files.createTempDirectory("portal-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1366,900", "--lang=vi", "--user-data-dir=" + profile);
        // the console, to find Content-Security-Policy violations (a script or handler the browser refused)
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Lays the pages out as a device of this size would: below 768 px as a phone (its viewport meta tag honoured,
     * touch), otherwise as a desktop window. Stays for the following pages.
     */
    public Browser viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 768));
        return this;
    }

    public Browser open(String path) {
        if (path.startsWith("/search.xhtml") || path.startsWith("/documents/index.xhtml")) {
            Library.awaitIndexed(); // both pages answer from the search index
        }
        driver.get(Portal.url(path));
        return this;
    }

    /** Fills in Keycloak's own login form (fields #username, #password, button #kc-login). */
    public Browser loginOnKeycloak(String username, String password) {
        waitFor(By.id("kc-login"));
        assertOnKeycloak();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        return this;
    }

    /** Opens the portal's home page and logs in through Keycloak; returns once the home page shows. */
    public Browser loginAs(String username) {
        open("/");
        loginOnKeycloak(username, "demo123");
        waitFor(By.id("welcome"));
        return this;
    }

    public void assertOnKeycloak() {
        String current = driver.getCurrentUrl();
        if (current == null || !current.startsWith(Portal.issuer() + "/protocol/openid-connect/auth")) {
            throw new AssertionError("expected Keycloak's login page, got " + current);
        }
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Opens every tab of the page's tab views in turn, waiting for each one's content (the plan page draws a tab only
     * when it is first opened), then the first one again: afterwards the page holds what each tab shows.
     */
    public Browser openEveryTab() {
        List<WebElement> tabs = driver.findElements(By.cssSelector(".ui-tabs-nav > li > a[href^='#']"));
        List<String> panels = tabs.stream().map(a -> a.getAttribute("href").substring(a.getAttribute("href").indexOf('#') + 1)).toList();
        for (int i = 0; i < panels.size(); i++) {
            String panel = panels.get(i);
            driver.findElement(By.cssSelector(".ui-tabs-nav > li > a[href='#" + panel.replace(":", "\\:") + "']")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
                WebElement content = d.findElement(By.id(panel));
                return content.isDisplayed() && !content.findElements(By.xpath("./*")).isEmpty();
            });
        }
        if (!panels.isEmpty()) {
            driver.findElement(By.cssSelector(".ui-tabs-nav > li > a[href='#" + panels.get(0).replace(":", "\\:") + "']")).click();
        }
        return this;
    }

    public String text(By locator) {
        return waitFor(locator).getText();
    }

    /** The browser's cookies for the portal, as a Cookie header (to look at status codes with a plain HTTP client). */
    public String cookieHeader() {
        return driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** Saves a screenshot to target/screenshots/NAME.png (for a person to look at). */
    public void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target/screenshots"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The portal's Content-Security-Policy violations the browser reported since the last call (and forgets them). */
    public List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                // a page's own markup is reported with its URL, code added later as "security N …"; Keycloak's pages are not ours
                .filter(m -> m.contains("Content Security Policy") && (m.startsWith(Portal.url("/")) || !m.startsWith("http")))
                .toList();
    }

    /**
     * Quits the browser; fails when a page of the portal broke its Content-Security-Policy during the test (the
     * browser refused a script or an inline handler: a feature that silently does nothing for its user).
     */
    @Override
    public void close() {
        List<String> violations = List.of();
        try {
            violations = cspViolations();
        } catch (org.openqa.selenium.WebDriverException gone) {
            // the browser already crashed: the test reports that itself
        }
        quit();
        if (!violations.isEmpty()) {
            throw new AssertionError("the browser refused scripts of the portal (Content-Security-Policy): " + violations);
        }
    }

    private void quit() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }

    /** Waits until the page's messages say {@code text}; they are re-rendered by every ajax answer, so a node replaced while read is read again. */
    public void awaitMessage(String text) {
        awaitMessage(text, Duration.ofSeconds(30));
    }

    /**
     * Waits until the page is in {@code language} ({@code html lang}): the language switch reloads the page, so an
     * element read while it goes is stale and is read again.
     */
    public void awaitLanguage(String language) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> language.equals(d.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang")));
    }

    /** Waits up to {@code timeout} until the page's messages hold {@code text}. */
    public void awaitMessage(String text, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> {
            try {
                return d.findElement(org.openqa.selenium.By.id("messages")).getText().contains(text);
            } catch (org.openqa.selenium.WebDriverException replaced) {
                return false;
            }
        });
    }
}
