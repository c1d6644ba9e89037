package vn.hoalac.portal.domain.model.plan;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 8, 0, 0, 0, ZoneOffset.UTC);

    private static Target target(String code, int year, String value) {
        TreeMap<Integer, BigDecimal> values = new TreeMap<>();
        values.put(year, new BigDecimal(value));
        return new Target(code, "Chỉ tiêu " + code, "tỷ đồng", null, "BQL", values);
    }

    @Test
    void aSaveFromAnOlderRevisionIsRefusedAndNamesWhoSavedMeanwhile() {
        Plan plan = new Plan("DA", "Đề án", 2030, 2045, "bql.soan", NOW);
        long base = plan.draftRevision();
        plan.replaceDraft(base, List.of(new Section("c1", "Chương I", "<p>a</p>")), List.of(), "bql.soan", NOW);
        assertThat(plan.draftRevision()).isEqualTo(base + 1);
        assertThatThrownBy(() -> plan.replaceDraft(base, List.of(new Section("c1", "Chương I", "<p>b</p>")), List.of(), "quantri", NOW))
                .isInstanceOf(StaleDraftException.class)
                .satisfies(e -> assertThat(((StaleDraftException) e).changedBy()).isEqualTo("bql.soan"));
        assertThat(plan.sections().getFirst().body()).isEqualTo("<p>a</p>");
    }

    @Test
    void sectionsHaveTheirOwnRevisionSoDifferentSectionsDoNotConflict() {
        Plan plan = new Plan("DA", "Đề án", 2030, 2045, "bql.soan", NOW);
        plan.replaceDraft(plan.draftRevision(), List.of(new Section("c1", "I", "x"), new Section("c2", "II", "y")), List.of(), "a", NOW);
        long c1 = plan.section("c1").orElseThrow().revision();
        long c2 = plan.section("c2").orElseThrow().revision();
        plan.saveSection("c1", c1, "I", "x2", "a", NOW);
        plan.saveSection("c2", c2, "II", "y2", "b", NOW); // opened before c1 was saved: no conflict
        assertThatThrownBy(() -> plan.saveSection("c1", c1, "I", "x3", "b", NOW)).isInstanceOf(StaleDraftException.class);
        assertThat(plan.section("c1").orElseThrow().body()).isEqualTo("x2");
    }

    @Test
    void sectionsWithoutKeysGetFreeKeysAndKeepTheirOrder() {
        Plan plan = new Plan("DA", "Đề án", 2030, 2045, "bql.soan", NOW);
        plan.replaceDraft(plan.draftRevision(), List.of(new Section(null, "A", ""), new Section("s1", "B", ""), new Section(null, "C", "")),
                List.of(), "a", NOW);
        assertThat(plan.sections()).extracting(PlanSection::title).containsExactly("A", "B", "C");
        assertThat(plan.sections()).extracting(PlanSection::key).doesNotHaveDuplicates().contains("s1");
        plan.moveSection("s1", -1, "a", NOW);
        assertThat(plan.sections()).extracting(PlanSection::title).containsExactly("B", "A", "C");
    }

    @Test
    void targetValuesAreTheSameWhateverTheirScaleAndTheSnapshotIsCanonical() {
        assertThat(Target.normalise(new BigDecimal("20000.00"))).isEqualTo(new BigDecimal("20000"));
        assertThat(Target.normalise(new BigDecimal("2E+4")).toString()).isEqualTo("20000");
        PlanContent content = new PlanContent("DA", "Đề án \"Hòa Lạc\"", 2030, 2045,
                List.of(new Section("c1", "Chương I", "<p>Khu công nghệ cao</p>")),
                List.of(target("CT01", 2030, "20000.0")),
                List.of(new Attachment(7, 2, "Tài liệu", "a.pdf", "ab".repeat(32))));
        String json = content.toCanonicalJson();
        assertThat(json).contains("\"2030\":20000").doesNotContain("E+").doesNotContain("\n");
        assertThat(PlanContent.fromJson(json)).isEqualTo(content);
        assertThat(PlanContent.fromJson(json).toCanonicalJson()).isEqualTo(json);
    }

    @Test
    void theSealChangesWithTheContentOrTheDecision() {
        Plan plan = new Plan("DA", "Đề án", 2030, 2045, "bql.soan", NOW);
        PlanContent content = new PlanContent("DA", "Đề án", 2030, 2045, List.of(new Section("c1", "I", "x")),
                List.of(target("CT01", 2030, "20000")), List.of());
        PlanVersion a = new PlanVersion(plan, 1, null, content, Set.of("DHBK"), LocalDate.of(2026, 12, 1), "bql.soan", NOW);
        a.submitForApproval("bql.soan", NOW);
        a.decide(DecisionOutcome.APPROVED, "Thông qua", "1857-TB/TU", LocalDate.of(2026, 11, 25), "bcd.pheduyet", NOW);
        assertThat(a.status()).isEqualTo(VersionStatus.APPROVED);
        assertThat(a.seal().orElseThrow().sha256()).isEqualTo(a.computeSeal()).matches("[0-9a-f]{64}");

        PlanContent changed = new PlanContent("DA", "Đề án", 2030, 2045, List.of(new Section("c1", "I", "x")),
                List.of(target("CT01", 2030, "25000")), List.of());
        PlanVersion b = new PlanVersion(plan, 1, null, changed, Set.of("DHBK"), LocalDate.of(2026, 12, 1), "bql.soan", NOW);
        b.submitForApproval("bql.soan", NOW); // only a version waiting for the committee is decided
        b.decide(DecisionOutcome.APPROVED, "Thông qua", "1857-TB/TU", LocalDate.of(2026, 11, 25), "bcd.pheduyet", NOW);
        assertThat(b.seal().orElseThrow().sha256()).isNotEqualTo(a.seal().orElseThrow().sha256());

        PlanVersion c = new PlanVersion(plan, 1, null, content, Set.of("DHBK"), LocalDate.of(2026, 12, 1), "bql.soan", NOW);
        c.submitForApproval("bql.soan", NOW); // only a version waiting for the committee is decided
        c.decide(DecisionOutcome.APPROVED, "Thông qua", "1858-TB/TU", LocalDate.of(2026, 11, 25), "bcd.pheduyet", NOW);
        assertThat(c.seal().orElseThrow().sha256()).isNotEqualTo(a.seal().orElseThrow().sha256());
    }

    @Test
    void reviewersCommentUntilTheEndOfTheDeadlineDay() {
        Plan plan = new Plan("DA", "Đề án", 2030, 2045, "bql.soan", NOW);
        PlanVersion v = new PlanVersion(plan, 1, null, new PlanContent("DA", "Đề án", 2030, 2045, List.of(), List.of(), List.of()),
                Set.of("DHBK"), LocalDate.of(2026, 12, 1), "bql.soan", NOW);
        assertThat(v.openForComments(LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(v.openForComments(LocalDate.of(2026, 12, 2))).isFalse();
        assertThat(v.invites("DHBK")).isTrue();
        assertThat(v.invites("DHQGHN")).isFalse();
        v.submitForApproval("bql.soan", NOW);
        assertThat(v.openForComments(LocalDate.of(2026, 11, 30))).isFalse();
    }
}
