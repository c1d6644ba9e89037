package vn.hoalac.portal.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each demo user logs in on Keycloak's own login page and lands on a home page and menu fitted to their role. */
@ExtendWith(PortalStackExtension.class)
class LoginIT {

    @ParameterizedTest(name = "{0} sees a home page for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            bql.soan     | Nguyễn Văn Soạn  | Ban quản lý Khu công nghệ cao Hòa Lạc (BQL)     | Ban quản lý (soạn thảo Đề án) | false
            dhbk.gopy    | Trần Minh Hải    | Đại học Bách khoa Hà Nội (DHBK)                 | Trường đại học (góp ý)        | false
            dhqg.gopy    | Lê Thu Hà        | Đại học Quốc gia Hà Nội (DHQGHN)                | Trường đại học (góp ý)        | false
            hvnn.gopy    | Phạm Đức Thắng   | Học viện Nông nghiệp Việt Nam (HVNN)            | Trường đại học (góp ý)        | false
            bcd.pheduyet | Đặng Quốc Duyệt  | Ban Chỉ đạo Chương trình 07-CTr/TU (BCD07)      | Ban Chỉ đạo (phê duyệt)       | false
            quantri      | Bùi Quang Trị    | Ban quản lý Khu công nghệ cao Hòa Lạc (BQL)     | Quản trị hệ thống             | true
            """)
    void demoUserLogsInThroughKeycloakAndSeesTheirHomePage(String username, String name, String organization, String role,
                                                           boolean seesAdministration) {
        try (Browser browser = new Browser()) {
            browser.open("/");
            browser.assertOnKeycloak();
            browser.loginOnKeycloak(username, "demo123");

            assertThat(browser.text(By.id("welcome"))).isEqualTo("Xin chào, " + name);
            assertThat(browser.text(By.id("user-organization"))).isEqualTo(organization);
            assertThat(browser.text(By.id("user-role"))).isEqualTo(role);
            assertThat(browser.text(By.id("current-user"))).isEqualTo(name);
            assertThat(browser.driver().getTitle()).contains("Cổng điều hành Đề án Khu công nghệ cao Hòa Lạc");
            assertThat(browser.driver().findElements(By.cssSelector(".capability"))).hasSize(1);

            List<String> menu = browser.driver().findElements(By.cssSelector("#nav\\:menubar .ui-menuitem-text"))
                    .stream().map(e -> e.getAttribute("textContent").trim()).toList();
            if (seesAdministration) {
                assertThat(menu).containsExactly("Trang chủ", "Thư viện tài liệu", "Tìm kiếm", "Nhật ký hệ thống", "Quản trị", "Tổ chức",
                        "Tình trạng hệ thống", "Thư điện tử", "Cụm máy chủ");
            } else if (username.equals("bcd.pheduyet")) {
                assertThat(menu).containsExactly("Trang chủ", "Đề án", "Thỏa thuận hợp tác", "Đề xuất", "Thư viện tài liệu", "Tìm kiếm",
                        "Nhật ký hệ thống");
            } else {
                assertThat(menu).containsExactly("Trang chủ", "Đề án", "Thỏa thuận hợp tác", "Đề xuất", "Thư viện tài liệu", "Tìm kiếm");
            }
            browser.screenshot("home-" + username);
        }
    }

    @Test
    void aDeepLinkSurvivesTheLogin() {
        try (Browser browser = new Browser()) {
            browser.open("/admin/organizations.xhtml");
            browser.loginOnKeycloak("quantri", "demo123");
            browser.waitFor(By.id("organizations"));
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(Portal.url("/admin/organizations.xhtml"));
        }
    }

    @Test
    void aWrongPasswordIsRefusedOnTheKeycloakPage() {
        try (Browser browser = new Browser()) {
            browser.open("/");
            browser.loginOnKeycloak("bql.soan", "wrong-password");
            WebElement error = browser.waitFor(By.cssSelector("[id^='input-error']"));
            assertThat(error.getText()).isEqualTo("Tên người dùng hoặc mật khẩu không hợp lệ.");
            assertThat(browser.driver().getCurrentUrl()).startsWith(Portal.issuer() + "/login-actions/");
            assertThat(browser.driver().findElements(By.id("welcome"))).isEmpty();
        }
    }

    @Test
    void logoutEndsTheKeycloakSessionToo() {
        try (Browser browser = new Browser()) {
            browser.loginAs("bql.soan");
            browser.driver().findElement(By.id("logout-button")).click();
            browser.waitFor(By.id("logged-out-title"));
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(Portal.url("/logged-out.xhtml"));

            // were the Keycloak session alive, this would log straight back in without a form
            browser.driver().findElement(By.id("login-again")).click();
            browser.waitFor(By.id("kc-login"));
            browser.assertOnKeycloak();
        }
    }

    @Test
    void theLanguageSwitchesToEnglishAndBack() {
        try (Browser browser = new Browser()) {
            browser.loginAs("dhbk.gopy");
            browser.driver().findElement(By.id("language:lang-en")).click();
            assertThat(browser.text(By.id("welcome"))).isEqualTo("Welcome, Trần Minh Hải");
            assertThat(browser.text(By.id("user-organization"))).isEqualTo("Hanoi University of Science and Technology (DHBK)");
            assertThat(browser.text(By.id("user-role"))).isEqualTo("University (review)");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            browser.screenshot("home-english");

            browser.driver().findElement(By.id("language:lang-vi")).click();
            assertThat(browser.text(By.id("welcome"))).isEqualTo("Xin chào, Trần Minh Hải");
        }
    }

    @Test
    void theLoginPageCarriesThePortalsNameAndColoursInVietnameseByDefaultAndEnglishOnChoosingIt() {
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.manage().window().setSize(new Dimension(1440, 900));
            browser.open("/");
            browser.waitFor(By.id("kc-login"));
            browser.assertOnKeycloak();

            // the portal's name and Vietnamese, Keycloak's own words included
            assertThat(flat(browser.text(By.id("kc-header-wrapper"))))
                    .startsWith("Cổng điều hành Đề án Khu công nghệ cao Hòa Lạc")
                    .contains("Chương trình 07-CTr/TU của Thành ủy Hà Nội");
            assertThat(driver.getTitle()).isEqualTo("Đăng nhập - Cổng điều hành Đề án Khu công nghệ cao Hòa Lạc");
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
            assertThat(browser.text(By.id("kc-page-title"))).isEqualTo("Đăng nhập vào Cổng điều hành");
            assertThat(browser.text(By.id("kc-login"))).isEqualTo("Đăng nhập");
            assertThat(driver.findElement(By.cssSelector("label[for='password']")).getText()).contains("Mật khẩu");
            // the portal's colours: its red on the button, no Keycloak background picture
            assertThat(driver.findElement(By.id("kc-login")).getCssValue("background-color")).isEqualTo("rgba(165, 28, 28, 1)");
            assertThat(driver.findElement(By.tagName("body")).getCssValue("background-image")).isEqualTo("none");
            assertThat(driver.findElement(By.id("kc-header-wrapper")).getCssValue("color")).isEqualTo("rgba(165, 28, 28, 1)");
            browser.screenshot("login-vi-1440");
            driver.manage().window().setSize(new Dimension(390, 844));
            assertThat(browser.waitFor(By.id("username")).getRect().getWidth()).as("the form fits a phone").isLessThan(390);
            browser.screenshot("login-vi-390");
            driver.manage().window().setSize(new Dimension(1440, 900));

            // English on choosing it in the page's language list
            WebElement languages = browser.waitFor(By.id("login-select-toggle"));
            WebElement english = languages.findElements(By.tagName("option")).stream()
                    .filter(o -> o.getAttribute("value").contains("kc_locale=en")).findFirst().orElseThrow();
            new Select(languages).selectByValue(english.getAttribute("value"));
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            assertThat(flat(browser.text(By.id("kc-header-wrapper"))))
                    .startsWith("Hoa Lac Hi-Tech Park Development Plan Portal")
                    .contains("Programme 07-CTr/TU of the Hanoi Party Committee");
            assertThat(driver.getTitle()).isEqualTo("Sign in - Hoa Lac Hi-Tech Park Development Plan Portal");
            assertThat(browser.text(By.id("kc-page-title"))).isEqualTo("Sign in to the portal");
            assertThat(browser.text(By.id("kc-login"))).isEqualTo("Sign In");
            browser.screenshot("login-en-1440");
            driver.manage().window().setSize(new Dimension(390, 844));
            browser.screenshot("login-en-390");

            // and the English page still logs in
            driver.manage().window().setSize(new Dimension(1440, 900));
            browser.waitFor(By.id("username")).sendKeys("bql.soan");
            driver.findElement(By.id("password")).sendKeys("demo123");
            driver.findElement(By.id("kc-login")).click();
            browser.waitFor(By.id("welcome"));
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
