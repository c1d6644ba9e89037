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
 * With {@code -Dshots.full=true} each shot holds the whole page (up to 4000 px tall) instead of the first screen.
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
            for (String language : new String[] {"vi", "en"}) {
                if (language.equals("en")) {
                    driver.findElement(By.linkText("English")).click();
                    Thread.sleep(1000);
                }
                for (int a = 1; a < args.length; a++) {
                    for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
                        driver.manage().window().setSize(new Dimension(size[0], size[1]));
                        driver.get(BenchHttp.PORTAL + args[a]);
                        Thread.sleep(1500);
                        if (Boolean.getBoolean("shots.full")) { // -Dshots.full=true: the whole page, up to 4000 px tall
                            long height = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                                    .executeScript("return document.documentElement.scrollHeight");
                            driver.manage().window().setSize(new Dimension(size[0], (int) Math.min(4000, Math.max(size[1], height))));
                            Thread.sleep(500);
                        }
                        String name = args[a].replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + "-" + language + "-" + size[0] + ".png";
                        Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                        System.out.println("target/shots/" + name);
                    }
                }
            }
        } finally {
            driver.quit();
        }
    }
}
