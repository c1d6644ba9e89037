package vn.hoalac.portal.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sent from a page the server no longer holds (the session keeps a person's eight newest pages, web.xml; and a
 * page drawn by an instance that died an instant later never reached the data grid) is refused as expired: the page
 * says so, tells the person to reload instead of "try again" (which would meet the same answer forever), keeps what
 * they typed, and after a reload the same form is saved.
 */
@ExtendWith(PortalStackExtension.class)
class ExpiredPageBrowserIT {

    private static final String EXPIRED = "Trang này đã hết hiệu lực trên máy chủ nên thay đổi của bạn chưa được lưu. "
            + "Hãy sao chép nội dung đã nhập, tải lại trang rồi gửi lại.";
    private static final By BODY = By.cssSelector("section.version-section textarea[id$=':body']");
    private static final By SEND = By.cssSelector("section.version-section button[id$=':comment']");

    @Test
    void aCommentSentFromAnExpiredPageSaysToReloadKeepsTheTextAndIsSavedAfterTheReload() {
        long id = Plans.createWithSection("Đề án thử trang hết hiệu lực", "s1", "Chương I", "<p>Khu công nghệ cao Hòa Lạc.</p>");
        int n = Plans.submit(id, LocalDate.now().plusDays(5), "DHBK");
        String page = "/plans/version.xhtml?id=" + id + "&n=" + n;
        String typed = "Đề nghị bổ sung lộ trình thu hút doanh nghiệp công nghệ cao giai đoạn 2026-2030.";
        try (Browser reviewer = new Browser()) {
            reviewer.loginAs("dhbk.gopy");
            reviewer.open(page);
            String first = reviewer.driver().getWindowHandle();
            WebElement field = reviewer.waitFor(BODY);
            field.sendKeys(typed);

            // meanwhile, in another tab, the person opens nine pages: the first tab's page is no longer kept
            reviewer.driver().switchTo().newWindow(WindowType.TAB);
            for (int i = 0; i < 9; i++) {
                reviewer.open(page);
                reviewer.waitFor(BODY);
            }
            reviewer.driver().close();
            reviewer.driver().switchTo().window(first);

            reviewer.driver().findElement(SEND).click();
            WebElement note = new WebDriverWait(reviewer.driver(), Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("ajax-failure")));
            assertThat(note.getText()).isEqualTo(EXPIRED);
            assertThat(note.getAttribute("role")).isEqualTo("alert");
            assertThat(field.getAttribute("value")).as("what was typed stays").isEqualTo(typed);
            assertThat(bodies(id, n)).as("nothing saved").doesNotContain(typed);
            reviewer.screenshot("expired-page-note");

            // reloaded, the page works again: the same text is sent and saved, once
            reviewer.open(page);
            reviewer.waitFor(BODY).sendKeys(typed);
            reviewer.driver().findElement(SEND).click();
            reviewer.awaitMessage("Đã gửi góp ý");
            assertThat(bodies(id, n)).containsOnlyOnce(typed);
        }
    }

    /** The bodies of the version's comments, as the park reads them through the API. */
    private static List<String> bodies(long id, int n) {
        return Plans.ok(Library.get("bql.soan", "/api/plans/" + id + "/versions/" + n), 200).getJsonArray("comments").stream()
                .map(c -> c.asJsonObject().getString("body")).toList();
    }
}
