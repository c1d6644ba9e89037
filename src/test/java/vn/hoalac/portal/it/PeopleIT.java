package vn.hoalac.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People by their names, not user names: the people directory learns them when they authenticate (here through the
 * API's bearer tokens), the version and document pages show "Nguyễn Văn Soạn (BQL)", the audit trail reads as sentences
 * in the page's language and filters by action in words, and file types are words ("Word") with the MIME type on hover.
 */
@ExtendWith(PortalStackExtension.class)
class PeopleIT {

    /** A plan of bql.soan whose version 1 ĐHBK commented, the park answered and the committee approved; its code. */
    private static String approvedPlan(long[] id) {
        String title = "Đề án người thật " + UUID.randomUUID().toString().substring(0, 6);
        long plan = Plans.createWithSection(title, "c1", "Chương I", "<p>Khu công nghệ cao Hòa Lạc</p>");
        Plans.submit(plan, LocalDate.now().plusDays(10), "DHBK");
        long comment = Plans.comment("dhbk.gopy", plan, 1, "c1", "Cần nêu rõ lộ trình.").getJsonNumber("id").longValue();
        Plans.answer(plan, 1, comment, "ACCEPTED", "Đã bổ sung.");
        Plans.ok(Plans.post("bql.soan", "/api/plans/" + plan + "/versions/1/submit-for-approval", null), 200);
        Plans.ok(Plans.decide("bcd.pheduyet", plan, 1, "APPROVED"), 200);
        id[0] = plan;
        return Plans.get("bql.soan", plan).getString("code");
    }

    @Test
    void theVersionPageNamesWhoSubmittedAnsweredAndDecidedAndTheAuditTrailSaysItInWordsInBothLanguages() {
        long[] id = new long[1];
        String code = approvedPlan(id);
        try (Browser committee = new Browser(); Browser reviewer = new Browser()) {
            committee.loginAs("bcd.pheduyet");
            committee.open("/plans/version.xhtml?id=" + id[0] + "&n=1");
            String page = committee.text(By.tagName("main"));
            assertThat(page).contains("Nguyễn Văn Soạn (BQL)", "Đặng Quốc Duyệt (BCD07)")
                    .doesNotContain("bql.soan").doesNotContain("bcd.pheduyet");
            assertThat(committee.driver().findElement(By.cssSelector(".portal-person")).getAttribute("title"))
                    .as("the organization's name and the user name on hover").isEqualTo("Ban quản lý Khu công nghệ cao Hòa Lạc · bql.soan");
            shots(committee, "people-version");

            committee.open("/audit/index.xhtml");
            filterByAction(committee, "Phê duyệt dự thảo", " đã phê duyệt dự thảo lần ");
            List<String> sentences = sentences(committee);
            assertThat(sentences).isNotEmpty().allSatisfy(s -> assertThat(s).contains(" đã phê duyệt dự thảo lần "));
            assertThat(sentences).contains("Đặng Quốc Duyệt (BCD07) đã phê duyệt dự thảo lần 1 của " + code);
            assertThat(committee.text(By.id("audit:events"))).as("the details line keeps the codes")
                    .contains("bcd.pheduyet", "VERSION_APPROVED", "PLAN_VERSION " + id[0] + "/1");
            shots(committee, "people-audit-vi");

            committee.driver().findElement(By.id("language:lang-en")).click();
            committee.awaitLanguage("en");
            committee.open("/audit/index.xhtml");
            filterByAction(committee, "Comment on a draft", " commented on draft version ");
            assertThat(sentences(committee)).isNotEmpty().allSatisfy(s -> assertThat(s).contains(" commented on draft version "))
                    .contains("Trần Minh Hải (DHBK) commented on draft version 1 of " + code);
            filterByAction(committee, "Draft approved", " approved draft version ");
            assertThat(sentences(committee)).contains("Đặng Quốc Duyệt (BCD07) approved draft version 1 of " + code);
            shots(committee, "people-audit-en");
            committee.open("/plans/version.xhtml?id=" + id[0] + "&n=1");
            shots(committee, "people-version-en");

            // the trail stays for those who may read it
            reviewer.loginAs("dhbk.gopy");
            reviewer.open("/audit/index.xhtml");
            assertThat(reviewer.text(By.id("error-title"))).isEqualTo("Không có quyền truy cập");
        }
        // the exports keep the raw codes and user names
        String csv = Library.get("bcd.pheduyet", "/api/audit/export.csv?action=VERSION_APPROVED&entityType=PLAN_VERSION&entityId=" + id[0] + "/1").body();
        assertThat(csv).contains("\"bcd.pheduyet\"", "\"VERSION_APPROVED\"").doesNotContain("Đặng Quốc Duyệt");
    }

    @Test
    void theDocumentPageNamesTheUploaderAndSaysWhatKindOfFileItIs() {
        JsonObject uploaded = Library.uploadOk("hvnn.gopy", "de-xuat.docx", Library.corpusBytes("de-xuat-phong-thi-nghiem.docx"),
                Map.of("title", "Đề xuất người thật " + UUID.randomUUID().toString().substring(0, 6)));
        long id = uploaded.getJsonNumber("id").longValue();
        Library.awaitExtraction("hvnn.gopy", id, Duration.ofMinutes(3));
        try (Browser browser = new Browser()) {
            browser.loginAs("hvnn.gopy");
            browser.open("/documents/view.xhtml?id=" + id);
            assertThat(browser.text(By.id("doc:versions"))).contains("Phạm Đức Thắng (HVNN)").doesNotContain("hvnn.gopy");
            WebElement type = browser.waitFor(By.id("content-type"));
            assertThat(type.getText()).isEqualTo("Word");
            assertThat(type.getAttribute("title")).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            assertThat(browser.text(By.id("doc:extraction"))).as("no jargon until the details are opened")
                    .doesNotContain("application/vnd").doesNotContain("SHA-256");
            browser.driver().findElement(By.cssSelector("#technical summary")).click();
            assertThat(browser.text(By.id("exact-type"))).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            assertThat(browser.text(By.id("sha256"))).isEqualTo(Library.currentVersion(uploaded).getString("sha256"));
            shots(browser, "people-document");

            browser.open("/documents/index.xhtml");
            List<String> kinds = browser.driver().findElements(By.cssSelector("#library\\:documents .file-kind")).stream()
                    .map(WebElement::getText).toList();
            assertThat(kinds).isNotEmpty().allSatisfy(k -> assertThat(k).doesNotContain("/"));
            assertThat(kinds).containsAnyOf("Word", "PDF", "Bảng tính", "Văn bản OpenDocument", "Văn bản");
            shots(browser, "people-library");

            browser.open("/search.xhtml?q=" + java.net.URLEncoder.encode("phòng thí nghiệm", java.nio.charset.StandardCharsets.UTF_8) + "&type=DOCUMENT");
            List<WebElement> hitKinds = browser.driver().findElements(By.cssSelector("#results .file-kind"));
            shots(browser, "people-search");
            assertThat(hitKinds).isNotEmpty();
            assertThat(hitKinds.stream().map(WebElement::getText)).contains("Word ·");
        }
    }

    @Test
    void theApiNamesPeopleBesideTheirUserNamesAndSaysWhatTypeAFoundDocumentIs() {
        long[] id = new long[1];
        approvedPlan(id);
        JsonObject version = Plans.ok(Library.get("dhbk.gopy", "/api/plans/" + id[0] + "/versions/1"), 200);
        assertThat(version.getString("submittedBy")).isEqualTo("bql.soan");
        assertThat(version.getString("submittedByName")).isEqualTo("Nguyễn Văn Soạn");
        assertThat(version.getJsonObject("decision").getString("decidedBy")).isEqualTo("bcd.pheduyet");
        assertThat(version.getJsonObject("decision").getString("decidedByName")).isEqualTo("Đặng Quốc Duyệt");

        JsonObject uploaded = Library.uploadOk("dhqg.gopy", "ghi-chu.txt", "Ghi chú về phòng thí nghiệm chung".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("title", "Ghi chú " + UUID.randomUUID().toString().substring(0, 6)));
        JsonObject document = Portal.json(Library.get("dhqg.gopy", "/api/documents/" + uploaded.getJsonNumber("id").longValue()).body());
        assertThat(Library.currentVersion(document).getString("createdBy")).isEqualTo("dhqg.gopy");
        assertThat(Library.currentVersion(document).getString("createdByName")).isEqualTo("Lê Thu Hà");

        JsonObject events = Plans.ok(Library.get("bcd.pheduyet", "/api/audit?action=VERSION_APPROVED&entityType=PLAN_VERSION&entityId="
                + id[0] + "/1"), 200);
        assertThat(events.getJsonArray("items").getValuesAs(JsonObject.class)).singleElement().satisfies(e -> {
            assertThat(e.getString("actor")).isEqualTo("bcd.pheduyet");
            assertThat(e.getString("actorName")).isEqualTo("Đặng Quốc Duyệt");
        });
        assertThat(Library.get("dhqg.gopy", "/api/audit?action=VERSION_APPROVED").statusCode()).as("universities do not read the trail").isEqualTo(403);

        Library.awaitExtraction("dhqg.gopy", uploaded.getJsonNumber("id").longValue(), Duration.ofMinutes(3));
        Library.awaitIndexed();
        JsonObject found = Library.search("dhqg.gopy", "\"ghi chú về phòng thí nghiệm chung\"", "DOCUMENT");
        assertThat(found.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(hit -> assertThat(hit.getString("contentType")).startsWith("text/plain"));
    }

    /** Picks the action by its words in the filter, applies the filter and waits until every sentence shown says {@code says}. */
    private static void filterByAction(Browser browser, String words, String says) {
        // the list opens with an animation: a click that lands on it while it moves is tried again
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).ignoring(ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class).until(d -> {
                    if (!d.findElement(By.id("audit:action_label")).getText().equals(words)) {
                        if (!d.findElement(By.id("audit:action_panel")).isDisplayed()) {
                            d.findElement(By.id("audit:action")).click();
                        }
                        browser.waitFor(By.cssSelector("#audit\\:action_panel li[data-label='" + words + "']")).click();
                    }
                    return d.findElement(By.id("audit:action_label")).getText().equals(words);
                });
        browser.driver().findElement(By.id("audit:search")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            try {
                List<String> shown = sentences(browser);
                return !shown.isEmpty() && shown.stream().allMatch(s -> s.contains(says));
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return false;
            }
        });
    }

    /** Screenshots for a person to look at, at desktop (1440×900) and phone (390×844) width. */
    private static void shots(Browser browser, String name) {
        for (int[] size : new int[][]{{1440, 900}, {390, 844}}) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
            browser.screenshot(name + "-" + size[0]);
        }
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
    }

    private static List<String> sentences(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#audit\\:events .audit-sentence")).stream().map(WebElement::getText).toList();
    }
}
