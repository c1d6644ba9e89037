package vn.hoalac.portal.infrastructure.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlToPdfTest {

    @Test
    void nothingToWriteGivesNoElement() {
        assertThat(HtmlToPdf.elements(null)).isEmpty();
        assertThat(HtmlToPdf.elements("   ")).isEmpty();
        assertThat(HtmlToPdf.elements("<p> </p><div></div>")).isEmpty();
    }

    @Test
    void paragraphsHeadingsAndQuotesAreParagraphsInOrder() {
        java.util.List<Element> elements = HtmlToPdf.elements(
                "<h2>1. Bối cảnh</h2><p>Khu công nghệ cao <strong>Hòa Lạc</strong></p><blockquote>Trích dẫn</blockquote>");

        assertThat(elements).hasSize(3).allSatisfy(e -> assertThat(e).isInstanceOf(Paragraph.class));
        Paragraph heading = (Paragraph) elements.get(0);
        assertThat(heading.getContent()).isEqualTo("1. Bối cảnh");
        assertThat(chunks(heading).getFirst().getFont().getSize()).isEqualTo(14f);
        assertThat(chunks(heading).getFirst().getFont().getBaseFont()).isSameAs(PdfBlocks.Fonts.BOLD);
        Paragraph paragraph = (Paragraph) elements.get(1);
        assertThat(paragraph.getContent()).isEqualTo("Khu công nghệ cao Hòa Lạc");
        assertThat(chunks(paragraph)).extracting(c -> c.getFont().getBaseFont())
                .containsExactly(PdfBlocks.Fonts.REGULAR, PdfBlocks.Fonts.BOLD);
        Paragraph quote = (Paragraph) elements.get(2);
        assertThat(quote.getIndentationLeft()).isEqualTo(18f);
        assertThat(chunks(quote).getFirst().getFont().getBaseFont()).isSameAs(PdfBlocks.Fonts.ITALIC);
        // the text as the official formats set it: 14 pt, justified, the first line indented 1 cm
        assertThat(chunks(paragraph).getFirst().getFont().getSize()).isEqualTo(14f);
        assertThat(paragraph.getAlignment()).isEqualTo(Element.ALIGN_JUSTIFIED);
        assertThat(paragraph.getFirstLineIndent()).isEqualTo(OfficialDocument.INDENT);
    }

    @Test
    void listsKeepTheirItemsAndNestedListsFollowTheirItem() {
        java.util.List<Element> elements = HtmlToPdf.elements(
                "<ul><li>Thu hút đầu tư</li><li>Đào tạo<ol><li>Đại học</li></ol></li></ul>");

        assertThat(elements).singleElement().isInstanceOf(List.class);
        List list = (List) elements.getFirst();
        assertThat(list.isNumbered()).isFalse();
        assertThat(list.getItems()).hasSize(3);
        assertThat(((ListItem) list.getItems().get(0)).getContent()).isEqualTo("Thu hút đầu tư");
        assertThat(((ListItem) list.getItems().get(1)).getContent()).isEqualTo("Đào tạo");
        assertThat(list.getItems().get(2)).isInstanceOf(List.class);
        assertThat(((List) list.getItems().get(2)).isNumbered()).isTrue();
    }

    @Test
    void onlyTextReachesThePageInTheEmbeddedFont() {
        java.util.List<Element> elements = HtmlToPdf.elements(
                "<p>Dòng một<br>dòng <u>hai</u> <span onclick=\"x()\">&lt;b&gt;ba&lt;/b&gt;</span></p>");

        Paragraph paragraph = (Paragraph) elements.getFirst();
        assertThat(paragraph.getContent()).isEqualTo("Dòng một\ndòng hai <b>ba</b>");
        assertThat(chunks(paragraph)).allSatisfy(c -> assertThat(c.getFont().getBaseFont()).isNotNull());
        assertThat(chunks(paragraph)).anySatisfy(c -> assertThat(c.getFont().isUnderlined()).isTrue());
        assertThat(paragraph.getFont().getBaseFont()).isSameAs(PdfBlocks.Fonts.REGULAR);
        assertThat(paragraph.getFont().getStyle() & Font.BOLD).isZero();
    }

    private static java.util.List<Chunk> chunks(Paragraph paragraph) {
        java.util.List<Chunk> chunks = new ArrayList<>();
        for (Object o : paragraph) {
            chunks.add((Chunk) o);
        }
        return chunks;
    }
}
