package vn.hoalac.portal.infrastructure.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import vn.hoalac.portal.application.plan.ReviewSynthesis;

import java.io.OutputStream;
import java.util.List;

import static vn.hoalac.portal.infrastructure.export.PdfBlocks.cell;
import static vn.hoalac.portal.infrastructure.export.PdfBlocks.centered;
import static vn.hoalac.portal.infrastructure.export.PdfBlocks.font;
import static vn.hoalac.portal.infrastructure.export.PdfBlocks.headerCell;

/** The review synthesis as a PDF on landscape A4, in the {@link SynthesisLayout}, numbered pages. */
final class SynthesisPdf {

    private SynthesisPdf() {
    }

    /** The heading, then a table with a row per comment (its header repeated on every page). */
    static void write(ReviewSynthesis s, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageFooter(null));
            document.addTitle(SynthesisLayout.TITLE);
            document.open();
            List<String> heading = SynthesisLayout.heading(s);
            document.add(centered(heading.get(0), font(14, Font.BOLD), 4));
            for (String line : heading.subList(1, heading.size())) {
                if (!line.isEmpty()) {
                    document.add(centered(line, font(10, Font.NORMAL), 2));
                }
            }
            float[] widths = new float[SynthesisLayout.COLUMNS.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = SynthesisLayout.COLUMNS.get(i).pdfWeight();
            }
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setSpacingBefore(10);
            table.setHeaderRows(1);
            for (String column : SynthesisLayout.labels()) {
                table.addCell(headerCell(column, 8));
            }
            for (ReviewSynthesis.Row row : s.rows()) {
                List<String> cells = SynthesisLayout.cells(row);
                for (int i = 0; i < cells.size(); i++) {
                    PdfPCell cell = cell(cells.get(i), 8);
                    if (i == SynthesisLayout.INDEX || i == SynthesisLayout.DISPOSITION) {
                        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                    }
                    table.addCell(cell);
                }
            }
            if (s.rows().isEmpty()) {
                PdfPCell none = cell("Chưa có ý kiến góp ý.", 8);
                none.setColspan(SynthesisLayout.COLUMNS.size());
                table.addCell(none);
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the synthesis PDF", e);
        } finally {
            PdfBlocks.closeIfOpen(document);
        }
    }
}
