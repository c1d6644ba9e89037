package vn.hoalac.portal.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, a phone (390×844) and a desktop (1440×900) in Chromium: on every main list (plans, library, agreements,
 * proposals, audit trail, search results, a plan's targets and versions, a version's targets, the home page's tasks)
 * the title of the first row is readable inside the screen and opens its record, and so does a record that is not the
 * newest; the menu button opens the menu with the user and the language switch, which works; at desktop width the
 * targets table shows every year without a horizontal scrollbar.
 */
@ExtendWith(PortalStackExtension.class)
class PhoneBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @Test
    void onAPhoneEveryListShowsItsTitlesAndOpensTheirRecords() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String word = "dienthoai" + tag;
        // the park's records, the oldest first: what is looked for is not only the newest row of each list
        long olderDocument = Library.uploadOk("bql.soan", "tai-lieu-cu-" + tag + ".txt",
                "Báo cáo khảo sát hạ tầng kỹ thuật".getBytes(StandardCharsets.UTF_8),
                Map.of("title", "Báo cáo khảo sát hạ tầng cũ " + tag)).getJsonNumber("id").longValue();
        long plan = Plans.create("Đề án thử trên điện thoại " + word);
        Plans.saveDraft(plan, Plans.draftRevision(plan),
                Json.createArrayBuilder().add(Plans.section("chuong-1", "Chương I", "<p>Khu công nghệ cao " + word + "</p>")),
                Json.createArrayBuilder().add(Plans.target("CT01", "Tổng vốn đầu tư đăng ký vào Khu", "tỷ đồng",
                        "Ban quản lý Khu công nghệ cao Hòa Lạc", Map.of("2025", 20000, "2027", 25000, "2030", 60000, "2045", 150000))));
        Plans.submit(plan, LocalDate.now().plusDays(14), "DHBK");
        String agreementTitle = "Thỏa thuận thử trên điện thoại " + tag;
        long agreement = Plans.ok(Plans.post("bql.soan", "/api/agreements", AgreementsApiIT.agreement(
                "99/2026/DT-" + tag, LocalDate.now().plusYears(3), "ACTIVE", "DHBK").add("title", agreementTitle).build()), 201)
                .getJsonNumber("id").longValue();
        String proposalTitle = "Đề xuất thử trên điện thoại " + tag;
        long proposal = Plans.ok(Plans.post("hvnn.gopy", "/api/proposals", Json.createObjectBuilder()
                .add("title", proposalTitle).add("purpose", "Thử danh sách trên điện thoại")
                .add("budget", 10).add("area", 100).add("timeline", "2026").add("documents", Json.createArrayBuilder()).build()), 201)
                .getJsonNumber("id").longValue();
        String newerTitle = "Tài liệu mới nhất " + tag;
        Library.uploadOk("bql.soan", "tai-lieu-moi-" + tag + ".txt", "Tài liệu mới".getBytes(StandardCharsets.UTF_8),
                Map.of("title", newerTitle));

        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.viewport(PHONE_WIDTH, PHONE_HEIGHT);

            park.open("/plans/index.xhtml");
            opensItsRecord(park, first(park, "a.plan-link"), "/plans/plan.xhtml");
            park.open("/plans/index.xhtml");
            opensItsRecord(park, link(park, "a.plan-link", "Đề án thử trên điện thoại " + word), "/plans/plan.xhtml?id=" + plan);
            park.screenshot("phone-plan");

            // the plan's versions and targets
            park.driver().findElement(By.cssSelector("a[href='#tabs:tab-targets']")).click();
            WebElement name = park.waitFor(By.cssSelector("[id^='tabs:targets-form'][id$=':name']"));
            readable(park, name, null);
            assertThat(name.getAttribute("value")).isEqualTo("Tổng vốn đầu tư đăng ký vào Khu");
            for (WebElement year : park.driver().findElements(By.cssSelector("input.target-value"))) {
                readable(park, year, null);
            }
            park.screenshot("phone-plan-targets");
            park.driver().findElement(By.cssSelector("a[href='#tabs:tab-versions']")).click();
            opensItsRecord(park, park.waitFor(By.cssSelector("a.version-link")), "/plans/version.xhtml?id=" + plan + "&n=1");
            WebElement versionTarget = park.waitFor(By.cssSelector("#version-targets-table tbody td:nth-child(2)"));
            assertThat(versionTarget.getText()).contains("Tổng vốn đầu tư đăng ký vào Khu");
            readable(park, versionTarget, null);
            park.screenshot("phone-version");

            // the library: the newest first, then an older one found by its title filter behind the phone's button
            park.open("/documents/index.xhtml");
            opensItsRecord(park, first(park, "a.document-link"), "/documents/view.xhtml?id=");
            park.open("/documents/index.xhtml");
            WebElement titleFilter = park.driver().findElement(By.cssSelector("[id='library:documents:title:filter']"));
            assertThat(titleFilter.isDisplayed()).as("the column filters wait behind their button").isFalse();
            park.waitFor(By.id("filters-button")).click();
            park.waitFor(By.cssSelector("[id='library:documents:title:filter']")).sendKeys("khảo sát hạ tầng cũ " + tag);
            new WebDriverWait(park.driver(), WAIT).until(d -> d.findElements(By.cssSelector("a.document-link")).size() == 1
                    && d.findElement(By.cssSelector("a.document-link")).getText().contains(tag));
            park.screenshot("phone-library-filtered");
            opensItsRecord(park, first(park, "a.document-link"), "/documents/view.xhtml?id=" + olderDocument);

            park.open("/agreements/index.xhtml");
            opensItsRecord(park, first(park, "a.agreement-title-link"), "/agreements/view.xhtml?id=");
            park.open("/agreements/index.xhtml");
            opensItsRecord(park, link(park, "a.agreement-title-link", agreementTitle), "/agreements/view.xhtml?id=" + agreement);

            park.open("/proposals/index.xhtml");
            opensItsRecord(park, first(park, "a.proposal-link"), "/proposals/view.xhtml?id=");
            park.open("/proposals/index.xhtml");
            opensItsRecord(park, link(park, "a.proposal-link", proposalTitle), "/proposals/view.xhtml?id=" + proposal);

            // search: the results take the width, the facets open from their button
            park.open("/search.xhtml?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
            WebElement hit = first(park, "a.hit-title");
            assertThat(hit.getRect().getWidth()).as("the result is not squeezed beside the facets").isGreaterThan(PHONE_WIDTH / 2);
            assertThat(park.driver().findElement(By.id("facets")).isDisplayed()).isFalse();
            park.waitFor(By.id("facets-button")).click();
            assertThat(park.waitFor(By.id("facets")).getText()).isNotBlank();
            park.screenshot("phone-search");
            opensItsRecord(park, hit, "/plans/");
        }

        // the audit trail, as the committee (who may open the plans it lists)
        try (Browser committee = new Browser()) {
            committee.loginAs("bcd.pheduyet");
            committee.viewport(PHONE_WIDTH, PHONE_HEIGHT);
            committee.open("/audit/index.xhtml");
            readable(committee, first(committee, "#audit\\:events tbody tr:first-child .audit-sentence"), null);
            committee.waitFor(By.id("audit:entity-type")).sendKeys("PLAN");
            committee.driver().findElement(By.id("audit:entity-id")).sendKeys(String.valueOf(plan));
            committee.driver().findElement(By.id("audit:search")).click();
            new WebDriverWait(committee.driver(), WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                List<WebElement> links = d.findElements(By.cssSelector("a.audit-entity-link"));
                return !links.isEmpty() && links.stream().allMatch(a -> a.getAttribute("href").endsWith("/plans/plan.xhtml?id=" + plan));
            });
            committee.screenshot("phone-audit");
            opensItsRecord(committee, first(committee, "a.audit-entity-link"), "/plans/plan.xhtml?id=" + plan);
        }

        // the home page of the university invited to review: its task opens the version
        try (Browser dhbk = new Browser()) {
            dhbk.loginAs("dhbk.gopy");
            dhbk.viewport(PHONE_WIDTH, PHONE_HEIGHT);
            dhbk.open("/");
            WebElement task = first(dhbk, "#tasks li a");
            dhbk.screenshot("phone-home");
            opensItsRecord(dhbk, task, "/plans/version.xhtml?id=");
        }
    }

    @Test
    void onAPhoneTheMenuButtonOpensTheMenuWithTheUserAndTheLanguage() {
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.viewport(PHONE_WIDTH, PHONE_HEIGHT);
            park.open("/plans/index.xhtml");
            WebElement header = park.waitFor(By.cssSelector("header.portal-header"));
            assertThat(header.getRect().getHeight()).as("the header leaves the screen to the page").isLessThan(PHONE_HEIGHT / 10);
            assertThat(park.driver().findElement(By.id("portal-nav")).isDisplayed()).isFalse();
            assertThat(park.driver().findElement(By.id("current-user")).isDisplayed()).isFalse();
            park.screenshot("phone-menu-closed");

            WebElement button = park.waitFor(By.id("menu-button"));
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
            button.click();
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
            readable(park, park.waitFor(By.id("current-user")), null);
            assertThat(park.text(By.id("portal-nav"))).contains("Đề án", "Thư viện tài liệu");
            readable(park, park.waitFor(By.id("language:lang-en")), "English");
            park.screenshot("phone-menu-open");
            park.driver().findElement(By.id("language:lang-en")).click();
            awaitLanguage(park, "en");
            assertThat(park.text(By.cssSelector("h1.portal-title"))).isEqualTo("Plans");
            assertThat(park.driver().findElement(By.id("portal-nav")).isDisplayed()).as("a new page starts with the menu closed").isFalse();
            park.waitFor(By.id("menu-button")).click();
            assertThat(park.text(By.id("portal-nav"))).contains("Plans", "Document library");
            readable(park, park.waitFor(By.id("language:lang-vi")), "Tiếng Việt");
            park.screenshot("phone-menu-english");
            // the menu itself opens a page
            park.driver().findElement(By.xpath("//nav[@id='portal-nav']//a[normalize-space(.)='Document library']")).click();
            new WebDriverWait(park.driver(), WAIT).until(ExpectedConditions.urlContains("/documents/index.xhtml"));

            // a desktop keeps its header: no menu button, the menu and the user in sight
            park.viewport(1440, 900);
            park.open("/plans/index.xhtml");
            assertThat(park.waitFor(By.id("portal-nav")).isDisplayed()).isTrue();
            assertThat(park.driver().findElement(By.id("current-user")).isDisplayed()).isTrue();
            assertThat(park.driver().findElement(By.id("menu-button")).isDisplayed()).isFalse();
        }
    }

    @Test
    void inEnglishAndAtDesktopWidthTheListsReadTheSame() {
        long plan = Plans.create("Đề án thử hai ngôn ngữ " + UUID.randomUUID().toString().substring(0, 6));
        Map<String, String> lists = new java.util.LinkedHashMap<>();
        lists.put("/plans/index.xhtml", "a.plan-link");
        lists.put("/documents/index.xhtml", "a.document-link");
        lists.put("/agreements/index.xhtml", "a.agreement-title-link");
        lists.put("/proposals/index.xhtml", "a.proposal-link");
        lists.put("/search.xhtml?q=" + URLEncoder.encode("hai ngôn ngữ", StandardCharsets.UTF_8), "a.hit-title");
        lists.put("/plans/plan.xhtml?id=" + plan, "a[href='#tabs:tab-targets']");
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            for (String language : new String[] {"en", "vi"}) {
                park.viewport(1440, 900);
                park.open("/");
                park.waitFor(By.id("language:lang-" + language)).click();
                awaitLanguage(park, language);
                for (int[] size : new int[][] {{PHONE_WIDTH, PHONE_HEIGHT}, {1440, 900}}) {
                    park.viewport(size[0], size[1]);
                    for (Map.Entry<String, String> list : lists.entrySet()) {
                        park.open(list.getKey());
                        WebElement title = first(park, list.getValue());
                        readable(park, title, null);
                        assertThat(title.getText()).isNotBlank();
                        park.screenshot("lists" + list.getKey().replaceAll("\\?.*$", "").replaceAll("[^a-z]+", "-")
                                + "-" + language + "-" + size[0]);
                    }
                }
            }
        }
    }

    @Test
    void atDesktopWidthTheTargetsTableShowsEveryYearWithoutAScrollbar() {
        long plan = Plans.create("Đề án thử bảng chỉ tiêu " + UUID.randomUUID().toString().substring(0, 6));
        Plans.saveDraft(plan, Plans.draftRevision(plan), Json.createArrayBuilder(), Json.createArrayBuilder()
                .add(Plans.target("CT01", "Tổng vốn đầu tư đăng ký", "tỷ đồng", "Ban quản lý Khu công nghệ cao Hòa Lạc",
                        Map.of("2025", 20000, "2027", 25000, "2030", 60000, "2045", 150000)))
                .add(Plans.target("CT02", "Số doanh nghiệp khởi nghiệp đổi mới sáng tạo được ươm tạo", "doanh nghiệp",
                        "Sở Khoa học và Công nghệ", Map.of("2025", 50, "2027", 80, "2030", 150, "2045", 500))));
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.viewport(1440, 900);
            park.open("/plans/plan.xhtml?id=" + plan);
            park.waitFor(By.cssSelector("a[href='#tabs:tab-targets']")).click();
            WebElement table = park.waitFor(By.id("tabs:targets-form:targets"));
            park.screenshot("desktop-plan-targets");
            WebElement wrapper = table.findElement(By.cssSelector(".ui-datatable-tablewrapper"));
            Map<?, ?> scroll = (Map<?, ?>) js(park, "return {sw: arguments[0].scrollWidth, cw: arguments[0].clientWidth,"
                    + " page: document.documentElement.scrollWidth, vw: document.documentElement.clientWidth};", wrapper);
            assertThat(((Number) scroll.get("sw")).longValue()).as("no horizontal scrollbar in the table")
                    .isLessThanOrEqualTo(((Number) scroll.get("cw")).longValue());
            assertThat(((Number) scroll.get("page")).longValue()).as("nor on the page")
                    .isLessThanOrEqualTo(((Number) scroll.get("vw")).longValue());
            List<String> years = table.findElements(By.cssSelector("thead th.target-year")).stream().map(WebElement::getText).toList();
            assertThat(years).containsExactly("2025", "2027", "2030", "2045");
            for (WebElement year : table.findElements(By.cssSelector("thead th.target-year"))) {
                readable(park, year, null);
            }
            for (WebElement value : table.findElements(By.cssSelector("input.target-value"))) {
                readable(park, value, null);
            }
            assertThat(table.findElement(By.cssSelector("[id$=':name']")).getRect().getWidth()).as("the name stays readable")
                    .isGreaterThan(120);
        }
    }

    @Test
    void onAPhoneTheDetachButtonOfAnAttachmentIsAButtonNotAColumnOfLetters() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long plan = Plans.create("Đề án thử tệp đính kèm " + tag);
        long document = Library.uploadOk("bql.soan", "dinh-kem-" + tag + ".txt", "Phụ lục đính kèm".getBytes(StandardCharsets.UTF_8),
                Map.of("title", "Phụ lục đính kèm " + tag)).getJsonNumber("id").longValue();
        try (java.sql.Connection c = Portal.database(); java.sql.PreparedStatement s = c.prepareStatement(
                "INSERT INTO plan_attachment (plan_id, document_id, added_at, added_by) VALUES (?, ?, now(), 'bql.soan')")) {
            s.setLong(1, plan);
            s.setLong(2, document);
            s.executeUpdate();
        }
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.viewport(PHONE_WIDTH, PHONE_HEIGHT);
            park.open("/plans/plan.xhtml?id=" + plan);
            park.waitFor(By.cssSelector("a[href='#tabs:tab-attachments']")).click();
            WebElement detach = park.waitFor(By.cssSelector("[id^='tabs:attachments-form:attachments'] button.ui-button-danger"));
            js(park, "arguments[0].scrollIntoView({block: 'center'})", detach);
            park.screenshot("phone-plan-attachments");
            Map<?, ?> box = (Map<?, ?>) js(park, """
                    var b = arguments[0].getBoundingClientRect(), t = arguments[0].querySelector('.ui-button-text');
                    return {w: b.width, h: b.height, indent: parseFloat(getComputedStyle(t).textIndent)};""", detach);
            double width = ((Number) box.get("w")).doubleValue();
            double height = ((Number) box.get("h")).doubleValue();
            assertThat(height).as("one line high, not a column of letters").isLessThan(3 * width);
            assertThat(((Number) box.get("indent")).doubleValue()).as("its hidden text stays out of sight").isLessThan(-1000);
            assertThat(detach.getAttribute("title")).isEqualTo("Gỡ tài liệu");
            assertThat(js(park, "var t = arguments[0].closest('td').querySelector('.ui-column-title'); return t && t.textContent;", detach))
                    .as("the stacked row names what its button does").isEqualTo("Gỡ tài liệu");
            readable(park, detach, null);
        }
    }

    /** Waits for the page in {@code language} (the switch reloads the page: an element read while it goes is read again). */
    private static void awaitLanguage(Browser browser, String language) {
        new WebDriverWait(browser.driver(), WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang"))
                        && d.findElement(By.id("brand")).isDisplayed());
    }

    /** The first element matching {@code css} once it shows. */
    private static WebElement first(Browser browser, String css) {
        return browser.waitFor(By.cssSelector(css));
    }

    /** The link matching {@code css} whose text is {@code text}. */
    private static WebElement link(Browser browser, String css, String text) {
        return new WebDriverWait(browser.driver(), WAIT).until(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(a -> a.getText().strip().equals(text)).findFirst().orElse(null));
    }

    /** Reads the link as a person would (readable, in the screen), clicks it, and checks the record it names opens. */
    private static void opensItsRecord(Browser browser, WebElement link, String expected) {
        String title = link.getText().strip();
        String href = link.getAttribute("href");
        readable(browser, link, title);
        assertThat(href).contains(expected);
        link.click();
        String target = href.replaceAll("#.*$", "");
        new WebDriverWait(browser.driver(), WAIT).until(d -> d.getCurrentUrl().replaceAll("#.*$", "").equals(target));
        assertThat(browser.driver().getCurrentUrl()).contains(expected);
        assertThat(browser.text(By.cssSelector("main"))).as("the record, not an error page").doesNotContain("Không tìm thấy");
    }

    /**
     * The element is there for the eye: a box of non-zero size inside the screen's width (inside its height once
     * scrolled to), not covered by anything, with text of a readable size; the page itself does not scroll sideways.
     */
    private static void readable(Browser browser, WebElement element, String text) {
        Map<?, ?> box = (Map<?, ?>) js(browser, """
                var e = arguments[0];
                e.scrollIntoView({block: 'center', inline: 'nearest'});
                var r = e.getBoundingClientRect();
                var hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + r.height / 2);
                return {w: r.width, h: r.height, left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                        vw: document.documentElement.clientWidth, vh: window.innerHeight,
                        page: document.documentElement.scrollWidth,
                        wider: Array.from(document.querySelectorAll('body *'))
                                .filter(x => x.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                                .slice(-3).map(x => x.tagName + '#' + x.id + '.' + x.className).join(' '),
                        onTop: hit !== null && (hit === e || e.contains(hit) || hit.contains(e)),
                        font: parseFloat(getComputedStyle(e).fontSize)};
                """, element);
        String what = element.getTagName() + " '" + element.getText() + "' " + box;
        assertThat(number(box, "w")).as("width of " + what).isGreaterThan(0);
        assertThat(number(box, "h")).as("height of " + what).isGreaterThan(0);
        assertThat(number(box, "left")).as("left edge of " + what).isGreaterThanOrEqualTo(0);
        assertThat(number(box, "right")).as("right edge of " + what).isLessThanOrEqualTo(number(box, "vw"));
        assertThat(number(box, "top")).as("top of " + what).isGreaterThanOrEqualTo(0);
        assertThat(number(box, "bottom")).as("bottom of " + what).isLessThanOrEqualTo(number(box, "vh"));
        assertThat(number(box, "page")).as("the page scrolls sideways at " + what).isLessThanOrEqualTo(number(box, "vw"));
        assertThat((Boolean) box.get("onTop")).as(what + " is covered").isTrue();
        assertThat(number(box, "font")).as("font size of " + what).isGreaterThanOrEqualTo(12);
        if (text != null) {
            assertThat(element.getText().strip()).isEqualTo(text).isNotBlank();
        }
    }

    private static double number(Map<?, ?> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    private static Object js(Browser browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }
}
