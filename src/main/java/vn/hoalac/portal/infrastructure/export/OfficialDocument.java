package vn.hoalac.portal.infrastructure.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

import java.awt.Color;
import java.time.LocalDate;
import java.util.List;

import static vn.hoalac.portal.infrastructure.export.PdfBlocks.font;

/**
 * What an official document is made of, in either {@link OfficialFormat}: the page (A4, margins), the header with its
 * two columns (issuing body and number on the left; the Party's heading or the Quốc hiệu and Tiêu ngữ, then place and
 * date, on the right), the title, the paragraphs of the text, and the foot with the recipients on the left and the
 * signer on the right. Page numbers stand centred in the top margin from the second page on.
 */
final class OfficialDocument {

    static final float MM = 72f / 25.4f;
    /** Both rules: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
    static final float TOP = 20 * MM;
    static final float BOTTOM = 20 * MM;
    static final float LEFT = 30 * MM;
    static final float RIGHT = 15 * MM;
    /** The first line of a paragraph is indented 1 cm (both rules: 1–1.27 cm). */
    static final float INDENT = 10 * MM;
    static final String PLACE = "Hà Nội";

    private OfficialDocument() {
    }

    static Document portrait() {
        return new Document(PageSize.A4, LEFT, RIGHT, TOP, BOTTOM);
    }

    /** A4 turned, for a document that is mostly a wide table (Nghị định 30 allows it). */
    static Document landscape() {
        return new Document(PageSize.A4.rotate(), LEFT, RIGHT, TOP, BOTTOM);
    }

    /**
     * "Hà Nội, ngày 05 tháng 02 năm 2025": both rules write a day below 10 and the months 1 and 2 with a leading 0
     * ("ngày 03 tháng 4 năm 2018", "ngày 20 tháng 02 năm 2018").
     */
    static String placeAndDate(String place, LocalDate date) {
        String day = (date.getDayOfMonth() < 10 ? "0" : "") + date.getDayOfMonth();
        String month = (date.getMonthValue() < 3 ? "0" : "") + date.getMonthValue();
        return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /**
     * "Hà Nội, ngày      tháng      năm 2026": a document for signature, whose day of issue the registry writes in
     * when it numbers it.
     */
    static String placeAndYear(String place, int year) {
        return place + ", ngày      tháng      năm " + year;
    }

    /** "15-8-2025": how a Party document cites the date of another ("Thông báo số 1857-TB/TU, ngày 15-8-2025"). */
    static String citedDate(LocalDate date) {
        return date.getDayOfMonth() + "-" + date.getMonthValue() + "-" + date.getYear();
    }

    /**
     * The header of the first page. {@code parentBody} (the body the issuer belongs to) may be null; {@code number} is
     * the number and symbol without "Số".
     */
    record Header(OfficialFormat format, String parentBody, String body, String number, String placeAndDate) {

        /** Draws the header at the top of the current page and leaves the document's flow below it. */
        void addTo(PdfWriter writer, Document document) throws DocumentException {
            PdfContentByte canvas = writer.getDirectContent();
            float top = document.top();
            float width = document.right() - document.left();
            float rightWidth = Math.max(rightColumnWidth(), width * 0.5f);
            float leftRight = document.left() + width - rightWidth - 6;
            float rightLeft = document.right() - rightWidth;

            // left: the issuing body (and, in the Party format, its star)
            float left = top;
            if (parentBody != null && !parentBody.isBlank()) {
                left = lines(canvas, parentBody, font(format.body, Font.NORMAL), document.left(), leftRight, left);
            }
            Font bodyFont = font(format.body, Font.BOLD);
            left = lines(canvas, body, bodyFont, document.left(), leftRight, left);
            float centre = (document.left() + leftRight) / 2;
            if (format == OfficialFormat.PARTY) {
                left = lines(canvas, "*", font(format.body, Font.NORMAL), document.left(), leftRight, left);
            } else {
                // a line a third of the name's (longest) line long, centred under it
                float nameWidth = Math.min(widest(body, bodyFont, leftRight - document.left()), leftRight - document.left());
                rule(canvas, centre - nameWidth / 6, centre + nameWidth / 6, left - 5);
                left -= 8;
            }

            // right: the Party's heading, or the Quốc hiệu and the Tiêu ngữ, with a line of the last one's length
            float right = top;
            float rightCentre = (rightLeft + document.right()) / 2;
            String ruled;
            Font ruledFont;
            if (format == OfficialFormat.PARTY) {
                ruled = OfficialFormat.PARTY_HEADING;
                ruledFont = font(format.heading, Font.BOLD);
            } else {
                right = lines(canvas, OfficialFormat.NATIONAL_NAME, font(format.heading, Font.BOLD), rightLeft, document.right(), right);
                ruled = OfficialFormat.MOTTO;
                ruledFont = font(format.motto(), Font.BOLD);
            }
            right = lines(canvas, ruled, ruledFont, rightLeft, document.right(), right);
            float half = ruledFont.getBaseFont().getWidthPoint(ruled, ruledFont.getSize()) / 2;
            rule(canvas, rightCentre - half, rightCentre + half, right - 7);
            right -= 10;

            // then, on one row: the number on the left, place and date on the right
            float row = Math.min(left, right) - 4;
            float afterNumber = lines(canvas, format.number(number), font(format.number, Font.NORMAL),
                    document.left(), leftRight, row);
            float afterDate = lines(canvas, placeAndDate, font(format.text, Font.ITALIC), rightLeft, document.right(), row);
            float end = Math.min(afterNumber, afterDate);

            // the document's flow starts under the header
            PdfPTable spacer = new PdfPTable(1);
            spacer.setWidthPercentage(100);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setFixedHeight(top - end + 8);
            spacer.addCell(cell);
            document.add(spacer);
        }

        /** The right column fits the Party's heading, the Quốc hiệu and place and date on one line each. */
        private float rightColumnWidth() {
            float widest = width(placeAndDate, font(format.text, Font.ITALIC));
            if (format == OfficialFormat.PARTY) {
                widest = Math.max(widest, width(OfficialFormat.PARTY_HEADING, font(format.heading, Font.BOLD)));
            } else {
                widest = Math.max(widest, width(OfficialFormat.NATIONAL_NAME, font(format.heading, Font.BOLD)));
            }
            return widest + 8;
        }
    }

    /** Centred lines of {@code text} between x0 and x1 from {@code top} down; the y under the last line. */
    private static float lines(PdfContentByte canvas, String text, Font font, float x0, float x1, float top)
            throws DocumentException {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(x0, 0, x1, top);
        Paragraph paragraph = new Paragraph(font.getSize() * 1.2f, text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        column.addElement(paragraph);
        column.go();
        return column.getYLine();
    }

    private static void rule(PdfContentByte canvas, float x0, float x1, float y) {
        canvas.saveState();
        canvas.setLineWidth(0.6f);
        canvas.setColorStroke(Color.BLACK);
        canvas.moveTo(x0, y);
        canvas.lineTo(x1, y);
        canvas.stroke();
        canvas.restoreState();
    }

    static float width(String text, Font font) {
        return font.getBaseFont().getWidthPoint(text, font.getSize());
    }

    /** The width of the longest line {@code text} breaks into in a column {@code column} wide (approximately: by words). */
    private static float widest(String text, Font font, float column) {
        float widest = 0;
        float line = 0;
        float space = width(" ", font);
        for (String word : text.split(" ")) {
            float w = width(word, font);
            if (line > 0 && line + space + w > column) {
                widest = Math.max(widest, line);
                line = w;
            } else {
                line = line == 0 ? w : line + space + w;
            }
        }
        return Math.max(widest, line);
    }

    /**
     * The kind of document and its summary, centred in bold, with five dashes (Party) or a short line (State) under
     * them.
     */
    static void title(Document document, OfficialFormat format, String kind, String summary) throws DocumentException {
        Paragraph name = new Paragraph(kind, font(format.kind, Font.BOLD));
        name.setAlignment(Element.ALIGN_CENTER);
        name.setSpacingBefore(12);
        document.add(name);
        Paragraph about = new Paragraph(format.text * 1.25f, summary, font(format.text, Font.BOLD));
        about.setAlignment(Element.ALIGN_CENTER);
        document.add(about);
        Paragraph under;
        if (format == OfficialFormat.PARTY) {
            under = new Paragraph("-----", font(format.text, Font.NORMAL));
        } else {
            // a Chunk's default font is a non-embedded Helvetica: give the line's chunk the document's font
            Chunk line = new Chunk(new LineSeparator(0.6f, 20, Color.BLACK, Element.ALIGN_CENTER, -4));
            line.setFont(font(format.text, Font.NORMAL));
            under = new Paragraph();
            under.setFont(font(format.text, Font.NORMAL));
            under.add(line);
        }
        under.setAlignment(Element.ALIGN_CENTER);
        under.setSpacingAfter(10);
        document.add(under);
    }

    /** A paragraph of the text: justified, its first line indented, 6 pt after it. */
    static Paragraph text(String text, OfficialFormat format) {
        Paragraph paragraph = new Paragraph(format.text * 1.3f, text, font(format.text, Font.NORMAL));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(INDENT);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    /**
     * The foot of the text: "Nơi nhận:" and the recipients on the left, the signer's authority and function (each
     * line in capitals), room for the signature and seal, and the signer's name on the right.
     */
    static PdfPTable signature(OfficialFormat format, List<String> recipients, List<String> authority, String signer)
            throws DocumentException {
        PdfPTable table = new PdfPTable(new float[]{1, 1});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setKeepTogether(true);

        PdfPCell left = new PdfPCell();
        left.setBorder(Rectangle.NO_BORDER);
        left.setPadding(0);
        int labelStyle = format == OfficialFormat.PARTY ? Font.UNDERLINE : Font.BOLD | Font.ITALIC;
        float labelSize = format == OfficialFormat.PARTY ? format.text : format.recipients + 1;
        left.addElement(new Paragraph("Nơi nhận:", font(labelSize, labelStyle)));
        for (String recipient : recipients) {
            Paragraph line = new Paragraph(format.recipients * 1.2f, "- " + recipient, font(format.recipients, Font.NORMAL));
            left.addElement(line);
        }
        table.addCell(left);

        PdfPCell right = new PdfPCell();
        right.setBorder(Rectangle.NO_BORDER);
        right.setPadding(0);
        for (String line : authority) {
            Paragraph p = new Paragraph(format.text * 1.2f, line, font(format.text, Font.BOLD));
            p.setAlignment(Element.ALIGN_CENTER);
            right.addElement(p);
        }
        Paragraph name = new Paragraph(format.text * 1.2f, signer == null ? " " : signer, font(format.text, Font.BOLD));
        name.setAlignment(Element.ALIGN_CENTER);
        name.setSpacingBefore(70); // room for the signature and the seal
        right.addElement(name);
        table.addCell(right);
        return table;
    }

    /**
     * Page numbers centred in the top margin from the second page on (both rules), and an optional line of the
     * portal's own (the seal) at the foot of every page.
     */
    static final class Pages extends PdfPageEventHelper {

        private static final float FOOT = 7;
        private final OfficialFormat format;
        private final String foot;

        Pages(OfficialFormat format, String foot) {
            this.format = format;
            this.foot = foot;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            if (writer.getPageNumber() > 1) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                        new Phrase(String.valueOf(writer.getPageNumber()), font(format.text, Font.NORMAL)),
                        (document.left() + document.right()) / 2, page.getHeight() - TOP / 2 - format.text / 3, 0);
            }
            if (foot != null) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(foot, font(FOOT, Font.NORMAL)),
                        document.left(), BOTTOM / 2, 0);
            }
        }
    }
}
