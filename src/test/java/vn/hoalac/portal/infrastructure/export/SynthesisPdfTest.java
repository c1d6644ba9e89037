package vn.hoalac.portal.infrastructure.export;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.plan.ReviewSynthesis;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.allText;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.bytes;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.flat;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.synthesis;

class SynthesisPdfTest {

    @Test
    void theSynthesisIsALandscapeTableOfEveryCommentAndItsAnswer() throws IOException {
        byte[] pdf = pdf(synthesis());

        PdfReader reader = new PdfReader(pdf);
        Rectangle size = reader.getPageSizeWithRotation(1);
        assertThat(size.getWidth()).isGreaterThan(size.getHeight());
        String text = flat(allText(pdf));
        assertThat(text).contains("BẢNG TỔNG HỢP TIẾP THU, GIẢI TRÌNH Ý KIẾN",
                "Đề án phát triển Khu công nghệ cao Hòa Lạc", "Dự thảo lần 2",
                "STT", "Đơn vị góp ý", "Nội dung trích dẫn", "Giải trình", "Người trả lời",
                "Trường Đại học Bách khoa Hà Nội", "Nguyễn Văn A",
                "Tiếp thu một phần", "Không tiếp thu", "Chưa trả lời",
                "Thông báo kết luận số 1857-TB/TU");
        // the page count is a template the text extractor may set apart by a space
        assertThat(text).containsPattern("Trang 1/ ?1");
        assertThat(reader.getInfo().get("Title")).isEqualTo("BẢNG TỔNG HỢP TIẾP THU, GIẢI TRÌNH Ý KIẾN");
    }

    @Test
    void aSynthesisWithoutCommentsSaysSo() throws IOException {
        ReviewSynthesis noComments = new ReviewSynthesis("DA-0", null, 1, null, null, List.of());

        assertThat(flat(allText(pdf(noComments)))).contains("Chưa có ý kiến góp ý.", "Dự thảo lần 1");
    }

    @Test
    void aLongSynthesisRunsOverNumberedPages() throws IOException {
        ReviewSynthesis one = synthesis();
        List<ReviewSynthesis.Row> many = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.addAll(one.rows());
        }
        byte[] pdf = pdf(new ReviewSynthesis(one.planCode(), one.planTitle(), 2, null, null, many));

        int pages = new PdfReader(pdf).getNumberOfPages();
        assertThat(pages).isGreaterThan(1);
        assertThat(flat(allText(pdf))).containsPattern("Trang " + pages + "/ ?" + pages);
    }

    private static byte[] pdf(ReviewSynthesis synthesis) {
        return bytes(out -> new SynthesisExports().pdf(synthesis, out));
    }
}
