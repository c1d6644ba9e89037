package vn.hoalac.portal.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5 end to end in Chromium: the park registers the ĐHBK agreement from the corpus file with its dates, ĐHBK sees
 * it, ĐHQG sees it nowhere (list, search, URL, API); an agreement near its end is an alert on the home page; HVNN submits
 * the laboratory proposal, ĐHBK gives its opinion once invited, the park decides.
 */
@ExtendWith(PortalStackExtension.class)
class AgreementsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void theParkRegistersTheDhbkAgreementAndOnlyItsPartiesSeeIt() {
        String number = "12/2024/TTHT-BQL-ĐHBK-" + UUID.randomUUID().toString().substring(0, 5);
        long id;
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.open("/agreements/index.xhtml");
            park.waitFor(By.id("register:new-agreement")).click();
            park.waitFor(By.id("agreement:number")).sendKeys(number);
            park.driver().findElement(By.id("agreement:title")).sendKeys("Thỏa thuận hợp tác giữa Ban quản lý Khu CNC Hòa Lạc và Đại học Bách khoa Hà Nội");
            park.driver().findElement(By.xpath("//label[contains(., 'Đại học Bách khoa Hà Nội')]")).click();
            park.driver().findElement(By.xpath("//label[normalize-space(.)='Nghiên cứu']")).click();
            park.driver().findElement(By.xpath("//label[normalize-space(.)='Phòng thí nghiệm dùng chung']")).click();
            date(park, "agreement:signedOn_input", "10/10/2024");
            date(park, "agreement:effectiveFrom_input", "10/10/2024");
            date(park, "agreement:effectiveTo_input", "10/10/2029");
            // the menu opens with an animation (and a date picker may still be closing): choose until the label shows it
            // the list opens with an animation: a click that lands on it while it moves is tried again
            new WebDriverWait(park.driver(), WAIT).ignoring(ElementClickInterceptedException.class)
                    .ignoring(org.openqa.selenium.ElementNotInteractableException.class).until(d -> {
                if (!d.findElement(By.id("agreement:status_label")).getText().equals("Đang hiệu lực")) {
                    d.findElement(By.id("agreement:status")).click();
                    park.waitFor(By.xpath("//li[@data-label='Đang hiệu lực']")).click();
                }
                return d.findElement(By.id("agreement:status_label")).getText().equals("Đang hiệu lực");
            });
            park.driver().findElement(By.id("agreement:contacts")).sendKeys("Trần Minh Hải, ĐHBK, hai.tm@hust.edu.vn");
            park.driver().findElement(By.id("agreement:add-milestone")).click();
            park.waitFor(By.cssSelector("input[id$=':m-title']")).sendKeys("Khởi công phòng thí nghiệm dùng chung");
            date(park, park.driver().findElement(By.cssSelector("input[id$=':m-due_input']")).getAttribute("id"),
                    LocalDate.now().minusDays(5).format(DATE));
            park.driver().findElement(By.id("agreement:file_input"))
                    .sendKeys(Library.corpus("thoa-thuan-hop-tac-dhbk.docx").toAbsolutePath().toString());
            messages(park, "Đã tải tệp lên");
            park.driver().findElement(By.id("agreement:save")).click();
            new WebDriverWait(park.driver(), WAIT).until(ExpectedConditions.urlContains("/agreements/view.xhtml?id="));
            messages(park, "Đã lưu thỏa thuận");
            id = Long.parseLong(park.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
            park.screenshot("agreement-registered");
            // the home page warns of the overdue milestone
            park.open("/");
            park.waitFor(By.id("welcome"));
            park.screenshot("agreement-home-alerts");
            assertThat(park.driver().findElements(By.id("alerts")))
                    .as(Library.get("bql.soan", "/api/agreements/" + id).body()).isNotEmpty();
            assertThat(park.text(By.id("alerts"))).contains(number, "Khởi công phòng thí nghiệm dùng chung");
        }

        try (Browser dhbk = new Browser()) {
            dhbk.loginAs("dhbk.gopy");
            dhbk.open("/agreements/index.xhtml");
            assertThat(dhbk.text(By.id("register:agreements"))).contains(number);
            dhbk.open("/agreements/view.xhtml?id=" + id);
            assertThat(dhbk.text(By.id("agreement-number"))).isEqualTo(number);
            assertThat(dhbk.text(By.id("agreement-effective"))).isEqualTo("10/10/2024 – 10/10/2029");
            assertThat(dhbk.text(By.id("agreement-status"))).isEqualTo("Đang hiệu lực");
            assertThat(dhbk.driver().findElements(By.cssSelector("#agreement-documents li"))).hasSize(1);
            dhbk.screenshot("agreement-party");
            dhbk.open("/");
            assertThat(dhbk.text(By.id("alerts"))).as("the party is warned of the overdue milestone").contains(number);
        }

        long document = Plans.ok(Library.get("bql.soan", "/api/agreements/" + id), 200).getJsonArray("documents").getJsonNumber(0).longValue();
        Library.awaitExtraction("bql.soan", document, Duration.ofMinutes(2));
        assertThat(Library.get("dhbk.gopy", "/api/documents/" + document).statusCode()).as("shared with the party").isEqualTo(200);
        try (Browser dhqg = new Browser()) {
            dhqg.loginAs("dhqg.gopy");
            assertThat(dhqg.driver().findElements(By.id("alerts"))).isEmpty();
            dhqg.open("/agreements/index.xhtml");
            assertThat(dhqg.text(By.id("register:agreements"))).doesNotContain(number);
            dhqg.open("/agreements/view.xhtml?id=" + id);
            assertThat(dhqg.text(By.tagName("body"))).contains("Không tìm thấy").doesNotContain(number);
            dhqg.open("/search.xhtml?q=" + URLEncoder.encode("12/2024/TTHT-BQL-ĐHBK", StandardCharsets.UTF_8));
            dhqg.waitFor(By.tagName("main"));
            assertThat(dhqg.driver().getPageSource()).doesNotContainPattern("id=" + document + "(?![0-9])");
        }
        assertThat(Library.search("dhqg.gopy", "12/2024/TTHT-BQL-ĐHBK").toString()).doesNotContainPattern("\"id\":" + document + "(?![0-9])");
        assertThat(Library.get("dhqg.gopy", "/api/documents/" + document).statusCode()).isEqualTo(404);
        assertThat(Library.get("dhqg.gopy", "/api/agreements/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void hvnnSubmitsTheLaboratoryProposalDhbkGivesItsOpinionAndTheParkDecides() {
        String title = "Phòng thí nghiệm công nghệ sinh học nông nghiệp " + UUID.randomUUID().toString().substring(0, 5);
        long id;
        try (Browser hvnn = new Browser()) {
            hvnn.loginAs("hvnn.gopy");
            hvnn.open("/proposals/index.xhtml");
            hvnn.waitFor(By.id("proposals:open-submit")).click();
            hvnn.waitFor(By.id("submit:title")).sendKeys(title);
            hvnn.driver().findElement(By.id("submit:purpose")).sendKeys("Đặt phòng thí nghiệm trọng điểm của Học viện tại Khu.");
            hvnn.driver().findElement(By.id("submit:budget")).sendKeys("180");
            hvnn.driver().findElement(By.id("submit:area")).sendKeys("2.500");
            hvnn.driver().findElement(By.id("submit:file_input"))
                    .sendKeys(Library.corpus("de-xuat-phong-thi-nghiem.docx").toAbsolutePath().toString());
            // an action of the dialog is answered inside the dialog, not behind its overlay
            new WebDriverWait(hvnn.driver(), WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("submit:dialog-messages"), "Đã tải tệp lên"));
            hvnn.driver().findElement(By.id("submit:submit-button")).click();
            new WebDriverWait(hvnn.driver(), WAIT).until(ExpectedConditions.urlContains("/proposals/view.xhtml?id="));
            id = Long.parseLong(hvnn.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
            assertThat(hvnn.text(By.id("proposal-status"))).isEqualTo("Đã gửi");
            assertThat(hvnn.text(By.tagName("main"))).contains("2.500");
        }
        try (Browser dhbk = new Browser()) {
            dhbk.loginAs("dhbk.gopy");
            assertThat(dhbk.text(By.id("tasks"))).doesNotContain(title);
            dhbk.open("/proposals/view.xhtml?id=" + id);
            assertThat(dhbk.text(By.tagName("body"))).as("not invited yet").contains("Không tìm thấy");
        }
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.open("/proposals/view.xhtml?id=" + id);
            park.waitFor(By.xpath("//form[@id='manage']//label[contains(., 'Đại học Bách khoa Hà Nội')]")).click();
            park.driver().findElement(By.id("manage:invite")).click();
            messages(park, "Đã mời");
            assertThat(park.text(By.id("proposal-status"))).isEqualTo("Đang thẩm định");
        }
        try (Browser dhbk = new Browser()) {
            dhbk.loginAs("dhbk.gopy");
            assertThat(dhbk.text(By.id("tasks"))).as("the invitation waits on the home page").contains("Đề xuất chờ ý kiến thẩm định: " + title);
            dhbk.open("/proposals/view.xhtml?id=" + id);
            dhbk.waitFor(By.id("opinion-form:give"));
            assertThat(dhbk.driver().findElements(By.cssSelector("#opinion-form input[type='radio']:checked")))
                    .as("no opinion is chosen for the reviewer").isEmpty();
            dhbk.driver().findElement(By.id("opinion-form:give")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(dhbk.driver(), java.time.Duration.ofSeconds(30)).until(
                    org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(By.id("opinion-form:opinion-message"),
                            "Hãy chọn ý kiến của đơn vị bạn"));
            dhbk.waitFor(By.xpath("//form[@id='opinion-form']//label[normalize-space(.)='Đồng ý có điều kiện']")).click();
            dhbk.driver().findElement(By.id("opinion-form:comment")).sendKeys("Thiết bị dùng chung với các trường khác trong Khu.");
            dhbk.driver().findElement(By.id("opinion-form:give")).click();
            messages(dhbk, "Đã ghi nhận ý kiến");
            assertThat(dhbk.text(By.id("opinions"))).contains("Đồng ý có điều kiện", "Thiết bị dùng chung");
        }
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.open("/proposals/view.xhtml?id=" + id);
            assertThat(park.text(By.id("opinions"))).contains("Đại học Bách khoa Hà Nội", "Đồng ý có điều kiện");
            park.waitFor(By.id("manage:note")).sendKeys("Chấp thuận, bố trí mặt bằng 2.500 m² tại Khu.");
            park.driver().findElement(By.id("manage:decide")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(park.driver(), java.time.Duration.ofSeconds(30)).until(
                    org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(By.id("manage:outcome-message"),
                            "Hãy chọn Chấp thuận hoặc Không chấp thuận"));
            park.driver().findElement(By.xpath("//form[@id='manage']//label[normalize-space(.)='Chấp thuận']")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(park.driver(), java.time.Duration.ofSeconds(30)).until(d ->
                    Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return PrimeFaces.ajax.Queue.isEmpty()")));
            park.driver().findElement(By.id("manage:decide")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(park.driver(), java.time.Duration.ofSeconds(30)).until(d ->
                    d.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText().startsWith("Chấp thuận đề xuất"));
            park.waitFor(By.id("confirm-yes")).click();
            messages(park, "Đã ghi nhận quyết định");
            assertThat(park.text(By.id("proposal-status"))).isEqualTo("Chấp thuận");
            assertThat(park.driver().findElements(By.id("manage:invite"))).isEmpty();
            park.screenshot("proposal-decided");
        }
        assertThat(Plans.post("dhbk.gopy", "/api/proposals/" + id + "/opinions", Json.createObjectBuilder()
                .add("opinion", "OPPOSE").add("comment", "Muộn").build()).statusCode()).isEqualTo(409);
    }

    private static void date(Browser browser, String inputId, String value) {
        WebElement input = browser.driver().findElement(By.id(inputId));
        input.clear();
        input.sendKeys(value, Keys.TAB); // the calendar opens from its button only, typing a date is enough
    }

    private static void messages(Browser browser, String text) {
        browser.awaitMessage(text);
    }
}
