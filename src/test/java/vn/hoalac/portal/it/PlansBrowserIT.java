package vn.hoalac.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plan's whole flow in Chromium through Keycloak logins (issue 4): the park drafts and submits with ĐHBK invited,
 * ĐHBK comments, ĐHQG (not invited) cannot, the park answers and sends it on, the committee approves with its notice
 * number, and then nobody can change the version; comparison shows a changed target value; two browsers editing one
 * section get one conflict message and lose nothing.
 */
@ExtendWith(PortalStackExtension.class)
class PlansBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void fromDraftToApprovedSealedVersionInTheBrowser() throws SQLException {
        String code = "E2E-" + UUID.randomUUID().toString().substring(0, 6);
        long id;
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.open("/plans/index.xhtml");
            park.waitFor(By.id("plans:open-create")).click();
            park.waitFor(By.id("create:code")).sendKeys(code);
            park.driver().findElement(By.id("create:title")).sendKeys("Đề án thử nghiệm trên trình duyệt");
            park.driver().findElement(By.id("create:create-button")).click();
            new WebDriverWait(park.driver(), WAIT).until(ExpectedConditions.urlContains("/plans/plan.xhtml?id="));
            id = Long.parseLong(park.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
            assertThat(park.text(By.id("plan-code"))).isEqualTo(code);

            // a section, written in the rich-text editor
            park.waitFor(By.cssSelector("a[href='#tabs:tab-sections']")).click();
            park.waitFor(By.id("tabs:add-section:new-title")).sendKeys("Chương I. Sự cần thiết");
            park.driver().findElement(By.id("tabs:add-section:add")).click();
            messages(park, "Đã lưu");
            WebElement editor = park.waitFor(By.cssSelector("form.plan-section .ql-editor"));
            editor.click();
            editor.sendKeys("Khu công nghệ cao Hòa Lạc là trung tâm đổi mới sáng tạo của Thủ đô.");
            park.driver().findElement(By.cssSelector("form.plan-section .section-save")).click();
            messages(park, "Đã lưu mục");

            // a target, edited in place in the table
            park.driver().findElement(By.cssSelector("a[href='#tabs:tab-targets']")).click();
            park.waitFor(By.id("tabs:targets-form:add-target")).click();
            new WebDriverWait(park.driver(), WAIT).until(d -> !d.findElements(By.cssSelector("input[id$=':code']")).isEmpty());
            park.driver().findElement(By.cssSelector("input[id$=':code']")).sendKeys("CT01");
            park.driver().findElement(By.cssSelector("textarea[id$=':name']")).sendKeys("Tổng vốn đầu tư đăng ký");
            park.driver().findElement(By.cssSelector("input[id$=':unit']")).sendKeys("tỷ đồng");
            park.driver().findElement(By.cssSelector("input.target-value[data-year='2030']")).sendKeys("20.000");
            park.driver().findElement(By.id("tabs:targets-form:save-targets")).click();
            messages(park, "Đã lưu 1 chỉ tiêu");
            assertThat(park.driver().findElement(By.cssSelector("input.target-value[data-year='2030']")).getDomProperty("value"))
                    .isEqualTo("20000");

            // submit with ĐHBK invited
            park.driver().findElement(By.cssSelector("a[href='#tabs:tab-versions']")).click();
            park.waitFor(By.xpath("//label[contains(., 'Đại học Bách khoa Hà Nội')]")).click();
            park.driver().findElement(By.id("tabs:submit-form:submit-button")).click();
            park.waitFor(By.id("confirm-yes")).click();
            messages(park, "Đã gửi dự thảo lần 1");
            park.screenshot("plan-submitted");
        }

        try (Browser dhbk = new Browser()) {
            dhbk.loginAs("dhbk.gopy");
            assertThat(dhbk.text(By.id("tasks"))).contains("Góp ý dự thảo lần 1").contains("— Đề án thử nghiệm trên trình duyệt");
            // the reviewer finds the version by its words, without diacritics, and opens it from the results
            dhbk.open("/search.xhtml");
            dhbk.waitFor(By.id("search-q")).sendKeys("trung tam doi moi sang tao thu do");
            dhbk.driver().findElement(By.id("search-submit")).click();
            dhbk.waitFor(By.xpath("//a[contains(@class, 'facet-link') and contains(., 'Đề án')]")).click();
            WebElement hit = dhbk.waitFor(By.cssSelector("a.hit-title[href*='/plans/version.xhtml?id=" + id + "&n=1']"));
            assertThat(dhbk.driver().getCurrentUrl()).contains("type=PLAN");
            assertThat(dhbk.text(By.id("results"))).contains("Đề án · Dự thảo lần 1").doesNotContain("Bản dự thảo đang soạn");
            assertThat(dhbk.driver().findElements(By.cssSelector(".hit-snippet mark"))).isNotEmpty();
            dhbk.screenshot("search-plan-version");
            hit.click();
            dhbk.waitFor(By.id("comment-open"));
            assertThat(dhbk.driver().getCurrentUrl()).contains("/plans/version.xhtml?id=" + id + "&n=1");
            WebElement section = dhbk.driver().findElement(By.cssSelector("section.version-section"));
            section.findElement(By.cssSelector("input[id$=':quote']")).sendKeys("trung tâm đổi mới sáng tạo");
            section.findElement(By.cssSelector("textarea[id$=':body']")).sendKeys("Đề nghị nêu rõ vai trò của các trường đại học.");
            section.findElement(By.cssSelector("button[id$=':comment']")).click();
            messages(dhbk, "Đã gửi góp ý");
            assertThat(dhbk.text(By.cssSelector(".comment-body"))).isEqualTo("Đề nghị nêu rõ vai trò của các trường đại học.");
            dhbk.screenshot("plan-commented");
        }

        try (Browser dhqg = new Browser()) {
            dhqg.loginAs("dhqg.gopy");
            dhqg.open("/plans/index.xhtml");
            assertThat(dhqg.text(By.id("plans:plan-table"))).doesNotContain("Đề án thử nghiệm trên trình duyệt");
            dhqg.open("/plans/version.xhtml?id=" + id + "&n=1");
            assertThat(dhqg.text(By.tagName("body"))).contains("Không tìm thấy").doesNotContain("trung tâm đổi mới sáng tạo");
            assertThat(dhqg.driver().findElements(By.cssSelector(".comment-form"))).isEmpty();
        }

        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            assertThat(park.text(By.id("tasks"))).contains("Trả lời 1 góp ý của dự thảo lần 1 — Đề án thử nghiệm trên trình duyệt");
            park.open("/plans/version.xhtml?id=" + id + "&n=1");
            WebElement comment = park.waitFor(By.cssSelector(".portal-comment"));
            comment.findElement(By.xpath(".//label[normalize-space(.)='Tiếp thu']")).click();
            comment.findElement(By.cssSelector("textarea[id$=':rationale']")).sendKeys("Đã bổ sung vào mục 1.");
            comment.findElement(By.cssSelector("button[id$=':answer']")).click();
            messages(park, "Đã lưu câu trả lời");
            new WebDriverWait(park.driver(), WAIT).until(d -> d.findElement(By.id("synthesis-form:to-committee")).isEnabled());
            park.driver().findElement(By.id("synthesis-form:to-committee")).click();
            park.waitFor(By.id("confirm-yes")).click();
            messages(park, "Đã trình dự thảo lần 1");
            assertThat(park.text(By.id("version-status"))).isEqualTo("Chờ Ban Chỉ đạo phê duyệt");
        }

        String seal;
        try (Browser committee = new Browser()) {
            committee.loginAs("bcd.pheduyet");
            assertThat(committee.text(By.id("tasks"))).contains("Cho ý kiến phê duyệt dự thảo lần 1 — Đề án thử nghiệm trên trình duyệt");
            committee.open("/plans/version.xhtml?id=" + id + "&n=1");
            committee.waitFor(By.id("decision-form:noticeNumber")).sendKeys("1857-TB/TU");
            committee.driver().findElement(By.id("decision-form:conclusion")).sendKeys("Ban Chỉ đạo thống nhất thông qua Đề án.");
            committee.driver().findElement(By.xpath("//form[@id='decision-form']//label[normalize-space(.)='Phê duyệt']")).click();
            committee.driver().findElement(By.id("decision-form:decide")).click();
            committee.waitFor(By.id("decision-form:decide-yes")).click();
            messages(committee, "đã được phê duyệt và niêm phong");
            assertThat(committee.text(By.id("version-status"))).isEqualTo("Đã phê duyệt");
            assertThat(committee.text(By.id("notice"))).contains("1857-TB/TU");
            seal = committee.text(By.id("seal-hash"));
            assertThat(seal).matches("[0-9a-f]{64}");
            committee.driver().findElement(By.id("seal-form:verify-seal")).click();
            messages(committee, "Niêm phong còn nguyên vẹn");
            assertThat(committee.driver().findElements(By.id("decision-form:decide"))).isEmpty();
            committee.screenshot("plan-approved");
        }

        // nobody changes the approved version: no form on the page, refusals in the API, the trigger in SQL
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.open("/plans/version.xhtml?id=" + id + "&n=1");
            park.waitFor(By.id("seal-hash"));
            assertThat(park.driver().findElements(By.cssSelector(".answer-form, .comment-form, #decision-form"))).isEmpty();
        }
        JsonObject version = Plans.ok(Library.get("bql.soan", "/api/plans/" + id + "/versions/1"), 200);
        long commentId = version.getJsonArray("comments").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(Plans.post("bql.soan", "/api/plans/" + id + "/versions/1/comments/" + commentId + "/response",
                Json.createObjectBuilder().add("disposition", "NOT_ACCEPTED").add("rationale", "Đổi ý").build()).statusCode()).isEqualTo(409);
        assertThat(Plans.post("dhbk.gopy", "/api/plans/" + id + "/versions/1/comments", Json.createObjectBuilder()
                .add("sectionKey", "s1").add("body", "Muộn").build()).statusCode()).isEqualTo(409);
        assertThat(Plans.decide("bcd.pheduyet", id, 1, "RETURNED").statusCode()).isEqualTo(409);
        try (Connection db = Portal.database(); Statement sql = db.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE plan_version SET conclusion = 'khác' WHERE plan_id = " + id))
                    .hasMessageContaining("sealed");
        }
        assertThat(Plans.ok(Library.get("bql.soan", "/api/plans/" + id + "/versions/1"), 200).getJsonObject("seal").getString("sha256"))
                .isEqualTo(seal);

        // version 2 changes the target: the comparison shows 20.000 → 25.000
        JsonObject draft = Plans.get("bql.soan", id).getJsonObject("draft");
        Plans.saveDraft(id, draft.getJsonNumber("revision").longValue(),
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "s1").add("title", "Chương I. Sự cần thiết")
                        .add("body", draft.getJsonArray("sections").getJsonObject(0).getString("body"))),
                Json.createArrayBuilder().add(Plans.target("CT01", "Tổng vốn đầu tư đăng ký", "tỷ đồng", "BQL", Map.of("2030", 25000))));
        Plans.submit(id, LocalDate.now().plusDays(7), "DHBK");
        try (Browser committee = new Browser()) {
            committee.loginAs("bcd.pheduyet");
            committee.open("/plans/compare.xhtml?id=" + id + "&from=1&to=2");
            String targets = committee.text(By.id("compare:targets"));
            assertThat(targets).contains("CT01", "2030", "20.000", "25.000");
            committee.screenshot("plan-compare");
        }
    }

    @Test
    void twoBrowsersEditingOneSectionGetOneConflictAndLoseNothing() {
        long id = Plans.createWithSection("Đề án thử xung đột trên trình duyệt", "c1", "Chương I", "<p>Bản gốc.</p>");
        try (Browser a = new Browser(); Browser b = new Browser()) {
            for (Browser browser : List.of(a, b)) {
                browser.loginAs("bql.soan");
                browser.open("/plans/plan.xhtml?id=" + id);
                browser.waitFor(By.cssSelector("a[href='#tabs:tab-sections']")).click();
                browser.waitFor(By.cssSelector("form.plan-section .ql-editor"));
            }
            type(a, " Sửa của người thứ nhất.");
            a.driver().findElement(By.cssSelector("form.plan-section .section-save")).click();
            messages(a, "Đã lưu mục");

            type(b, " Sửa của người thứ hai.");
            b.driver().findElement(By.cssSelector("form.plan-section .section-save")).click();
            messages(b, "Nội dung đã được Nguyễn Văn Soạn (BQL) sửa lúc"); // the person by name, not user name
            assertThat(b.text(By.cssSelector(".section-stale"))).contains("vẫn còn ở đây");
            assertThat(b.text(By.cssSelector("form.plan-section .ql-editor"))).as("the second person's text stays on the page")
                    .contains("Sửa của người thứ hai.");
            b.screenshot("plan-section-conflict");
        }
        String saved = Plans.get("bql.soan", id).getJsonObject("draft").getJsonArray("sections").getJsonObject(0).getString("body");
        assertThat(saved).contains("Sửa của người thứ nhất.").doesNotContain("người thứ hai");
    }

    @Test
    void theEditorOffersOnlyWhatIsKeptAndABulletListStaysOne() {
        long id = Plans.createWithSection("Đề án thử danh sách trên trình duyệt", "c1", "Chương I", "<p>Mục tiêu:</p>");
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.open("/plans/plan.xhtml?id=" + id);
            park.waitFor(By.cssSelector("a[href='#tabs:tab-sections']")).click();
            park.waitFor(By.cssSelector("form.plan-section .ql-editor"));
            // nothing on the toolbar that the save would silently drop
            assertThat(park.driver().findElements(By.cssSelector("form.plan-section .ql-image, form.plan-section .ql-video,"
                    + " form.plan-section .ql-color, form.plan-section .ql-background, form.plan-section .ql-font,"
                    + " form.plan-section .ql-size, form.plan-section .ql-align"))).isEmpty();
            assertThat(park.driver().findElements(By.cssSelector("form.plan-section button.ql-bold"))).hasSize(1);
            assertThat(((JavascriptExecutor) park.driver()).executeScript("return getComputedStyle(arguments[0], '::before').content",
                    park.driver().findElement(By.cssSelector("form.plan-section .ql-header .ql-picker-label"))))
                    .as("the heading picker speaks Vietnamese").isEqualTo("\"Đoạn văn\"");

            type(park, Keys.ENTER.toString());
            park.driver().findElement(By.cssSelector("form.plan-section button.ql-list[value='bullet']")).click();
            park.driver().findElement(By.cssSelector("form.plan-section .ql-editor")).sendKeys("Ý thứ nhất" + Keys.ENTER + "Ý thứ hai");
            park.driver().findElement(By.cssSelector("form.plan-section .section-save")).click();
            messages(park, "Đã lưu mục");

            String saved = Plans.get("bql.soan", id).getJsonObject("draft").getJsonArray("sections").getJsonObject(0).getString("body");
            assertThat(saved).isEqualTo("<p>Mục tiêu:</p><ul><li>Ý thứ nhất</li><li>Ý thứ hai</li></ul>");
            park.open("/plans/plan.xhtml?id=" + id);
            park.waitFor(By.cssSelector("a[href='#tabs:tab-sections']")).click();
            park.waitFor(By.cssSelector("form.plan-section .ql-editor"));
            assertThat(park.driver().findElements(By.cssSelector("form.plan-section .ql-editor li[data-list='bullet']")))
                    .as("the editor shows the saved list as bullets again").hasSize(2);
            park.screenshot("plan-section-bullets");
        }
    }

    private static void type(Browser browser, String text) {
        WebElement editor = browser.driver().findElement(By.cssSelector("form.plan-section .ql-editor"));
        editor.click();
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const r = document.createRange(); r.selectNodeContents(arguments[0]); r.collapse(false);"
                        + "const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);", editor);
        editor.sendKeys(text);
    }

    private static void messages(Browser browser, String text) {
        browser.awaitMessage(text);
    }
}
