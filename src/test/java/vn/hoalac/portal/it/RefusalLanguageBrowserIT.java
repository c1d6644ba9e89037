package vn.hoalac.portal.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal of the application reads in the language the user chose for the pages, whatever the browser prefers:
 * the English UI shows English problems (no Vietnamese sentence written in Java any more), the Vietnamese UI
 * Vietnamese ones, also for a refusal met while the page is being opened.
 */
@ExtendWith(PortalStackExtension.class)
class RefusalLanguageBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static String body(Browser browser) {
        return browser.text(By.tagName("body"));
    }

    @Test
    void theEnglishUiSaysWhatIsWrongInEnglishAndKeepsWhatWasTyped() {
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.driver().findElement(By.id("language:lang-en")).click();
            // the switch is a request of its own: the next page is asked for once it answered
            park.awaitLanguage("en");
            park.open("/plans/index.xhtml");
            park.waitFor(By.id("plans:open-create")).click();
            park.waitFor(By.id("create:code")).sendKeys("mã sai");
            park.driver().findElement(By.id("create:title")).sendKeys("A plan with a bad code");
            park.driver().findElement(By.id("create:create-button")).click();
            // the page checks the code with the application's own pattern before sending it: the field says what is wrong
            new WebDriverWait(park.driver(), WAIT).until(d -> body(park).contains("Plan code: only letters without diacritics"));
            assertThat(body(park)).doesNotContain("không hợp lệ").doesNotContain("chữ cái không dấu").doesNotContain("form.planCodeInvalid");
            assertThat(park.driver().findElement(By.id("create:code")).getAttribute("value")).as("what was typed stays").isEqualTo("mã sai");
            park.screenshot("refusal-english");

            // a refusal of the record's state too: a code that is taken
            park.driver().findElement(By.id("create:code")).clear();
            park.driver().findElement(By.id("create:code")).sendKeys("DA-HOALAC-2030");
            park.driver().findElement(By.id("create:create-button")).click();
            new WebDriverWait(park.driver(), WAIT).until(d -> body(park).contains("A plan with the code DA-HOALAC-2030 exists already"));
            assertThat(body(park)).doesNotContain("Đã có đề án");
        }
    }

    @Test
    void theVietnameseUiSpeaksVietnameseEvenToABrowserThatPrefersEnglish() {
        long id = Plans.createWithSection("Đề án so sánh khi thiếu dự thảo", "c1", "Chương I", "<p>Nội dung</p>");
        Plans.submit(id, LocalDate.now().plusDays(10), "DHBK");
        try (Browser park = new Browser()) {
            ((ChromeDriver) park.driver()).executeCdpCommand("Network.enable", Map.of());
            ((ChromeDriver) park.driver()).executeCdpCommand("Network.setExtraHTTPHeaders",
                    Map.of("headers", Map.of("Accept-Language", "en-US,en;q=0.9")));
            park.loginAs("bql.soan");
            // a refusal met while the page opens (its view action), before the page's language is applied to the view
            park.open("/plans/compare.xhtml?id=" + id + "&from=1&to=7");
            new WebDriverWait(park.driver(), WAIT).until(d -> body(park).contains("Không tìm thấy dự thảo lần 7 của đề án " + id));
            assertThat(park.text(By.id("messages"))).startsWith("Không tìm thấy").doesNotContain("Not found");
            park.screenshot("compare-not-found-vietnamese");
        }
    }
}
