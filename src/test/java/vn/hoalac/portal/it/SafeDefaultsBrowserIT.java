package vn.hoalac.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Safe defaults and warnings in Chromium (issue 17): no decision is chosen for the committee, its confirmation names
 * what it does and warns before approving a version few have commented on; the park sees who has not commented; a
 * reviewer edits and withdraws their own comment until the park answers it; leaving unsaved edits asks first; the
 * working draft is compared with a submitted version.
 */
@ExtendWith(PortalStackExtension.class)
class SafeDefaultsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** A wait that looks again when what it read was replaced meanwhile (a page being left, an ajax update). */
    private static WebDriverWait waiting(Browser browser) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), WAIT);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private static Object script(Browser browser, String js, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js, args);
    }

    @Test
    void theCommitteeChoosesItsDecisionAndIsWarnedBeforeApproving() {
        long id = Plans.createWithSection("Đề án thử cảnh báo phê duyệt", "s1", "Chương I", "<p>Khu công nghệ cao Hòa Lạc.</p>");
        String code = Plans.get("bql.soan", id).getString("code");
        int n = Plans.submit(id, LocalDate.now().plusDays(5), "DHBK", "HVNN");

        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            assertThat(park.text(By.id("tasks"))).as("no comment came in: the home page says so")
                    .contains("Dự thảo lần " + n + " chưa nhận được góp ý nào");
            park.open("/plans/version.xhtml?id=" + id + "&n=" + n);
            assertThat(park.text(By.id("version-silent"))).contains("Đại học Bách khoa Hà Nội", "Học viện Nông nghiệp Việt Nam");
        }
        long commentId = Plans.comment("dhbk.gopy", id, n, "s1", "Đề nghị nêu rõ vai trò của các trường.").getJsonNumber("id").longValue();
        Plans.answer(id, n, commentId, "ACCEPTED", "Đã bổ sung.");
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.open("/plans/version.xhtml?id=" + id + "&n=" + n);
            assertThat(park.text(By.id("version-silent"))).isEqualTo("Học viện Nông nghiệp Việt Nam");
            park.screenshot("version-silent-reviewers");
        }
        Plans.ok(Plans.post("bql.soan", "/api/plans/" + id + "/versions/" + n + "/submit-for-approval", null), 200);

        try (Browser committee = new Browser()) {
            committee.loginAs("bcd.pheduyet");
            committee.open("/plans/version.xhtml?id=" + id + "&n=" + n);
            committee.waitFor(By.id("decision-form:noticeNumber")).sendKeys("1857-TB/TU");
            assertThat(committee.driver().findElements(By.cssSelector("#decision-form input[type='radio']:checked")))
                    .as("neither Approve nor Return is chosen for the committee").isEmpty();
            committee.driver().findElement(By.id("decision-form:conclusion")).sendKeys("Ban Chỉ đạo thống nhất thông qua Đề án.");

            committee.driver().findElement(By.id("decision-form:decide")).click();
            waiting(committee).until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision-form:outcome-message"),
                    "Hãy chọn Phê duyệt hoặc Trả lại"));
            assertThat(committee.driver().findElement(By.id("decision-form:decide-dialog")).isDisplayed()).isFalse();
            assertThat(committee.driver().findElement(By.id("decision-form:conclusion")).getDomProperty("value"))
                    .isEqualTo("Ban Chỉ đạo thống nhất thông qua Đề án.");
            committee.screenshot("decision-not-chosen");

            committee.driver().findElement(By.xpath("//form[@id='decision-form']//label[normalize-space(.)='Phê duyệt']")).click();
            committee.driver().findElement(By.id("decision-form:decide")).click();
            WebElement dialog = waiting(committee).until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-form:decide-dialog")));
            assertThat(committee.text(By.id("decide-confirm-text")))
                    .isEqualTo("Phê duyệt dự thảo lần " + n + " của " + code + " và niêm phong vĩnh viễn?");
            String warnings = committee.text(By.id("decision-form:approval-warnings"));
            assertThat(warnings).contains("Hạn góp ý (hết ngày " + LocalDate.now().plusDays(5).format(
                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ") chưa qua")
                    .contains("Các trường được mời chưa góp ý: Học viện Nông nghiệp Việt Nam")
                    .doesNotContain("không nhận được góp ý nào");
            assertThat(committee.text(By.id("decision-form:decide-yes"))).isEqualTo("Phê duyệt và niêm phong");
            committee.screenshot("decision-approval-warning");
            dialog.findElement(By.id("decision-form:decide-no")).click();
            waiting(committee).until(ExpectedConditions.invisibilityOf(dialog));
            assertThat(committee.text(By.id("version-status"))).isEqualTo("Chờ Ban Chỉ đạo phê duyệt");

            committee.driver().findElement(By.xpath("//form[@id='decision-form']//label[normalize-space(.)='Trả lại']")).click();
            committee.driver().findElement(By.id("decision-form:decide")).click();
            waiting(committee).until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-form:decide-dialog")));
            assertThat(committee.text(By.id("decide-confirm-text"))).startsWith("Trả lại dự thảo lần " + n + " của " + code);
            assertThat(committee.driver().findElements(By.id("decision-form:approval-warnings"))).as("warnings are for approving").isEmpty();
            committee.driver().findElement(By.id("decision-form:decide-no")).click();
            waiting(committee).until(ExpectedConditions.invisibilityOfElementLocated(By.id("decision-form:decide-dialog")));

            committee.driver().findElement(By.xpath("//form[@id='decision-form']//label[normalize-space(.)='Phê duyệt']")).click();
            committee.driver().findElement(By.id("decision-form:decide")).click();
            waiting(committee).until(ExpectedConditions.textToBe(By.id("decision-form:decide-yes"), "Phê duyệt và niêm phong"));
            committee.driver().findElement(By.id("decision-form:decide-yes")).click();
            committee.awaitMessage("đã được phê duyệt và niêm phong");
            assertThat(committee.text(By.id("version-status"))).isEqualTo("Đã phê duyệt");
        }
    }

    @Test
    void aReviewerEditsAndWithdrawsTheirCommentUntilItIsAnswered() {
        long id = Plans.createWithSection("Đề án thử sửa góp ý trên trình duyệt", "s1", "Chương I", "<p>Khu công nghệ cao Hòa Lạc.</p>");
        int n = Plans.submit(id, LocalDate.now().plusDays(5), "DHBK");
        long first = Plans.comment("dhbk.gopy", id, n, "s1", "Góp ý thứ nhất.").getJsonNumber("id").longValue();
        long second = Plans.comment("dhbk.gopy", id, n, "s1", "Góp ý sẽ được rút lại.").getJsonNumber("id").longValue();

        try (Browser dhbk = new Browser()) {
            dhbk.loginAs("dhbk.gopy");
            dhbk.open("/plans/version.xhtml?id=" + id + "&n=" + n);
            WebElement comment = dhbk.waitFor(By.id("comment-" + first));
            comment.findElement(By.cssSelector("button[id$=':edit-comment']")).click();
            WebElement body = waiting(dhbk).until(d -> d.findElement(By.cssSelector("#comment-" + first + " textarea.comment-edit-body")));
            assertThat(body.getDomProperty("value")).isEqualTo("Góp ý thứ nhất.");
            body.clear();
            body.sendKeys("Góp ý thứ nhất, viết lại cho rõ.");
            dhbk.screenshot("comment-editing");
            dhbk.driver().findElement(By.cssSelector("#comment-" + first + " button[id$=':save-edit']")).click();
            dhbk.awaitMessage("Đã lưu nội dung mới của góp ý");
            assertThat(dhbk.text(By.cssSelector("#comment-" + first + " .comment-body"))).isEqualTo("Góp ý thứ nhất, viết lại cho rõ.");
            assertThat(dhbk.text(By.id("comment-" + first))).contains("đã sửa lúc");

            dhbk.driver().findElement(By.cssSelector("#comment-" + second + " button[id$=':withdraw-comment']")).click();
            dhbk.waitFor(By.id("confirm-yes")).click();
            dhbk.awaitMessage("Đã rút lại góp ý");
            assertThat(dhbk.text(By.id("comment-" + second))).contains("Góp ý này đã được người viết rút lại lúc")
                    .as("its author still reads it").contains("Góp ý sẽ được rút lại.");
            assertThat(dhbk.driver().findElements(By.cssSelector("#comment-" + second + " button[id$=':edit-comment']"))).isEmpty();
            dhbk.screenshot("comment-withdrawn");

            // the edit form is open when the park answers: the save is refused with the reason, and the buttons go
            dhbk.driver().findElement(By.cssSelector("#comment-" + first + " button[id$=':edit-comment']")).click();
            WebElement again = waiting(dhbk).until(d -> d.findElement(By.cssSelector("#comment-" + first + " textarea.comment-edit-body")));
            JsonObject version = Plans.ok(Library.get("bql.soan", "/api/plans/" + id + "/versions/" + n), 200);
            assertThat(version.toString()).contains("Góp ý thứ nhất, viết lại cho rõ.");
            Plans.answer(id, n, first, "ACCEPTED", "Đã bổ sung vào mục 1.");
            again.sendKeys(" Thêm nữa.");
            dhbk.driver().findElement(By.cssSelector("#comment-" + first + " button[id$=':save-edit']")).click();
            dhbk.awaitMessage("đã được Ban quản lý trả lời nên không sửa hay rút lại được nữa");
            dhbk.open("/plans/version.xhtml?id=" + id + "&n=" + n);
            dhbk.waitFor(By.id("comment-" + first));
            assertThat(dhbk.driver().findElements(By.cssSelector("#comment-" + first + " button"))).as("no edit or withdraw once answered")
                    .isEmpty();
            assertThat(dhbk.text(By.cssSelector("#comment-" + first + " .comment-body"))).isEqualTo("Góp ý thứ nhất, viết lại cho rõ.");
        }

        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.open("/plans/version.xhtml?id=" + id + "&n=" + n);
            String withdrawn = park.text(By.id("comment-" + second));
            assertThat(withdrawn).contains("đã được người viết rút lại").doesNotContain("Góp ý sẽ được rút lại.");
            assertThat(park.driver().findElements(By.cssSelector("#comment-" + second + " .answer-form"))).as("nothing to answer").isEmpty();
            assertThat(park.text(By.id("synthesis-form:synthesis-table"))).doesNotContain("rút lại");
            assertThat(park.driver().findElement(By.id("synthesis-form:to-committee")).isEnabled())
                    .as("a withdrawn comment waits for no answer").isTrue();
            park.screenshot("comment-withdrawn-park");
        }
    }

    @Test
    void leavingUnsavedEditsAsksFirstAndNothingElseDoes() {
        long id = Plans.createWithSection("Đề án thử rời trang chưa lưu", "s1", "Chương I", "<p>Bản gốc.</p>");
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            String page = "/plans/plan.xhtml?id=" + id;
            park.open(page);
            park.waitFor(By.cssSelector("a[href='#tabs:tab-sections']")).click();
            WebElement editor = park.waitFor(By.cssSelector("form.plan-section .ql-editor"));
            assertThat(script(park, "return PortalUnsaved.dirty()")).as("nothing changed yet").isEqualTo(false);
            park.driver().findElement(By.id("brand")).click();
            waiting(park).until(ExpectedConditions.urlContains("/index.xhtml"));
            assertNoAlert(park);

            park.open(page);
            park.waitFor(By.cssSelector("a[href='#tabs:tab-sections']")).click();
            editor = park.waitFor(By.cssSelector("form.plan-section .ql-editor"));
            editor.click();
            editor.sendKeys(" Thêm một câu.");
            waiting(park).until(d -> Boolean.TRUE.equals(script(park, "return PortalUnsaved.dirty()")));
            assertThat(script(park, "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented"))
                    .as("the browser asks on reload or close").isEqualTo(true);
            park.driver().findElement(By.id("brand")).click();
            // the portal's own dialog, in the page's language, not the browser's
            WebElement ask = confirmation(park);
            assertNoAlert(park);
            assertThat(ask.findElement(By.cssSelector(".ui-dialog-title")).getText()).isEqualTo("Rời trang khi còn thay đổi chưa lưu?");
            assertThat(ask.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText())
                    .isEqualTo("Có thay đổi chưa lưu (mục nội dung hoặc bảng chỉ tiêu). Rời trang và bỏ các thay đổi đó?");
            assertThat(ask.findElement(By.cssSelector(".ui-confirmdialog-yes")).getText()).isEqualTo("Có");
            waiting(park).until(d -> Boolean.TRUE.equals(script(park,
                    "return document.activeElement && document.activeElement.classList.contains('ui-confirmdialog-no')")));
            park.screenshot("unsaved-confirm-vietnamese");
            ask.findElement(By.cssSelector(".ui-confirmdialog-no")).click();
            waiting(park).until(ExpectedConditions.invisibilityOf(ask));
            assertThat(park.driver().getCurrentUrl()).contains("/plans/plan.xhtml");
            assertThat(park.text(By.cssSelector("form.plan-section .ql-editor"))).contains("Thêm một câu.");
            // closing the dialog (its close icon) stays too, and leaves nothing behind: asked again next time
            park.driver().findElement(By.id("brand")).click();
            ask = confirmation(park);
            ask.findElement(By.cssSelector(".ui-dialog-titlebar-close")).click();
            waiting(park).until(ExpectedConditions.invisibilityOf(ask));
            assertThat(park.driver().getCurrentUrl()).contains("/plans/plan.xhtml");

            park.driver().findElement(By.cssSelector("form.plan-section .section-save")).click();
            park.awaitMessage("Đã lưu mục");
            waiting(park).until(d -> Boolean.FALSE.equals(script(park, "return PortalUnsaved.dirty()")));
            assertThat(script(park, "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented"))
                    .as("saved: nothing to ask").isEqualTo(false);

            // the targets table: an added row is a change until saved; leaving through the menu asks, and goes when told to
            park.driver().findElement(By.cssSelector("a[href='#tabs:tab-targets']")).click();
            park.waitFor(By.id("tabs:targets-form:add-target")).click();
            waiting(park).until(d -> !d.findElements(By.cssSelector("input[id$=':code']")).isEmpty());
            assertThat(script(park, "return PortalUnsaved.dirty()")).isEqualTo(true);
            park.driver().findElement(By.cssSelector("input[id$=':code']")).sendKeys("CT09");
            park.driver().findElement(By.id("brand")).click();
            confirmation(park).findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            waiting(park).until(ExpectedConditions.urlContains("/index.xhtml"));
            assertNoAlert(park);

            // in English, the same question in English; "Yes" goes on with the link that was clicked (the language switch)
            park.driver().findElement(By.id("language:lang-en")).click();
            park.awaitLanguage("en");
            park.open(page);
            park.waitFor(By.cssSelector("a[href='#tabs:tab-sections']")).click();
            editor = park.waitFor(By.cssSelector("form.plan-section .ql-editor"));
            editor.click();
            editor.sendKeys(" Not kept.");
            waiting(park).until(d -> Boolean.TRUE.equals(script(park, "return PortalUnsaved.dirty()")));
            park.driver().findElement(By.id("language:lang-vi")).click();
            ask = confirmation(park);
            assertThat(ask.findElement(By.cssSelector(".ui-dialog-title")).getText()).isEqualTo("Leave with unsaved changes?");
            assertThat(ask.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText())
                    .isEqualTo("There are unsaved changes (a section or the targets table). Leave the page and discard them?");
            assertThat(ask.findElement(By.cssSelector(".ui-confirmdialog-no")).getText()).isEqualTo("No");
            park.screenshot("unsaved-confirm-english");
            park.viewport(390, 844);
            park.screenshot("unsaved-confirm-english-phone");
            ask.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            park.awaitLanguage("vi");
            assertNoAlert(park);
        }
        JsonObject draft = Plans.get("bql.soan", id).getJsonObject("draft");
        assertThat(draft.getJsonArray("sections").getJsonObject(0).getString("body")).contains("Thêm một câu.");
        assertThat(draft.getJsonArray("targets")).as("the row left unsaved is not saved").isEmpty();
    }

    @Test
    void theWorkingDraftIsComparedWithASubmittedVersion() {
        long id = Plans.create("Đề án thử so sánh với bản đang soạn");
        Plans.saveDraft(id, Plans.draftRevision(id), Json.createArrayBuilder().add(Plans.section("s1", "Chương I", "<p>Bản đã gửi.</p>")),
                Json.createArrayBuilder().add(Plans.target("CT01", "Tổng vốn đầu tư", "tỷ đồng", "BQL", Map.of("2030", 20000))));
        int n = Plans.submit(id, LocalDate.now().plusDays(5), "DHBK");
        Plans.saveDraft(id, Plans.draftRevision(id), Json.createArrayBuilder().add(Plans.section("s1", "Chương I", "<p>Bản đang sửa.</p>")),
                Json.createArrayBuilder().add(Plans.target("CT01", "Tổng vốn đầu tư", "tỷ đồng", "BQL", Map.of("2030", 25000))));
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.open("/plans/version.xhtml?id=" + id + "&n=" + n);
            park.waitFor(By.id("compare-draft")).click();
            waiting(park).until(ExpectedConditions.urlContains("/plans/compare.xhtml"));
            assertThat(park.text(By.id("compare:targets"))).contains("CT01", "20.000", "25.000", "Bản đang soạn");
            assertThat(park.text(By.id("section-changes"))).contains("Bản đã gửi.", "Bản đang sửa.");
            park.screenshot("compare-draft");
            park.open("/plans/compare.xhtml?id=" + id);
            assertThat(park.text(By.id("compare:targets"))).as("one version: set against the draft").contains("20.000", "25.000");
        }
        try (Browser dhbk = new Browser()) {
            dhbk.loginAs("dhbk.gopy");
            dhbk.open("/plans/version.xhtml?id=" + id + "&n=" + n);
            dhbk.waitFor(By.id("version-status"));
            assertThat(dhbk.driver().findElements(By.id("compare-draft"))).isEmpty();
            dhbk.open("/plans/compare.xhtml?id=" + id + "&from=" + n + "&to=0");
            assertThat(dhbk.text(By.tagName("body"))).doesNotContain("Bản đang sửa.").doesNotContain("25.000");
            assertThat(dhbk.driver().findElements(By.cssSelector("#compare\\:from_items li")).stream().map(WebElement::getText).toList())
                    .doesNotContain("Bản đang soạn");
        }
    }

    /** The portal's confirmation dialog, once it shows. */
    private static WebElement confirmation(Browser browser) {
        WebElement dialog = waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        waiting(browser).until(d -> "1".equals(dialog.getCssValue("opacity"))); // faded in
        return dialog;
    }

    private static void assertNoAlert(Browser browser) {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("an unexpected question was asked");
        } catch (NoAlertPresentException expected) {
            // nothing asked
        }
    }
}
