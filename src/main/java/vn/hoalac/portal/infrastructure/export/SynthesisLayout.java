package vn.hoalac.portal.infrastructure.export;

import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.plan.ReviewSynthesis;
import vn.hoalac.portal.domain.model.plan.Disposition;

import java.time.OffsetDateTime;
import java.util.List;

import static vn.hoalac.portal.infrastructure.export.ExportFormats.firstOf;

/**
 * What the review synthesis says, whatever the format: its heading lines, its columns in order (with their width in
 * the spreadsheet and their share of the PDF's width), and a comment's cell texts. {@link SynthesisWorkbook} and
 * {@link SynthesisPdf} only lay these out.
 */
final class SynthesisLayout {

    static final String TITLE = "BẢNG TỔNG HỢP TIẾP THU, GIẢI TRÌNH Ý KIẾN";
    static final String SHEET = "Tổng hợp ý kiến";

    /** A column: its header, its width in the spreadsheet (in characters) and its relative width in the PDF. */
    record Column(String label, int sheetWidth, float pdfWeight) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("STT", 6, 0.75f),
            new Column("Mục", 22, 1.5f),
            new Column("Đơn vị góp ý", 22, 1.5f),
            new Column("Người góp ý", 20, 1.3f),
            new Column("Nội dung trích dẫn", 40, 2.5f),
            new Column("Ý kiến góp ý", 50, 3f),
            new Column("Tiếp thu", 16, 1.1f),
            new Column("Giải trình", 50, 3f),
            new Column("Người trả lời", 20, 1.3f));
    /** The columns of the comment's number and of its disposition, the short ones. */
    static final int INDEX = 0;
    static final int DISPOSITION = 6;

    private SynthesisLayout() {
    }

    static List<String> labels() {
        return COLUMNS.stream().map(Column::label).toList();
    }

    /** The lines above the table: the title, the plan, the draft (note, deadline) and the count of comments. */
    static List<String> heading(ReviewSynthesis synthesis) {
        String draft = "Dự thảo lần " + synthesis.versionNumber();
        if (synthesis.versionNote() != null && !synthesis.versionNote().isBlank()) {
            draft += " — " + synthesis.versionNote().strip();
        }
        if (synthesis.reviewDeadline() != null) {
            draft += " · Hạn góp ý: " + synthesis.reviewDeadline().format(PortalTime.DATE);
        }
        String count = "Tổng số ý kiến: %d · Chưa trả lời: %d".formatted(synthesis.rows().size(), synthesis.unanswered());
        return List.of(TITLE, firstOf(synthesis.planTitle()), draft, count);
    }

    /** A comment's cells in the order of {@link #COLUMNS}; an absent value is an empty string. */
    static List<String> cells(ReviewSynthesis.Row row) {
        return List.of(String.valueOf(row.index()),
                firstOf(row.sectionTitle(), row.sectionKey()),
                firstOf(row.organizationName(), row.organization()),
                withDate(row.author(), row.commentedAt()),
                firstOf(row.quote()),
                firstOf(row.comment()),
                dispositionLabel(row.disposition()),
                firstOf(row.rationale()),
                withDate(row.answeredBy(), row.answeredAt()));
    }

    /** The disposition as the version page shows it ("disposition.*"); an unanswered comment is "disposition.NONE". */
    static String dispositionLabel(Disposition disposition) {
        return ExportLabels.text("disposition." + (disposition == null ? "NONE" : disposition.name()));
    }

    /** "Nguyễn Văn A\n12/08/2025" (the date in Hanoi), or just the name, or "". */
    private static String withDate(String name, OffsetDateTime at) {
        String who = firstOf(name);
        if (at == null) {
            return who;
        }
        String date = PortalTime.date(at);
        return who.isEmpty() ? date : who + "\n" + date;
    }
}
