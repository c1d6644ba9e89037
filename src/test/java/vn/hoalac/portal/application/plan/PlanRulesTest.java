package vn.hoalac.portal.application.plan;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.domain.model.plan.Target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class PlanRulesTest {

    private static Target target(String code, Map<Integer, String> values) {
        TreeMap<Integer, BigDecimal> v = new TreeMap<>();
        values.forEach((year, value) -> v.put(year, new BigDecimal(value)));
        return new Target(code, code, null, null, null, v);
    }

    @Test
    void theEditorsBulletListsStayBulletsAndNumberedListsStayNumbered() {
        // what Quill 2 (PrimeFaces' text editor) submits: one <ol>, each item saying what it is, with a UI marker
        String quill = "<ol><li data-list=\"ordered\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Bước một</li>"
                + "<li data-list=\"ordered\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Bước hai</li>"
                + "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Ý một</li>"
                + "<li data-list=\"bullet\" onclick=\"x()\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Ý hai</li></ol>"
                + "<p>Hết</p>";
        assertThat(RichText.clean(quill))
                .isEqualTo("<ol><li>Bước một</li><li>Bước hai</li></ol><ul><li>Ý một</li><li>Ý hai</li></ul><p>Hết</p>");
        assertThat(RichText.clean("<ol><li data-list=\"bullet\">a</li></ol>")).isEqualTo("<ul><li>a</li></ul>");
        assertThat(RichText.clean("<ol start=\"3\"><li>c</li></ol>")).isEqualTo("<ol start=\"3\"><li>c</li></ol>");
        assertThat(RichText.lines(RichText.clean(quill))).containsExactly("- Bước một", "- Bước hai", "- Ý một", "- Ý hai", "Hết");
    }

    @Test
    void richTextLosesScriptsHandlersAndImagesButKeepsStructure() {
        String clean = RichText.clean("<h3>Mục 1</h3><p onclick=\"x()\">Hòa Lạc <strong>đậm</strong><script>alert(1)</script>"
                + "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">link</a></p><ul><li>một</li></ul>");
        assertThat(clean).contains("<h3>Mục 1</h3>", "<strong>đậm</strong>", "<li>một</li>")
                .doesNotContain("script", "onclick", "onerror", "<img", "javascript:");
        assertThat(RichText.clean("<p><br></p>")).isEmpty();
        assertThat(RichText.lines("<h3>Mục 1</h3><p>Hòa   Lạc</p><ul><li>một</li></ul>")).containsExactly("Mục 1", "Hòa Lạc", "- một");
    }

    @Test
    void targetChangesListChangedAddedAndRemovedValues() {
        List<PlanComparison.TargetChange> changes = VersionComparison.targetChanges(
                List.of(target("CT01", Map.of(2025, "8000", 2030, "20000")), target("CT02", Map.of(2030, "300"))),
                List.of(target("CT01", Map.of(2025, "8000.0", 2030, "25000", 2045, "60000")), target("CT03", Map.of(2030, "70"))));
        assertThat(changes).extracting(c -> c.code() + " " + c.year() + " " + c.from() + "→" + c.to() + " " + c.kind())
                .containsExactly("CT01 2030 20000→25000 CHANGED", "CT01 2045 null→60000 ADDED", "CT03 2030 null→70 ADDED",
                        "CT02 2030 300→null REMOVED");
    }

    @Test
    void theReportDueIsTheFirstHalfFromJulyAndLastYearBefore() {
        assertThat(PlanProgress.duePeriod(LocalDate.of(2026, 11, 26))).isEqualTo("2026-H1");
        assertThat(PlanProgress.duePeriod(LocalDate.of(2026, 3, 1))).isEqualTo("2025");
        assertThat(PlanProgress.periodOrder("2025-H1")).isLessThan(PlanProgress.periodOrder("2025"));
        assertThat(PlanProgress.periodOrder("2025")).isLessThan(PlanProgress.periodOrder("2026-H1"));
    }
}
