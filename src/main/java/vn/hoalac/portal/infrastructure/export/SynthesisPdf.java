package vn.hoalac.portal.infrastructure.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.plan.ReviewSynthesis;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static vn.hoalac.portal.infrastructure.export.ExportFormats.firstOf;
import static vn.hoalac.portal.infrastructure.export.PdfBlocks.cell;
import static vn.hoalac.portal.infrastructure.export.PdfBlocks.headerCell;

/**
 * The review synthesis as a PDF on landscape A4, a document of the park's in the State's format (Nghị định
 * 30/2020/NĐ-CP, {@link OfficialFormat#STATE}): header, title, a sentence that says what it holds, the table of the
 * {@link SynthesisLayout} (its header repeated on every page), recipients and signer; numbered pages.
 */
final class SynthesisPdf {

    /** A báo cáo (its symbol BC): the kind of document Nghị định 30 has for a synthesis sent up to the committee. */
    static final String KIND = "BÁO CÁO";
    static final String TITLE = "Báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý";
    private static final float TABLE = 10;

    private SynthesisPdf() {
    }

    /**
     * The synthesis for signature, made in {@code year} (in Hanoi). The number and the day of issue are the registry's
     * (Nghị định 30, Điều 15: given once the document is signed): the portal leaves room for both and writes the
     * symbol and the year.
     */
    static void write(ReviewSynthesis s, ParkLetterhead letterhead, String parkName, int year, OutputStream out) {
        Document document = OfficialDocument.landscape();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new OfficialDocument.Pages(OfficialFormat.STATE, null));
            document.addTitle(TITLE);
            document.open();
            new OfficialDocument.Header(OfficialFormat.STATE, letterhead.parentBody(), letterhead.body(), letterhead.number(),
                    OfficialDocument.placeAndYear(OfficialDocument.PLACE, year)).addTo(writer, document);
            OfficialDocument.title(document, OfficialFormat.STATE, KIND, summary(s));
            document.add(OfficialDocument.text(introduction(s, parkName == null || parkName.isBlank() ? letterhead.body() : parkName.strip()),
                    OfficialFormat.STATE));
            document.add(table(s));
            document.add(OfficialDocument.signature(OfficialFormat.STATE, recipients(s), letterhead.authority(), letterhead.signer()));
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the synthesis PDF", e);
        } finally {
            PdfBlocks.closeIfOpen(document);
        }
    }

    /** "Tổng hợp, tiếp thu, giải trình ý kiến góp ý đối với Dự thảo lần 2 Đề án …": the báo cáo's summary (trích yếu). */
    static String summary(ReviewSynthesis s) {
        String plan = firstOf(s.planTitle());
        return "Tổng hợp, tiếp thu, giải trình ý kiến góp ý đối với Dự thảo lần " + s.versionNumber() + (plan.isEmpty() ? "" : " " + plan);
    }

    /**
     * The sentence before the table, in the exports' language from the bundle ({@code synthesis.pdf.introduction}): who
     * compiled it (the park, by its name in the register), which draft (its note, its deadline) and how many comments,
     * answered or not.
     */
    static String introduction(ReviewSynthesis s, String parkName) {
        List<String> about = new ArrayList<>();
        if (s.versionNote() != null && !s.versionNote().isBlank()) {
            about.add(s.versionNote().strip());
        }
        if (s.reviewDeadline() != null) {
            about.add(ExportLabels.format("synthesis.pdf.deadline", s.reviewDeadline().format(PortalTime.DATE)));
        }
        return ExportLabels.format("synthesis.pdf.introduction", parkName, String.valueOf(s.versionNumber()),
                about.isEmpty() ? "" : " (" + String.join("; ", about) + ")", s.rows().size(), s.unanswered());
    }

    /** The committee, every organization that commented, and the registry's copy. */
    static List<String> recipients(ReviewSynthesis s) {
        Set<String> organizations = new LinkedHashSet<>();
        for (ReviewSynthesis.Row row : s.rows()) {
            String name = firstOf(row.organizationName(), row.organization());
            if (!name.isEmpty()) {
                organizations.add(name);
            }
        }
        List<String> recipients = new ArrayList<>();
        recipients.add("Ban Chỉ đạo Chương trình 07-CTr/TU (để báo cáo);");
        organizations.forEach(name -> recipients.add(name + ";"));
        recipients.add("Lưu: VT.");
        return recipients;
    }

    private static PdfPTable table(ReviewSynthesis s) throws DocumentException {
        float[] widths = new float[SynthesisLayout.COLUMNS.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = SynthesisLayout.COLUMNS.get(i).pdfWeight();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String column : SynthesisLayout.labels()) {
            table.addCell(headerCell(column, TABLE));
        }
        for (ReviewSynthesis.Row row : s.rows()) {
            List<String> cells = SynthesisLayout.cells(row);
            for (int i = 0; i < cells.size(); i++) {
                PdfPCell cell = cell(cells.get(i), TABLE);
                if (i == SynthesisLayout.INDEX || i == SynthesisLayout.DISPOSITION) {
                    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                }
                table.addCell(cell);
            }
        }
        if (s.rows().isEmpty()) {
            PdfPCell none = cell("Chưa có ý kiến góp ý.", TABLE);
            none.setColspan(SynthesisLayout.COLUMNS.size());
            table.addCell(none);
        }
        return table;
    }
}
