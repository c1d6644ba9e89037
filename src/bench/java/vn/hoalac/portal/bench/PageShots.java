package vn.hoalac.portal.bench;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Screenshots of pages as a person sees them, for looking at by hand: logs in as a demo user through Keycloak and saves
 * each page at desktop (1440×900) and phone (390×844) width, in Vietnamese and then in English, to target/shots.
 * Against a running portal (./mvnw -Pstart):
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.hoalac.portal.bench.PageShots \
 *   -Dexec.args="bql.soan /search.xhtml?q=hoa+lac /documents/index.xhtml"</pre>
 * With {@code -Dshots.click="css|css"} it clicks those elements in order on each page before its shot (a dialog open).
 * Options (system properties): {@code -Dshots.sizes=390x844,1440x900} (a width below 768 is laid out as a phone, with
 * its viewport and touch), {@code -Dshots.languages=vi,en}, {@code -Dshots.full=true} for the whole page's height
 * instead of the first screen. A page given as {@code PATH@CSS} (e.g. {@code /plans/plan.xhtml?id=1@a[href='#tabs:tab-targets']})
 * is shot after a click on the first element matching CSS (a tab, a button that opens a panel).
 */
public final class PageShots {

    public static void main(String[] args) throws Exception {
        String user = args[0];
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=vi",
                "--window-size=1440,900");
        WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        Path dir = Files.createDirectories(Path.of("target/shots"));
        try {
            driver.get(BenchHttp.PORTAL + "/");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
            driver.findElement(By.id("username")).sendKeys(user);
            driver.findElement(By.id("password")).sendKeys("demo123");
            driver.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
            boolean full = Boolean.getBoolean("shots.full");
            for (String language : System.getProperty("shots.languages", "vi,en").split(",")) {
                // the language switch is behind the menu button on a phone: switch at desktop size
                driver.manage().window().setSize(new Dimension(1440, 900));
                ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
                driver.get(BenchHttp.PORTAL + "/");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("language:lang-" + language))).click();
                Thread.sleep(1000);
                for (int a = 1; a < args.length; a++) {
                    for (String sizeText : System.getProperty("shots.sizes", "1440x900,390x844").split(",")) {
                        String[] wh = sizeText.split("x");
                        int[] size = {Integer.parseInt(wh[0]), Integer.parseInt(wh[1])};
                        driver.manage().window().setSize(new Dimension(Math.max(size[0], 800), size[1]));
                        metrics(driver, size[0], size[1]);
                        String[] page = args[a].split("@", 2);
                        driver.get(BenchHttp.PORTAL + page[0]);
                        Thread.sleep(1500);
                        if (page.length > 1 && driver.findElement(By.cssSelector(page[1])).isDisplayed()) { // a phone's button
                            driver.findElement(By.cssSelector(page[1])).click();
                            Thread.sleep(1500); // a tab drawn when first opened comes by ajax
                        }
                        // -Dshots.click="css1|css2": click these in order before the shot (a radio, then a button that opens a dialog)
                        for (String css : System.getProperty("shots.click", "").split("\\|")) {
                            if (!css.isBlank()) {
                                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                                        driver.findElement(By.cssSelector(css)));
                                driver.findElement(By.cssSelector(css)).click();
                                Thread.sleep(1200);
                            }
                        }
                        if (full) {
                            long height = ((Number) ((ChromeDriver) driver).executeScript(
                                    "return document.documentElement.scrollHeight")).longValue();
                            metrics(driver, size[0], (int) Math.min(height, 6000));
                            Thread.sleep(300);
                        }
                        String name = (args[a].equals("/") ? "home" : args[a].replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "")) + "-" + language + "-" + size[0] + ".png";
                        Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                        System.out.println("target/shots/" + name);
                    }
                }
            }
        } finally {
            driver.quit();
        }
    }

    private static void metrics(WebDriver driver, int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 768));
    }
}
