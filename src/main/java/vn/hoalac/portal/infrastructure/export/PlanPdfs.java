package vn.hoalac.portal.infrastructure.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.hoalac.portal.application.plan.ReviewSynthesis;
import vn.hoalac.portal.application.plan.SealedVersion;
import vn.hoalac.portal.domain.model.plan.Attachment;
import vn.hoalac.portal.domain.model.plan.Decision;
import vn.hoalac.portal.domain.model.plan.PlanContent;
import vn.hoalac.portal.domain.model.plan.Seal;
import vn.hoalac.portal.domain.model.plan.Section;
import vn.hoalac.portal.domain.model.plan.Target;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plan's PDFs: the review synthesis (landscape, the same columns as the spreadsheet) and an approved version
 * with its conclusion notice, sections, targets, attachments and, on every page, its seal.
 * <p>
 * The text is set in DejaVu Sans, embedded (a subset) from {@code /fonts} on the classpath, because the standard
 * PDF fonts have no Vietnamese letters.
 */
public final class PlanPdfs {

    private static final Color HEADER_FILL = new Color(0xE6, 0xE6, 0xE6);
    private static final Color NOTICE_FILL = new Color(0xFF, 0xF8, 0xE1);
    private static final Color NOTICE_BORDER = new Color(0xC0, 0x8A, 0x00);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private PlanPdfs() {
    }

    /** The fonts, read once from the classpath; BaseFont caches them, each document embeds what it uses. */
    private static final class Fonts {
        static final BaseFont REGULAR = load("DejaVuSans.ttf");
        static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

        private static BaseFont load(String file) {
            try (InputStream in = PlanPdfs.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("font /fonts/" + file + " is missing from the classpath");
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentException e) {
                throw new IllegalStateException("cannot load font " + file, e);
            }
        }
    }

    /** DejaVu Sans in a size and style (Font.BOLD picks the bold face; ITALIC is slanted, UNDERLINE drawn). */
    static Font font(float size, int style) {
        boolean bold = (style & Font.BOLD) != 0;
        return new Font(bold ? Fonts.BOLD : Fonts.REGULAR, size, style & ~Font.BOLD);
    }

    // ------------------------------------------------------------------------------------------------ synthesis

    /** The review synthesis on landscape A4: the heading, then a table with a row per comment. */
    public static void synthesis(ReviewSynthesis s, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(null));
            document.addTitle(PlanSpreadsheets.SYNTHESIS_TITLE);
            document.open();
            List<String> heading = PlanSpreadsheets.synthesisHeading(s);
            document.add(centered(heading.get(0), font(14, Font.BOLD), 4));
            for (String line : heading.subList(1, heading.size())) {
                if (!line.isEmpty()) {
                    document.add(centered(line, font(10, Font.NORMAL), 2));
                }
            }
            PdfPTable table = new PdfPTable(new float[]{0.5f, 1.5f, 1.5f, 1.3f, 2.5f, 3f, 1.1f, 3f, 1.3f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(10);
            table.setHeaderRows(1);
            for (String column : PlanSpreadsheets.SYNTHESIS_COLUMNS) {
                table.addCell(headerCell(column, 8));
            }
            for (ReviewSynthesis.Row row : s.rows()) {
                List<String> cells = PlanSpreadsheets.synthesisCells(row);
                for (int i = 0; i < cells.size(); i++) {
                    PdfPCell cell = cell(cells.get(i), 8);
                    if (i == 0 || i == 6) {
                        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                    }
                    table.addCell(cell);
                }
            }
            if (s.rows().isEmpty()) {
                PdfPCell none = cell("Chưa có ý kiến góp ý.", 8);
                none.setColspan(PlanSpreadsheets.SYNTHESIS_COLUMNS.size());
                table.addCell(none);
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the synthesis PDF", e);
        } finally {
            closeIfOpen(document);
        }
    }

    // ------------------------------------------------------------------------------------------- sealed version

    /**
     * An approved version on portrait A4: title, the conclusion notice, every section, the targets and the
     * attachments; every page carries the seal and its page number at the foot.
     */
    public static void sealedVersion(SealedVersion v, OutputStream out) {
        PlanContent content = v.content();
        Document document = new Document(PageSize.A4, 40, 40, 40, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(sealLine(v.seal())));
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
                for (Element element : HtmlBody.elements(section.body())) {
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
            closeIfOpen(document);
        }
    }

    /** Starts a new page when less than {@code space} points are left, so that a heading never ends a page. */
    private static void keepWithNext(PdfWriter writer, Document document, float space) {
        if (writer.getVerticalPosition(false) - document.bottom() < space) {
            document.newPage();
        }
    }

    /** "Niêm phong SHA-256: … · 15/08/2025 10:30" (Hanoi time), or null without a seal. */
    private static String sealLine(Seal seal) {
        if (seal == null) {
            return null;
        }
        String line = "Niêm phong SHA-256: " + firstOf(seal.sha256());
        if (seal.sealedAt() != null) {
            line += " · " + seal.sealedAt().atZoneSameInstant(PlanSpreadsheets.HANOI).format(DATE_TIME);
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
                title += " ngày " + decision.noticeDate().format(PlanSpreadsheets.DATE);
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
        List<Integer> years = PlanSpreadsheets.years(targets);
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
            table.addCell(headerCell(PlanSpreadsheets.yearLabel(year, years), 8));
        }
        for (Target target : targets) {
            table.addCell(cell(target.code(), 8));
            table.addCell(cell(target.name(), 8));
            table.addCell(cell(target.unit(), 8));
            table.addCell(cell(target.leadUnit(), 8));
            for (int year : years) {
                PdfPCell value = cell(vietnamese(target.value(year)), 8);
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

    /** 20000 → "20.000", 12.5 → "12,5"; blank for null. */
    static String vietnamese(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        format.setMaximumFractionDigits(Math.max(0, Target.normalise(value).scale()));
        return format.format(value);
    }

    // --------------------------------------------------------------------------------------------------- blocks

    private static Paragraph centered(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(firstOf(text), font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    private static Paragraph heading(String text, float size) {
        Paragraph paragraph = new Paragraph(text, font(size, Font.BOLD));
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(4);
        paragraph.setKeepTogether(true);
        return paragraph;
    }

    private static PdfPCell headerCell(String text, float size) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font(size, Font.BOLD)));
        cell.setBackgroundColor(HEADER_FILL);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell cell(String text, float size) {
        PdfPCell cell = new PdfPCell(new Phrase(firstOf(text), font(size, Font.NORMAL)));
        cell.setPadding(4);
        return cell;
    }

    private static String firstOf(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return "";
    }

    /** Closing writes the PDF out (and the footer's page count); a document that failed to open has nothing to write. */
    private static void closeIfOpen(Document document) {
        if (document.isOpen()) {
            document.close();
        }
    }

    /** The foot of every page: the seal line (if any) on the left, "Trang n/N" on the right. */
    private static final class Footer extends PdfPageEventHelper {
        private static final float SIZE = 7;
        private final String seal;
        private PdfTemplate total;

        Footer(String seal) {
            this.seal = seal;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 10);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottom() - 22;
            canvas.saveState();
            canvas.setLineWidth(0.5f);
            canvas.setColorStroke(Color.GRAY);
            canvas.moveTo(document.left(), y + 10);
            canvas.lineTo(document.right(), y + 10);
            canvas.stroke();
            canvas.restoreState();
            if (seal != null) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(seal, font(SIZE, Font.NORMAL)),
                        document.left(), y, 0);
            }
            String page = "Trang " + writer.getPageNumber() + "/";
            float x = document.right() - 14 - Fonts.REGULAR.getWidthPoint(page, SIZE);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, font(SIZE, Font.NORMAL)), x, y, 0);
            canvas.addTemplate(total, document.right() - 14, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            // the page count is known only now; every page's footer shows this one template
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                    new Phrase(String.valueOf(writer.getPageNumber() - 1), font(SIZE, Font.NORMAL)), 0, 0, 0);
        }
    }

    // -------------------------------------------------------------------------------------------------- HTML

    /**
     * A section body (cleaned HTML: p, h1-h4, ul/ol/li, strong/em/u, blockquote, br) as PDF paragraphs and lists.
     * Only text nodes reach the page, so markup can never be printed as text; unknown elements contribute their text.
     */
    static final class HtmlBody {
        private static final float SIZE = 10;

        /** A run of text in one style, or a line break ({@code text} null). */
        private record Run(String text, int style) {
        }

        private final List<Element> out = new ArrayList<>();
        private final List<Run> pending = new ArrayList<>();

        static List<Element> elements(String html) {
            HtmlBody body = new HtmlBody();
            if (html != null && !html.isBlank()) {
                body.blocks(Jsoup.parseBodyFragment(html).body().childNodes(), Font.NORMAL, 0);
                body.flush(0);
            }
            return body.out;
        }

        /** Block-level content: paragraphs, headings, lists and quotes; loose inline content becomes a paragraph. */
        private void blocks(List<Node> nodes, int style, float indent) {
            for (Node node : nodes) {
                if (!(node instanceof org.jsoup.nodes.Element e)) {
                    inline(node, style, pending);
                    continue;
                }
                switch (e.normalName()) {
                    case "p", "div" -> {
                        flush(indent);
                        blocks(e.childNodes(), style, indent);
                        flush(indent);
                    }
                    case "h1", "h2", "h3", "h4" -> {
                        flush(indent);
                        inlineAll(e.childNodes(), style | Font.BOLD, pending);
                        Paragraph heading = paragraph(pending, headingSize(e.normalName()), indent);
                        pending.clear();
                        if (heading != null) {
                            heading.setSpacingBefore(6);
                            out.add(heading);
                        }
                    }
                    case "ul", "ol" -> {
                        flush(indent);
                        com.lowagie.text.List list = list(e, style);
                        list.setIndentationLeft(indent);
                        out.add(list);
                    }
                    case "blockquote" -> {
                        flush(indent);
                        blocks(e.childNodes(), style | Font.ITALIC, indent + 18);
                        flush(indent + 18);
                    }
                    case "br" -> pending.add(new Run(null, style));
                    default -> inline(e, style, pending);
                }
            }
        }

        private static float headingSize(String tag) {
            return switch (tag) {
                case "h1" -> 13;
                case "h2" -> 12;
                case "h3" -> 11;
                default -> 10.5f;
            };
        }

        /** ul/ol with its items; a list nested in an item follows that item, indented. */
        private com.lowagie.text.List list(org.jsoup.nodes.Element e, int style) {
            boolean ordered = e.normalName().equals("ol");
            com.lowagie.text.List list = new com.lowagie.text.List(ordered, 14);
            list.setListSymbol(new Chunk(ordered ? "" : "•", font(SIZE, style)));
            for (org.jsoup.nodes.Element child : e.children()) {
                List<Run> runs = new ArrayList<>();
                List<com.lowagie.text.List> nested = new ArrayList<>();
                for (Node node : child.childNodes()) {
                    if (node instanceof org.jsoup.nodes.Element n && (n.normalName().equals("ul") || n.normalName().equals("ol"))) {
                        nested.add(list(n, style));
                    } else {
                        inline(node, style, runs);
                    }
                }
                ListItem item = new ListItem(SIZE * 1.4f, "", font(SIZE, style));
                Paragraph text = paragraph(runs, SIZE, 0);
                if (text != null) {
                    item.addAll(text);
                }
                list.add(item);
                nested.forEach(list::add);
            }
            return list;
        }

        private static void inlineAll(List<Node> nodes, int style, List<Run> runs) {
            nodes.forEach(node -> inline(node, style, runs));
        }

        /** Inline content: text in the style of its strong/b, em/i and u ancestors; br is a line break. */
        private static void inline(Node node, int style, List<Run> runs) {
            if (node instanceof TextNode text) {
                runs.add(new Run(text.text(), style));
            } else if (node instanceof org.jsoup.nodes.Element e) {
                int inner = switch (e.normalName()) {
                    case "strong", "b" -> style | Font.BOLD;
                    case "em", "i" -> style | Font.ITALIC;
                    case "u" -> style | Font.UNDERLINE;
                    default -> style;
                };
                if (e.normalName().equals("br")) {
                    runs.add(new Run(null, style));
                } else {
                    inlineAll(e.childNodes(), inner, runs);
                }
            }
        }

        private void flush(float indent) {
            Paragraph paragraph = paragraph(pending, SIZE, indent);
            pending.clear();
            if (paragraph != null) {
                out.add(paragraph);
            }
        }

        /** The runs as one paragraph, outer whitespace trimmed; null when there is no text. */
        private static Paragraph paragraph(List<Run> runs, float size, float indent) {
            List<Run> trimmed = new ArrayList<>(runs);
            while (!trimmed.isEmpty() && isBlank(trimmed.getFirst())) {
                trimmed.removeFirst();
            }
            while (!trimmed.isEmpty() && isBlank(trimmed.getLast())) {
                trimmed.removeLast();
            }
            if (trimmed.isEmpty()) {
                return null;
            }
            Paragraph paragraph = new Paragraph();
            paragraph.setFont(font(size, Font.NORMAL)); // else OpenPDF's default, a non-embedded Helvetica, is referenced
            paragraph.setLeading(size * 1.4f);
            paragraph.setSpacingAfter(4);
            paragraph.setIndentationLeft(indent);
            for (int i = 0; i < trimmed.size(); i++) {
                Run run = trimmed.get(i);
                if (run.text() == null) {
                    // not Chunk.NEWLINE, whose default font is a non-embedded Helvetica
                    paragraph.add(new Chunk("\n", font(size, run.style())));
                    continue;
                }
                String text = run.text();
                if (i == 0) {
                    text = text.stripLeading();
                }
                if (i == trimmed.size() - 1) {
                    text = text.stripTrailing();
                }
                paragraph.add(new Chunk(text, font(size, run.style())));
            }
            return paragraph;
        }

        private static boolean isBlank(Run run) {
            return run.text() == null || run.text().isBlank();
        }
    }
}
