package vn.hoalac.portal.infrastructure.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.plan.SealedVersion;
import vn.hoalac.portal.application.plan.SealedVersionExport;
import vn.hoalac.portal.domain.model.plan.Attachment;
import vn.hoalac.portal.domain.model.plan.Decision;
import vn.hoalac.portal.domain.model.plan.PlanContent;
import vn.hoalac.portal.domain.model.plan.Seal;
import vn.hoalac.portal.domain.model.plan.Section;
import vn.hoalac.portal.domain.model.plan.Target;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

import static vn.hoalac.portal.infrastructure.export.ExportFormats.firstOf;
import static vn.hoalac.portal.infrastructure.export.PdfBlocks.cell;
import static vn.hoalac.portal.infrastructure.export.PdfBlocks.centered;
import static vn.hoalac.portal.infrastructure.export.PdfBlocks.font;
import static vn.hoalac.portal.infrastructure.export.PdfBlocks.headerCell;
import static vn.hoalac.portal.infrastructure.export.PdfBlocks.heading;
import static vn.hoalac.portal.infrastructure.export.PdfBlocks.keepWithNext;

/**
 * An approved version as a PDF on portrait A4: title, the conclusion notice, every section (its HTML through
 * {@link HtmlToPdf}), the targets and the attachments; every page carries the seal and its page number at the foot.
 */
@ApplicationScoped
public class SealedVersionPdf implements SealedVersionExport {

    private static final Color NOTICE_FILL = new Color(0xFF, 0xF8, 0xE1);
    private static final Color NOTICE_BORDER = new Color(0xC0, 0x8A, 0x00);

    @Override
    public void pdf(SealedVersion v, OutputStream out) {
        PlanContent content = v.content();
        Document document = new Document(PageSize.A4, 40, 40, 40, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageFooter(sealLine(v.seal())));
            document.addTitle(firstOf(content.title()));
            document.open();

            document.add(centered(content.title(), font(16, Font.BOLD), 4));
            document.add(centered("Phiên bản " + v.number() + " — đã phê duyệt", font(11, Font.NORMAL), 2));
            if (v.note() != null && !v.note().isBlank()) {
                document.add(centered(v.note().strip(), font(10, Font.ITALIC), 2));
            }
            document.add(notice(v.decision()));

            for (Section section : content.sections()) {
                keepWithNext(writer, document, 60);
                document.add(heading(firstOf(section.title(), section.key()), 14));
                for (Element element : HtmlToPdf.elements(section.body())) {
                    document.add(element);
                }
            }

            keepWithNext(writer, document, 90);
            document.add(heading("Chỉ tiêu", 14));
            if (content.targets().isEmpty()) {
                document.add(new Paragraph("Không có chỉ tiêu.", font(10, Font.ITALIC)));
            } else {
                document.add(targets(content.targets()));
            }

            keepWithNext(writer, document, 90);
            document.add(heading("Tài liệu kèm theo", 14));
            if (content.attachments().isEmpty()) {
                document.add(new Paragraph("Không có tài liệu kèm theo.", font(10, Font.ITALIC)));
            } else {
                document.add(attachments(content.attachments()));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the version PDF", e);
        } finally {
            PdfBlocks.closeIfOpen(document);
        }
    }

    /** "Niêm phong SHA-256: … · 15/08/2025 10:30" (Hanoi time), or null without a seal. */
    static String sealLine(Seal seal) {
        if (seal == null) {
            return null;
        }
        String line = "Niêm phong SHA-256: " + firstOf(seal.sha256());
        if (seal.sealedAt() != null) {
            line += " · " + PortalTime.dateTime(seal.sealedAt());
        }
        return line;
    }

    /** The boxed conclusion: "Thông báo kết luận số 1857-TB/TU ngày 15/08/2025" and the conclusion text. */
    private static PdfPTable notice(Decision decision) {
        String title = "Thông báo kết luận";
        String conclusion = "";
        if (decision != null) {
            if (decision.noticeNumber() != null && !decision.noticeNumber().isBlank()) {
                title += " số " + decision.noticeNumber().strip();
            }
            if (decision.noticeDate() != null) {
                title += " ngày " + decision.noticeDate().format(PortalTime.DATE);
            }
            conclusion = firstOf(decision.conclusion());
        }
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(NOTICE_BORDER);
        cell.setBorderWidth(1);
        cell.setBackgroundColor(NOTICE_FILL);
        cell.setPadding(8);
        cell.addElement(new Paragraph(title, font(11, Font.BOLD)));
        if (!conclusion.isEmpty()) {
            Paragraph text = new Paragraph(conclusion, font(10, Font.NORMAL));
            text.setSpacingBefore(4);
            cell.addElement(text);
        }
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(12);
        box.setSpacingAfter(6);
        box.addCell(cell);
        return box;
    }

    private static PdfPTable targets(List<Target> targets) throws DocumentException {
        List<Integer> years = TargetLayout.years(targets);
        float[] widths = new float[4 + years.size()];
        widths[0] = 1.2f;
        widths[1] = 4f;
        widths[2] = 1.5f;
        widths[3] = 2.8f;
        for (int i = 0; i < years.size(); i++) {
            widths[4 + i] = 1.4f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String label : List.of("Mã", "Tên chỉ tiêu", "Đơn vị tính", "Đơn vị chủ trì")) {
            table.addCell(headerCell(label, 8));
        }
        for (int year : years) {
            table.addCell(headerCell(TargetLayout.yearLabel(year, years), 8));
        }
        for (Target target : targets) {
            table.addCell(cell(target.code(), 8));
            table.addCell(cell(target.name(), 8));
            table.addCell(cell(target.unit(), 8));
            table.addCell(cell(target.leadUnit(), 8));
            for (int year : years) {
                PdfPCell value = cell(ExportFormats.vietnamese(target.value(year)), 8);
                value.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(value);
            }
        }
        return table;
    }

    private static PdfPTable attachments(List<Attachment> attachments) throws DocumentException {
        // a hash at 6 pt (at most 245 pt wide) fits its column on one line, so that it can be copied whole
        PdfPTable table = new PdfPTable(new float[]{2.2f, 1.9f, 0.8f, 5.1f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String label : List.of("Tên tài liệu", "Tệp", "Phiên bản", "SHA-256")) {
            table.addCell(headerCell(label, 8));
        }
        for (Attachment a : attachments) {
            table.addCell(cell(a.title(), 8));
            table.addCell(cell(a.filename(), 8));
            PdfPCell version = cell(String.valueOf(a.version()), 8);
            version.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(version);
            table.addCell(cell(a.sha256(), 6));
        }
        return table;
    }
}
