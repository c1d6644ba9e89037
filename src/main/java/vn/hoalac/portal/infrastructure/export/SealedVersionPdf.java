package vn.hoalac.portal.infrastructure.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
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
 * An approved version as a PDF on portrait A4, in the Party's format (Hướng dẫn 36-HD/VPTW, {@link OfficialFormat#PARTY}):
 * the steering committee of Programme 07-CTr/TU belongs to the city Party committee. The first page is the committee's
 * notice (header, "THÔNG BÁO" and its summary, the conclusion, recipients and signer); the approved plan follows on
 * the next pages as what the notice comes with: every section (its HTML through {@link HtmlToPdf}), the targets and
 * the attachments. Every page carries the seal at its foot, and from the second page on its number at the top.
 */
@ApplicationScoped
public class SealedVersionPdf implements SealedVersionExport {

    static final String PARENT_BODY = "THÀNH ỦY HÀ NỘI";
    static final String BODY = "BAN CHỈ ĐẠO CHƯƠNG TRÌNH 07-CTr/TU";
    static final String BODY_NAME = "Ban Chỉ đạo Chương trình 07-CTr/TU";
    static final List<String> RECIPIENTS = List.of("Ban Quản lý Khu công nghệ cao Hòa Lạc,",
            "Các đơn vị tham gia góp ý,", "Lưu Văn phòng Ban Chỉ đạo.");
    static final List<String> AUTHORITY = List.of(OfficialFormat.PARTY.onBehalfOf() + " BAN CHỈ ĐẠO");

    @Override
    public void pdf(SealedVersion v, OutputStream out) {
        PlanContent content = v.content();
        Document document = OfficialDocument.portrait();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new OfficialDocument.Pages(OfficialFormat.PARTY, sealLine(v.seal())));
            document.addTitle(firstOf(content.title()));
            document.open();

            notice(writer, document, v);

            document.newPage();
            annexTitle(document, v);
            for (Section section : content.sections()) {
                keepWithNext(writer, document, 80);
                document.add(heading(firstOf(section.title(), section.key()), 14));
                for (Element element : HtmlToPdf.elements(section.body())) {
                    document.add(element);
                }
            }

            keepWithNext(writer, document, 100);
            document.add(heading("Chỉ tiêu", 14));
            if (content.targets().isEmpty()) {
                document.add(OfficialDocument.text("Không có chỉ tiêu.", OfficialFormat.PARTY));
            } else {
                document.add(targets(content.targets()));
            }

            keepWithNext(writer, document, 100);
            document.add(heading("Tài liệu kèm theo", 14));
            if (content.attachments().isEmpty()) {
                document.add(OfficialDocument.text("Không có tài liệu kèm theo.", OfficialFormat.PARTY));
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

    /** "kết luận của Ban Chỉ đạo về Đề án … (dự thảo lần 3)": the notice's summary. */
    static String summary(SealedVersion v) {
        return "kết luận của Ban Chỉ đạo về " + firstOf(v.content().title()) + " (dự thảo lần " + v.number() + ")";
    }

    /** The first page: the committee's notice of its conclusion, in the Party's format. */
    private static void notice(PdfWriter writer, Document document, SealedVersion v) throws DocumentException {
        Decision decision = v.decision();
        String number = decision == null || decision.noticeNumber() == null || decision.noticeNumber().isBlank()
                ? "        -TB/TU" : decision.noticeNumber().strip();
        String date = decision == null || decision.noticeDate() == null
                ? OfficialDocument.PLACE + ", ngày      tháng      năm"
                : OfficialDocument.placeAndDate(OfficialDocument.PLACE, decision.noticeDate());
        new OfficialDocument.Header(OfficialFormat.PARTY, PARENT_BODY, BODY, number, date).addTo(writer, document);
        OfficialDocument.title(document, OfficialFormat.PARTY, "THÔNG BÁO", summary(v));
        String conclusion = decision == null ? "" : firstOf(decision.conclusion());
        for (String paragraph : conclusion.split("\\R\\s*")) {
            if (!paragraph.isBlank()) {
                document.add(OfficialDocument.text(paragraph.strip(), OfficialFormat.PARTY));
            }
        }
        document.add(OfficialDocument.text("Kèm theo Thông báo này là toàn văn dự thảo lần " + v.number()
                + " đã được phê duyệt.", OfficialFormat.PARTY));
        document.add(OfficialDocument.signature(OfficialFormat.PARTY, RECIPIENTS, AUTHORITY, v.signer()));
    }

    /** The approved plan's title, what it comes with, and the version. */
    private static void annexTitle(Document document, SealedVersion v) throws DocumentException {
        document.add(centered(v.content().title(), font(15, Font.BOLD), 4));
        Decision decision = v.decision();
        String with = "(Kèm theo Thông báo";
        if (decision != null && decision.noticeNumber() != null && !decision.noticeNumber().isBlank()) {
            with += " số " + decision.noticeNumber().strip();
        }
        if (decision != null && decision.noticeDate() != null) {
            with += ", ngày " + OfficialDocument.citedDate(decision.noticeDate());
        }
        document.add(centered(with + " của " + BODY_NAME + ")", font(14, Font.ITALIC), 2));
        document.add(centered("Dự thảo lần " + v.number() + " — đã phê duyệt", font(14, Font.NORMAL), 2));
        if (v.note() != null && !v.note().isBlank()) {
            document.add(centered(v.note().strip(), font(13, Font.ITALIC), 2));
        }
        document.add(centered("-----", font(14, Font.NORMAL), 6));
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
            table.addCell(headerCell(label, 10));
        }
        for (int year : years) {
            table.addCell(headerCell(TargetLayout.yearLabel(year, years), 10));
        }
        for (Target target : targets) {
            table.addCell(cell(target.code(), 10));
            table.addCell(cell(target.name(), 10));
            table.addCell(cell(target.unit(), 10));
            table.addCell(cell(target.leadUnit(), 10));
            for (int year : years) {
                PdfPCell value = cell(ExportFormats.vietnamese(target.value(year)), 10);
                value.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(value);
            }
        }
        return table;
    }

    private static PdfPTable attachments(List<Attachment> attachments) throws DocumentException {
        // a hash at 6 pt (at most 245 pt wide) fits its column on one line, so that it can be copied whole
        PdfPTable table = new PdfPTable(new float[]{2.2f, 2.3f, 0.8f, 4.7f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String label : List.of("Tên tài liệu", "Tệp", "Phiên bản", "SHA-256")) {
            table.addCell(headerCell(label, 10));
        }
        for (Attachment a : attachments) {
            table.addCell(cell(a.title(), 10));
            table.addCell(cell(a.filename(), 9));
            PdfPCell version = cell(String.valueOf(a.version()), 10);
            version.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(version);
            table.addCell(cell(a.sha256(), 6));
        }
        return table;
    }
}
