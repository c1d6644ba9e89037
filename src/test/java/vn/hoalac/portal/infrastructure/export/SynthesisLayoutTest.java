package vn.hoalac.portal.infrastructure.export;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.plan.ReviewSynthesis;
import vn.hoalac.portal.domain.model.plan.Disposition;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.synthesis;

class SynthesisLayoutTest {

    @Test
    void theHeadingNamesThePlanTheDraftItsDeadlineAndTheCounts() {
        assertThat(SynthesisLayout.heading(synthesis())).containsExactly(
                "BẢNG TỔNG HỢP TIẾP THU, GIẢI TRÌNH Ý KIẾN",
                "Đề án phát triển Khu công nghệ cao Hòa Lạc",
                "Dự thảo lần 2 — Sau góp ý lần 1 · Hạn góp ý: 20/08/2025",
                "Tổng số ý kiến: 4 · Chưa trả lời: 1");
        ReviewSynthesis bare = new ReviewSynthesis("DA-0", null, 1, "  ", null, List.of());
        assertThat(SynthesisLayout.heading(bare)).containsExactly(
                "BẢNG TỔNG HỢP TIẾP THU, GIẢI TRÌNH Ý KIẾN", "", "Dự thảo lần 1", "Tổng số ý kiến: 0 · Chưa trả lời: 0");
    }

    @Test
    void aCommentsCellsFollowTheColumnsWithDatesInHanoi() {
        List<ReviewSynthesis.Row> rows = synthesis().rows();

        // commented at 02:30 UTC on 12/08, answered a day later
        assertThat(SynthesisLayout.cells(rows.getFirst())).hasSize(SynthesisLayout.COLUMNS.size()).containsExactly(
                "1", "I. Quan điểm", "Trường Đại học Bách khoa Hà Nội", "Nguyễn Văn A\n12/08/2025",
                "phát triển Khu công nghệ cao Hòa Lạc", "Bổ sung chỉ tiêu về Khu công nghệ cao Hòa Lạc", "Tiếp thu",
                "Đã bổ sung tại mục I.2", "Trần Thị C\n13/08/2025");
        // no organisation name: its code; no section title: its key; unanswered: no answerer
        assertThat(SynthesisLayout.cells(rows.get(2)).get(2)).isEqualTo("DHNN");
        assertThat(SynthesisLayout.cells(rows.get(3))).containsExactly("4", "chuong-2", "Trường Đại học Nông nghiệp",
                "Lê Văn D\n12/08/2025", "", "Làm rõ đơn vị chủ trì", "Chưa trả lời", "", "");
        // late in the evening UTC is already the next day in Hanoi; a date without a name is the date alone
        ReviewSynthesis.Row late = new ReviewSynthesis.Row(5, "k", null, null, null, null,
                java.time.OffsetDateTime.parse("2025-08-12T18:00:00Z"), null, null, null, null, null, null);
        assertThat(SynthesisLayout.cells(late).get(3)).isEqualTo("13/08/2025");
    }

    @Test
    void dispositionsAreTheWordsOfTheVersionPage() {
        assertThat(SynthesisLayout.dispositionLabel(null)).isEqualTo(ExportLabels.text("disposition.NONE")).isEqualTo("Chưa trả lời");
        for (Disposition d : Disposition.values()) {
            assertThat(SynthesisLayout.dispositionLabel(d)).isEqualTo(ExportLabels.text("disposition." + d.name()));
        }
        assertThat(SynthesisLayout.dispositionLabel(Disposition.PARTIALLY_ACCEPTED)).isEqualTo("Tiếp thu một phần");
    }

    @Test
    void theColumnsAreNamedOnceForBothFormats() {
        assertThat(SynthesisLayout.labels()).containsExactly("STT", "Mục", "Đơn vị góp ý", "Người góp ý",
                "Nội dung trích dẫn", "Ý kiến góp ý", "Tiếp thu", "Giải trình", "Người trả lời");
        assertThat(SynthesisLayout.labels().get(SynthesisLayout.INDEX)).isEqualTo("STT");
        assertThat(SynthesisLayout.labels().get(SynthesisLayout.DISPOSITION)).isEqualTo("Tiếp thu");
        assertThat(SynthesisLayout.COLUMNS).allSatisfy(c -> {
            assertThat(c.sheetWidth()).isPositive();
            assertThat(c.pdfWeight()).isPositive();
        });
        assertThat(LocalDate.of(2025, 8, 20).format(PortalTime.DATE)).isEqualTo("20/08/2025");
    }
}
