package vn.hoalac.portal.infrastructure.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static vn.hoalac.portal.infrastructure.export.ExportFormats.firstOf;

/**
 * What the plan's PDFs are made of: text in Liberation Serif (metric-compatible with the Times New Roman the official
 * formats ask for), embedded (a subset) from {@code /fonts} on the classpath because the standard PDF fonts have no
 * Vietnamese letters, and the paragraphs and table cells they share.
 */
final class PdfBlocks {

    private static final Color HEADER_FILL = new Color(0xE6, 0xE6, 0xE6);

    private PdfBlocks() {
    }

    /** The fonts, read once from the classpath; BaseFont caches them, each document embeds what it uses. */
    static final class Fonts {
        static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
        static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");
        static final BaseFont ITALIC = load("LiberationSerif-Italic.ttf");
        static final BaseFont BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

        private Fonts() {
        }

        private static BaseFont load(String file) {
            try (InputStream in = PdfBlocks.class.getResourceAsStream("/fonts/" + file)) {
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

    /** Liberation Serif in a size and style: Font.BOLD and Font.ITALIC pick the face, UNDERLINE is drawn. */
    static Font font(float size, int style) {
        boolean bold = (style & Font.BOLD) != 0;
        boolean italic = (style & Font.ITALIC) != 0;
        BaseFont face = bold ? (italic ? Fonts.BOLD_ITALIC : Fonts.BOLD) : (italic ? Fonts.ITALIC : Fonts.REGULAR);
        return new Font(face, size, style & Font.UNDERLINE);
    }

    static Paragraph centered(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(firstOf(text), font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    static Paragraph heading(String text, float size) {
        Paragraph paragraph = new Paragraph(text, font(size, Font.BOLD));
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(4);
        paragraph.setKeepTogether(true);
        return paragraph;
    }

    static PdfPCell headerCell(String text, float size) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font(size, Font.BOLD)));
        cell.setBackgroundColor(HEADER_FILL);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(4);
        return cell;
    }

    static PdfPCell cell(String text, float size) {
        PdfPCell cell = new PdfPCell(new Phrase(firstOf(text), font(size, Font.NORMAL)));
        cell.setPadding(4);
        return cell;
    }

    /** Starts a new page when less than {@code space} points are left, so that a heading never ends a page. */
    static void keepWithNext(PdfWriter writer, Document document, float space) {
        if (writer.getVerticalPosition(false) - document.bottom() < space) {
            document.newPage();
        }
    }

    /** Closing writes the PDF out (and the footer's page count); a document that failed to open has nothing to write. */
    static void closeIfOpen(Document document) {
        if (document.isOpen()) {
            document.close();
        }
    }
}
