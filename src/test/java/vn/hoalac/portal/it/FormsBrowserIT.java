package vn.hoalac.portal.it;

import jakarta.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms and languages in Chromium (issue 17): every page, as each role that sees it, in Vietnamese and in English,
 * shows no text of the other language's bundle; a form's error names the field by its label, once, beside the field,
 * in the page's language, and keeps what was typed; a long text shows its counter and is refused over its limit,
 * never cut; a page asked for with a malformed or missing id is the page that does not exist.
 */
@ExtendWith(PortalStackExtension.class)
class FormsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path BUNDLES = Path.of("src/main/resources/vn/hoalac/portal/i18n");
    /** Shorter texts ("Lưu", "Save", "Mã") are words that both languages' pages may hold as data. */
    private static final int MEANINGFUL = 12;

    private static final String MARK = UUID.randomUUID().toString().substring(0, 6);
    private static long plan;
    private static long document;
    private static long agreement;
    private static long proposal;

    @BeforeAll
    static void records() {
        plan = Plans.createWithSection("Kế hoạch kiểm thử ngôn ngữ " + MARK, "muc-1", "Mục kiểm thử " + MARK, "<p>Nội dung kiểm thử " + MARK + "</p>");
        Plans.submit(plan, LocalDate.now().plusDays(20), "DHBK");
        document = Library.uploadOk("bql.soan", "kiem-thu-ngon-ngu-" + MARK + ".txt",
                ("Tài liệu kiểm thử ngôn ngữ " + MARK).getBytes(StandardCharsets.UTF_8), Map.of()).getJsonNumber("id").longValue();
        agreement = Plans.ok(Plans.post("bql.soan", "/api/agreements",
                AgreementsApiIT.agreement("99/2026/KT-" + MARK, LocalDate.now().plusYears(2), "ACTIVE", "DHBK").build()), 201)
                .getJsonNumber("id").longValue();
        proposal = Plans.ok(Plans.post("dhbk.gopy", "/api/proposals", Json.createObjectBuilder()
                .add("title", "Đề xuất kiểm thử " + MARK).add("purpose", "Kiểm thử trang bằng hai ngôn ngữ").build()), 201)
                .getJsonNumber("id").longValue();
    }

    private static Properties bundle(String file) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    /**
     * What a page in {@code own}'s language must not show of {@code other}'s bundle, from each text that differs between
     * the bundles and is found in no text of the page's own bundle (an English hint may quote a Vietnamese column name on
     * purpose): a text without placeholders as the whole of a text or attribute of the page ("Save", "Ghi chú"); the
     * parts of a text with placeholders, long enough to mean something, anywhere on the page. Record data (a title
     * "Thỏa thuận hợp tác giữa …") is thus never taken for a label ("Thỏa thuận hợp tác").
     */
    private record Foreign(Set<String> whole, Set<String> parts) {

        static Foreign of(Properties own, Properties other) {
            String ownText = String.join("\n", own.values().stream().map(Object::toString).toList());
            Set<String> whole = new TreeSet<>();
            Set<String> parts = new TreeSet<>();
            for (String key : other.stringPropertyNames()) {
                String theirs = other.getProperty(key).replace("''", "'").strip();
                if (theirs.equals(own.getProperty(key, "").replace("''", "'").strip()) || key.startsWith("jakarta.faces.") || key.startsWith("primefaces.")) {
                    continue;
                }
                String[] pieces = theirs.split("\\{\\d[^}]*}|%(\\d\\$)?[sd]|\\n");
                if (pieces.length == 1 && !theirs.contains("{") && !theirs.contains("%")) {
                    if (theirs.length() >= 3 && !ownText.contains(theirs)) {
                        whole.add(theirs);
                    }
                    continue;
                }
                for (String piece : pieces) {
                    String part = piece.strip();
                    if (part.length() >= MEANINGFUL && !ownText.contains(part)) {
                        parts.add(part);
                    }
                }
            }
            return new Foreign(whole, parts);
        }

        List<String> on(List<String> texts) {
            String all = String.join("\n", texts);
            List<String> found = new ArrayList<>(texts.stream().filter(whole::contains).distinct().toList());
            parts.stream().filter(all::contains).forEach(found::add);
            return found;
        }
    }

    /** What the page shows a person: each of its texts (scripts and styles left out) and the words in its attributes. */
    @SuppressWarnings("unchecked")
    private static List<String> texts(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                var texts = [document.title];
                var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (var node = walker.nextNode(); node; node = walker.nextNode()) {
                    var parent = node.parentNode && node.parentNode.nodeName;
                    // a search hit's excerpt is record text, cut by its marks into pieces ("Mục ", "kiểm", …)
                    // and an audit event's stored line (user name, code, details as the hash chain keeps them, in the
                    // language they were written in) is record text too: its sentence above it is the page's language
                    var excerpt = node.parentNode && node.parentNode.closest && node.parentNode.closest('.hit-snippet, .audit-details');
                    if (parent !== 'SCRIPT' && parent !== 'STYLE' && !excerpt && node.nodeValue.trim()) {
                        texts.push(node.nodeValue.trim());
                    }
                }
                document.querySelectorAll('[placeholder], [title], [aria-label], input[type=submit], input[type=button]').forEach(function (e) {
                    ['placeholder', 'title', 'aria-label'].forEach(function (a) {
                        if (e.getAttribute(a)) { texts.push(e.getAttribute(a).trim()); }
                    });
                    if ((e.type === 'submit' || e.type === 'button') && e.value) { texts.push(e.value.trim()); }
                });
                return texts;
                """);
    }

    private static String visibleWords(Browser browser) {
        return String.join("\n", texts(browser));
    }

    /** The desktop width the screenshots are looked at in. */
    private static Browser desktop(Browser browser) {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));
        return browser;
    }

    private static void switchTo(Browser browser, String language) {
        browser.waitFor(By.id("language:lang-" + language)).click();
        // the page is replaced while it is read: read again
        browser.awaitLanguage(language);
    }

    /** Record data, in whatever language it was written: titles and categories (a category "Đề án" is not the label "Đề án"). */
    private static Set<String> recordData() {
        Set<String> data = new TreeSet<>();
        for (String username : List.of("bql.soan", "dhbk.gopy", "bcd.pheduyet", "quantri")) {
            for (jakarta.json.JsonObject d : Library.items(username, "/api/documents")) {
                data.add(d.getString("title", ""));
                data.add(d.getString("category", ""));
            }
        }
        Library.items("bql.soan", "/api/plans").forEach(p -> data.add(p.getString("title")));
        Library.items("bql.soan", "/api/agreements").forEach(a -> data.add(a.getString("title")));
        Library.items("bql.soan", "/api/proposals").forEach(p -> data.add(p.getString("title")));
        data.remove("");
        return data;
    }

    private static List<String> pagesOf(String username) {
        List<String> pages = new ArrayList<>(List.of("/", "/search.xhtml?q=ki%E1%BB%83m+th%E1%BB%AD", "/documents/index.xhtml",
                "/documents/view.xhtml?id=" + document));
        switch (username) {
            case "bql.soan" -> pages.addAll(List.of("/plans/index.xhtml", "/plans/plan.xhtml?id=" + plan,
                    "/plans/version.xhtml?id=" + plan + "&n=1", "/plans/progress.xhtml?id=" + plan, "/plans/compare.xhtml?id=" + plan,
                    "/agreements/index.xhtml", "/agreements/view.xhtml?id=" + agreement, "/agreements/view.xhtml",
                    "/proposals/index.xhtml", "/proposals/view.xhtml?id=" + proposal));
            case "dhbk.gopy" -> pages.addAll(List.of("/plans/index.xhtml", "/plans/version.xhtml?id=" + plan + "&n=1",
                    "/agreements/index.xhtml", "/agreements/view.xhtml?id=" + agreement, "/proposals/index.xhtml",
                    "/proposals/view.xhtml?id=" + proposal));
            case "bcd.pheduyet" -> pages.addAll(List.of("/plans/index.xhtml", "/plans/plan.xhtml?id=" + plan,
                    "/plans/version.xhtml?id=" + plan + "&n=1", "/agreements/index.xhtml", "/proposals/index.xhtml", "/audit/index.xhtml"));
            case "quantri" -> pages.addAll(List.of("/audit/index.xhtml", "/admin/organizations.xhtml", "/admin/health.xhtml"));
            default -> throw new IllegalArgumentException(username);
        }
        // pages nobody may enter or that do not exist speak the language too
        pages.add("/plans/plan.xhtml?id=abc");
        return pages;
    }

    @Test
    void everyPageSpeaksOnlyTheLanguageOfThePage() {
        Properties vi = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        Map<String, Foreign> foreignTo = Map.of("vi", Foreign.of(vi, en), "en", Foreign.of(en, vi));
        Set<String> data = recordData();
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String username : List.of("bql.soan", "dhbk.gopy", "bcd.pheduyet", "quantri")) {
            try (Browser browser = new Browser()) {
                browser.loginAs(username);
                for (String language : List.of("vi", "en")) {
                    browser.open("/");
                    switchTo(browser, language);
                    for (String page : pagesOf(username)) {
                        browser.open(page);
                        browser.openEveryTab(); // the plan page draws a tab when it is first opened: read them all
                        List<String> shown = texts(browser);
                        if (!page.contains("id=abc")) {
                            assertThat(shown).as(username + " " + language + " " + page + " is no error page")
                                    .doesNotContain(vi.getProperty("error.500.title"), en.getProperty("error.500.title"));
                        }
                        List<String> wrong = foreignTo.get(language).on(shown.stream().filter(t -> !data.contains(t)).toList());
                        if (!wrong.isEmpty()) {
                            found.put(username + " " + language + " " + page, wrong);
                            browser.screenshot("wrong-language-" + username + "-" + language + "-" + found.size());
                        }
                    }
                }
            }
        }
        assertThat(found).as("texts of the other language's bundle on a page").isEmpty();
    }

    @Test
    void theRichTextEditorsLinkBoxSpeaksThePagesLanguage() {
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            for (Map.Entry<String, String> expected : Map.of("vi", "Nhập liên kết:", "en", "Enter link:").entrySet()) {
                park.open("/");
                switchTo(park, expected.getKey());
                park.open("/plans/plan.xhtml?id=" + plan);
                // the editor is drawn when its tab shows; its link box exists (hidden) from then on
                park.waitFor(By.cssSelector("a[href='#tabs:tab-sections']")).click();
                new WebDriverWait(park.driver(), WAIT).until(d -> !d.findElements(By.cssSelector(".ql-tooltip")).isEmpty());
                Object before = ((JavascriptExecutor) park.driver()).executeScript("""
                        var tip = document.querySelector('.ql-tooltip');
                        tip.setAttribute('data-mode', 'link');
                        tip.classList.add('ql-editing');
                        return getComputedStyle(tip, '::before').content + '|' + getComputedStyle(tip.querySelector('a.ql-action'), '::after').content;
                        """);
                assertThat(before.toString()).as(expected.getKey())
                        .isEqualTo("\"" + expected.getValue() + "\"|\"" + (expected.getKey().equals("vi") ? "Lưu" : "Save") + "\"");
            }
        }
    }

    @Test
    void aBadPlanCodeIsNamedByItsLabelOnceBesideTheFieldAndTheTypedCodeStays() {
        try (Browser park = desktop(new Browser())) {
            park.loginAs("bql.soan");
            for (String[] language : new String[][] {
                    {"vi", "Mã đề án: chỉ gồm chữ cái không dấu"}, {"en", "Plan code: only letters without diacritics"}}) {
                park.open("/");
                switchTo(park, language[0]);
                park.open("/plans/index.xhtml");
                park.waitFor(By.id("plans:open-create")).click();
                park.waitFor(By.id("create:code")).sendKeys("mã có dấu!");
                park.driver().findElement(By.id("create:title")).sendKeys("Đề án có mã sai " + MARK);
                park.driver().findElement(By.id("create:create-button")).click();
                WebElement message = park.waitFor(By.cssSelector("#create-dialog .ui-message-error"));
                assertThat(message.getText()).startsWith(language[1]);
                assertThat(park.driver().findElement(By.id("create:code")).getAttribute("value")).isEqualTo("mã có dấu!");
                assertThat(park.driver().findElement(By.id("create:title")).getAttribute("value")).isEqualTo("Đề án có mã sai " + MARK);
                assertThat(occurrences(visibleWords(park), language[1])).as("the message appears once").isEqualTo(1);
                assertThat(park.driver().findElement(By.id("messages")).getText()).as("nothing behind the dialog").isEmpty();
                park.screenshot("form-error-plan-code-" + language[0]);
            }
        }
    }

    @Test
    void anAgreementFilterDateNotUnderstoodIsSaidInThePagesLanguageWithItsLabel() {
        try (Browser park = desktop(new Browser())) {
            park.loginAs("bql.soan");
            for (String[] language : new String[][] {
                    {"vi", "Hết hiệu lực trước ngày: „abc\" không phải là ngày"}, {"en", "Ends before: \"abc\" is not a date"}}) {
                park.open("/");
                switchTo(park, language[0]);
                park.open("/agreements/index.xhtml");
                park.waitFor(By.id("register:endsBefore_input")).sendKeys("abc");
                park.driver().findElement(By.id("register:filter")).click();
                WebElement message = park.waitFor(By.cssSelector("#register .ui-message-error"));
                assertThat(message.getText()).startsWith(language[1]);
                assertThat(park.driver().findElement(By.id("register:endsBefore_input")).getAttribute("value")).isEqualTo("abc");
                assertThat(occurrences(visibleWords(park), language[1])).as("the message appears once").isEqualTo(1);
                assertThat(visibleWords(park)).doesNotContain("register:").doesNotContain("could not be understood");
                park.screenshot("form-error-agreement-date-" + language[0]);
            }
        }
    }

    @Test
    void aLongNoteShowsItsCounterAndIsRefusedOverItsLimitWithTheTextKept() {
        long fresh = Plans.createWithSection("Đề án kiểm thử giới hạn " + MARK, "muc-1", "Mục một", "<p>Nội dung</p>");
        String note = "Ghi chú dài. ".repeat(153) + "x".repeat(2001 - 13 * 153);
        try (Browser park = desktop(new Browser())) {
            park.loginAs("bql.soan");
            park.open("/plans/plan.xhtml?id=" + fresh);
            WebElement field = park.waitFor(By.id("tabs:submit-form:note"));
            ((JavascriptExecutor) park.driver()).executeScript("arguments[0].value = arguments[1].slice(0, -1);", field, note);
            field.sendKeys("x");
            WebElement counter = park.waitFor(By.cssSelector("#tabs\\:submit-form .portal-counter"));
            assertThat(counter.getText()).isEqualTo("Dài quá giới hạn 2.000 ký tự: 2.001 ký tự. Hãy rút gọn trước khi lưu.");
            park.driver().findElement(By.xpath("//form[@id='tabs:submit-form']//label[contains(., 'Đại học Bách khoa Hà Nội')]")).click();
            park.driver().findElement(By.id("tabs:submit-form:submit-button")).click();
            park.waitFor(By.id("confirm-yes")).click();
            WebElement message = park.waitFor(By.cssSelector("#tabs\\:submit-form .ui-message-error"));
            assertThat(message.getText()).isEqualTo("Ghi chú: dài quá 2.000 ký tự; hãy rút gọn (nội dung bạn nhập vẫn còn nguyên).");
            assertThat(park.driver().findElement(By.id("tabs:submit-form:note")).getAttribute("value")).hasSize(2001);
            park.screenshot("form-over-limit-note");
        }
        assertThat(Plans.get("bql.soan", fresh).getJsonArray("versions")).as("nothing was submitted").isEmpty();
    }

    @Test
    void numbersAreReadAndWrittenInThePagesLanguageChartsIncluded() {
        long tracked = Plans.createWithSection("Đề án kiểm thử số " + MARK, "muc-1", "Mục một", "<p>Nội dung</p>");
        Plans.saveDraft(tracked, Plans.draftRevision(tracked), Json.createArrayBuilder().add(Plans.section("muc-1", "Mục một", "<p>Nội dung</p>")),
                Json.createArrayBuilder().add(Plans.target("CT01", "Tổng vốn đầu tư", "tỷ đồng", "BQL", Map.of("2030", 60000))));
        try (Browser park = desktop(new Browser())) {
            park.loginAs("bql.soan");
            // Vietnamese: "12,5" is twelve and a half, and is shown back as "12,5"; the chart writes 60.000 as the table does
            report(park, tracked, "2024", "12,5", "Đúng tiến độ");
            park.waitFor(By.xpath("//table[contains(@class,'portal-mini-table')]//td[normalize-space(.)='12,5']"));
            assertThat(chartLocale(park)).isEqualTo("vi");
            park.screenshot("numbers-vi");
            // English: "12.5"; "12,5" is refused, naming the field, and stays as typed
            park.open("/");
            switchTo(park, "en");
            report(park, tracked, "2025", "7.25", "On track");
            park.waitFor(By.xpath("//table[contains(@class,'portal-mini-table')]//td[normalize-space(.)='7.25']"));
            assertThat(park.text(By.cssSelector(".portal-mini-table"))).contains("12.5");
            assertThat(chartLocale(park)).isEqualTo("en");
            report(park, tracked, "2025", "12,5", "On track");
            WebElement message = park.waitFor(By.cssSelector("#report .ui-message-error"));
            assertThat(message.getText()).startsWith("Actual value: \"12,5\" is not a number");
            assertThat(park.driver().findElement(By.id("report:actual")).getAttribute("value")).isEqualTo("12,5");
            park.screenshot("numbers-en-refused");
        }
        List<Double> actuals = new ArrayList<>();
        Plans.ok(Library.get("bql.soan", "/api/plans/" + tracked + "/progress"), 200).getJsonArray("items").getJsonObject(0)
                .getJsonArray("reports").forEach(r -> actuals.add(r.asJsonObject().getJsonNumber("actual").doubleValue()));
        assertThat(actuals).containsExactly(12.5, 7.25);
    }

    /** The locale the page's chart formats its axes and tooltips in (Chart.js' own option). */
    private static Object chartLocale(Browser park) {
        return ((JavascriptExecutor) park.driver()).executeScript("""
                for (var name in PrimeFaces.widgets) {
                    var w = PrimeFaces.widgets[name];
                    if (w && w.chart && w.chart.options) { return w.chart.options.locale; }
                    if (w && w.cfg && w.cfg.config && w.cfg.config.options) { return w.cfg.config.options.locale; }
                }
                return null;
                """);
    }

    private static void report(Browser park, long plan, String period, String actual, String status) {
        park.open("/plans/progress.xhtml?id=" + plan);
        park.waitFor(By.id("report:period")).clear();
        park.driver().findElement(By.id("report:period")).sendKeys(period);
        park.driver().findElement(By.id("report:actual")).clear();
        park.driver().findElement(By.id("report:actual")).sendKeys(actual);
        park.driver().findElement(By.xpath("//form[@id='report']//label[normalize-space(.)='" + status + "']")).click();
        park.driver().findElement(By.id("report:report-button")).click();
    }

    @Test
    void aPageAskedForWithAMalformedOrMissingIdIsThePageThatDoesNotExist() {
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            for (String[] language : new String[][] {{"vi", "Không tìm thấy trang"}, {"en", "Page not found"}}) {
                park.open("/");
                switchTo(park, language[0]);
                for (String page : List.of("/plans/plan.xhtml?id=abc", "/plans/plan.xhtml", "/plans/version.xhtml?id=" + plan + "&n=abc",
                        "/plans/progress.xhtml?id=abc", "/plans/compare.xhtml?id=abc", "/documents/view.xhtml?id=abc",
                        "/documents/view.xhtml", "/agreements/view.xhtml?id=abc", "/proposals/view.xhtml?id=abc", "/proposals/view.xhtml")) {
                    park.open(page);
                    assertThat(park.text(By.tagName("body"))).as(page).contains(language[1]);
                }
            }
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
