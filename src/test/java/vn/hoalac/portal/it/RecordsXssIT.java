package vn.hoalac.portal.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Script payloads in everything a user types into plans, agreements and proposals (titles, rich text, target names
 * shown in charts, comments, rationales, conclusions, contacts, opinions) never run, checked in Chromium with an alert
 * hook and a global the payloads would set, and each page shows every such field it displays literally, as text (a
 * page that dropped the field would pass the first check, not this one).
 */
@ExtendWith(PortalStackExtension.class)
class RecordsXssIT {

    private static final String PAYLOAD = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=1\">";

    @Test
    void payloadsInPlansAgreementsAndProposalsNeverRun() {
        // a word of its own beside each payload, so that a search finds exactly these records (the text search parser
        // reads the payload's tags and script as tags and file names, not words)
        String mark = "xss" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        long plan = Plans.create("Đề án " + mark + " " + PAYLOAD);
        long revision = Plans.draftRevision(plan);
        Plans.saveDraft(plan, revision,
                Json.createArrayBuilder().add(Plans.section("c1", "Chương " + PAYLOAD, "<p>Nội dung " + PAYLOAD + "</p>"
                        + "<a href=\"javascript:window.__xss=1\">liên kết</a>")),
                Json.createArrayBuilder().add(Plans.target("CT01", "Chỉ tiêu </script>" + PAYLOAD, "tỷ đồng", "BQL " + PAYLOAD,
                        Map.of("2025", 1, "2030", 2))));
        Plans.submit(plan, LocalDate.now().plusDays(7), "DHBK");
        long comment = Plans.comment("dhbk.gopy", plan, 1, "c1", "Góp ý " + PAYLOAD).getJsonNumber("id").longValue();
        Plans.answer(plan, 1, comment, "NOT_ACCEPTED", "Giải trình " + PAYLOAD);
        Plans.ok(Plans.post("bql.soan", "/api/plans/" + plan + "/targets/CT01/progress", Json.createObjectBuilder()
                .add("period", "2025-H1").add("actual", 1).add("status", "AT_RISK").add("note", "Ghi chú " + PAYLOAD).build()), 201);

        long agreement = Plans.ok(Plans.post("bql.soan", "/api/agreements", Json.createObjectBuilder()
                .add("number", "XSS-" + UUID.randomUUID().toString().substring(0, 6)).add("title", "Thỏa thuận " + mark + " " + PAYLOAD)
                .add("kind", "AGREEMENT").add("parties", Json.createArrayBuilder().add("DHBK")).add("status", "NEGOTIATING")
                .add("contacts", "Liên hệ " + PAYLOAD)
                .add("milestones", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", "Mốc " + PAYLOAD)
                        .add("due", LocalDate.now().plusDays(10).toString()))).build()), 201).getJsonNumber("id").longValue();
        long proposal = Plans.ok(Plans.post("dhbk.gopy", "/api/proposals", Json.createObjectBuilder()
                .add("title", "Đề xuất " + PAYLOAD).add("purpose", "Mục đích " + mark + " " + PAYLOAD).add("timeline", "Tiến độ " + PAYLOAD).build()), 201)
                .getJsonNumber("id").longValue();

        // the payloads are found by search, and its page shows them as text too
        assertThat(Library.search("bql.soan", mark, null).getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(hit -> hit.getString("type") + " " + hit.getJsonNumber("id").longValue()).toList())
                .contains("PLAN " + plan, "AGREEMENT " + agreement, "PROPOSAL " + proposal);
        // what each page must show, as characters: every field of these records it displays; rich text is not among
        // them: it is cleaned on save, so its payload's markup is gone, neither run nor shown
        List<String> cleaned = List.of("Nội dung " + PAYLOAD);
        String planTitle = "Đề án " + mark + " " + PAYLOAD;
        String sectionTitle = "Chương " + PAYLOAD;
        String targetName = "Chỉ tiêu </script>" + PAYLOAD;
        String targetLead = "BQL " + PAYLOAD;
        String commentBody = "Góp ý " + PAYLOAD;
        String rationale = "Giải trình " + PAYLOAD;
        String progressNote = "Ghi chú " + PAYLOAD;
        String agreementTitle = "Thỏa thuận " + mark + " " + PAYLOAD;
        String contacts = "Liên hệ " + PAYLOAD;
        String milestone = "Mốc " + PAYLOAD;
        String proposalTitle = "Đề xuất " + PAYLOAD;
        String purpose = "Mục đích " + mark + " " + PAYLOAD;
        String timeline = "Tiến độ " + PAYLOAD;
        Map<String, List<String>> park = new LinkedHashMap<>();
        park.put("/search.xhtml?q=" + mark, List.of(planTitle, agreementTitle, proposalTitle));
        park.put("/plans/index.xhtml", List.of(planTitle));
        park.put("/plans/plan.xhtml?id=" + plan, List.of(planTitle, sectionTitle, targetName, targetLead));
        park.put("/plans/version.xhtml?id=" + plan + "&n=1", List.of(planTitle, sectionTitle, targetName, targetLead, commentBody, rationale));
        park.put("/plans/progress.xhtml?id=" + plan, List.of(planTitle, targetName, targetLead, progressNote));
        park.put("/plans/compare.xhtml?id=" + plan + "&from=1&to=1", List.of(planTitle)); // unchanged sections are counted, not named
        park.put("/", List.of(planTitle, proposalTitle)); // its tasks: the version to send to the committee, the proposal to handle
        park.put("/agreements/index.xhtml", List.of(agreementTitle));
        park.put("/agreements/view.xhtml?id=" + agreement, List.of(agreementTitle, contacts, milestone));
        park.put("/proposals/index.xhtml", List.of(proposalTitle));
        park.put("/proposals/view.xhtml?id=" + proposal, List.of(proposalTitle, purpose, timeline));
        check("bql.soan", park, cleaned);
        Map<String, List<String>> university = new LinkedHashMap<>();
        university.put("/search.xhtml?q=" + mark, List.of(planTitle, agreementTitle, proposalTitle));
        university.put("/plans/version.xhtml?id=" + plan + "&n=1", List.of(planTitle, sectionTitle, targetName, targetLead, commentBody, rationale));
        university.put("/agreements/view.xhtml?id=" + agreement, List.of(agreementTitle, contacts, milestone));
        university.put("/proposals/view.xhtml?id=" + proposal, List.of(proposalTitle, purpose, timeline));
        check("dhbk.gopy", university, cleaned);
    }

    /**
     * Opens each page as the user: nothing of a payload ran or became an element, each of its fields is shown as text,
     * and none of {@code neverShown} is.
     */
    private static void check(String user, Map<String, List<String>> pages, List<String> neverShown) {
        List<String> notShown = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.loginAs(user);
            pages.forEach((page, fields) -> {
                browser.open(page);
                browser.waitFor(By.className("portal-title"));
                browser.openEveryTab(); // a tab's fields are drawn when it is first opened
                assertThatThrownBy(() -> browser.driver().switchTo().alert()).as(page).isInstanceOf(NoAlertPresentException.class);
                assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__xss")).as(page).isNull();
                assertThat(browser.driver().findElements(By.cssSelector("main script:not([id]), main img[src='x']")))
                        .as(page + ": no element of a payload in the page").isEmpty();
                String shown = shownText(browser);
                fields.stream().filter(field -> !shown.contains(field)).forEach(field -> notShown.add(page + ": " + field));
                assertThat(neverShown).as(page + ": cleaned markup is not shown as text").noneMatch(shown::contains);
            });
            browser.screenshot("xss-records-" + user);
        }
        assertThat(notShown).as("fields not shown as text to " + user).isEmpty();
    }

    /**
     * The page's text as characters: its text nodes (not those of scripts and styles) and the values of its visible
     * kinds of fields (not hidden inputs), in the panels and tabs that are open and those that are not (every tab was opened
     * once: the plan page draws a tab when it is first opened), with white space
     * collapsed. A payload that became markup is not in it (its tags are elements, not characters); one shown as text
     * is, literally.
     */
    private static String shownText(Browser browser) {
        Object text = ((JavascriptExecutor) browser.driver()).executeScript("""
                const parts = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {acceptNode: node =>
                        node.parentElement.closest('script, style, template, noscript') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});
                while (walker.nextNode()) {
                    parts.push(walker.currentNode.nodeValue);
                }
                document.querySelectorAll('input:not([type=hidden]), textarea').forEach(field => parts.push(' ' + field.value + ' '));
                return parts.join('');
                """);
        return String.valueOf(text).replaceAll("\\s+", " ");
    }
}
