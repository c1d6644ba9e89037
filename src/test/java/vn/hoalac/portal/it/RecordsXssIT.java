package vn.hoalac.portal.it;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Script payloads in everything a user types into plans, agreements and proposals (titles, rich text, target names
 * shown in charts, comments, rationales, conclusions, contacts, opinions) are shown as text and never run, checked in
 * Chromium with an alert hook and a global the payloads would set.
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
        check("bql.soan", List.of("/search.xhtml?q=" + mark, "/plans/index.xhtml", "/plans/plan.xhtml?id=" + plan, "/plans/version.xhtml?id=" + plan + "&n=1",
                "/plans/progress.xhtml?id=" + plan, "/plans/compare.xhtml?id=" + plan + "&from=1&to=1", "/",
                "/agreements/index.xhtml", "/agreements/view.xhtml?id=" + agreement, "/proposals/index.xhtml",
                "/proposals/view.xhtml?id=" + proposal));
        check("dhbk.gopy", List.of("/search.xhtml?q=" + mark, "/plans/version.xhtml?id=" + plan + "&n=1", "/agreements/view.xhtml?id=" + agreement,
                "/proposals/view.xhtml?id=" + proposal));
    }

    private static void check(String user, List<String> pages) {
        try (Browser browser = new Browser()) {
            browser.loginAs(user);
            for (String page : pages) {
                browser.open(page);
                browser.waitFor(By.className("portal-title"));
                assertThatThrownBy(() -> browser.driver().switchTo().alert()).as(page).isInstanceOf(NoAlertPresentException.class);
                assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__xss")).as(page).isNull();
                assertThat(browser.driver().findElements(By.cssSelector("main script:not([id]), main img[src='x']")))
                        .as(page + ": no element of a payload in the page").isEmpty();
            }
            browser.screenshot("xss-records-" + user);
        }
    }
}
