package vn.hoalac.portal.infrastructure.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;

import static vn.hoalac.portal.infrastructure.export.PdfBlocks.font;

/** The foot of every page of a plan's PDF: a line of text (the seal, if any) on the left, "Trang n/N" on the right. */
final class PageFooter extends PdfPageEventHelper {

    private static final float SIZE = 7;
    private final String left;
    private PdfTemplate total;

    /** {@code left} null leaves only the page number. */
    PageFooter(String left) {
        this.left = left;
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
        if (left != null) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(left, font(SIZE, Font.NORMAL)),
                    document.left(), y, 0);
        }
        String page = "Trang " + writer.getPageNumber() + "/";
        float x = document.right() - 14 - PdfBlocks.Fonts.REGULAR.getWidthPoint(page, SIZE);
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
