package vn.hoalac.portal.infrastructure.export;

import com.lowagie.text.Font;
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
        assertThat(text).contains("BÁO CÁO", "Tổng hợp, tiếp thu, giải trình ý kiến góp ý đối với Dự thảo lần 2",
                "Đề án phát triển Khu công nghệ cao Hòa Lạc",
                "STT", "Đơn vị góp ý", "Nội dung trích dẫn", "Giải trình", "Người trả lời",
                "Trường Đại học Bách khoa Hà Nội", "Nguyễn Văn A",
                "Tiếp thu một phần", "Không tiếp thu", "Chưa trả lời",
                "Thông báo kết luận số 1857-TB/TU");
        assertThat(reader.getInfo().get("Title")).isEqualTo("Báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý");
    }

    @Test
    void theSynthesisIsADocumentOfTheParkInTheStatesFormat() throws IOException {
        byte[] pdf = pdf(synthesis());

        PdfReader reader = new PdfReader(pdf);
        float width = reader.getPageSizeWithRotation(1).getWidth();
        PdfRuns page = PdfRuns.of(pdf, 1);
        PdfRuns.Run nationalName = page.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        PdfRuns.Run motto = page.find("Độc lập - Tự do - Hạnh phúc");
        PdfRuns.Run parent = page.find("UBND THÀNH PHỐ HÀ NỘI");
        PdfRuns.Run body = page.find("BAN QUẢN LÝ KHU CÔNG NGHỆ CAO HÒA LẠC");
        PdfRuns.Run number = page.find("/BC-BQL");
        PdfRuns.Run date = page.find("Hà Nội, ngày tháng năm 2025"); // the blanks for the registry read as one space each
        PdfRuns.Run title = page.find("BÁO CÁO");
        PdfRuns.Run summary = page.find("Tổng hợp, tiếp thu, giải trình ý kiến góp ý đối với Dự thảo lần 2");
        PdfRuns.Run column = page.find("Đơn vị góp ý");

        // the body the park belongs to on the Quốc hiệu's line, the park's name under it; the Tiêu ngữ centred under the Quốc hiệu
        assertThat(nationalName.x()).isGreaterThan(body.endX(13, Font.BOLD));
        assertThat(Math.abs(nationalName.y() - parent.y())).isLessThan(3);
        PdfRuns.assertBelow(body, parent);
        assertThat(Math.abs(parent.centre(13, Font.NORMAL) - body.centre(13, Font.BOLD))).isLessThan(3);
        PdfRuns.assertBelow(motto, nationalName);
        assertThat(Math.abs(motto.centre(14, Font.BOLD) - nationalName.centre(13, Font.BOLD))).isLessThan(3);
        assertThat(nationalName.endX(13, Font.BOLD)).isLessThanOrEqualTo(width - OfficialDocument.RIGHT + 0.5f);
        assertThat(body.x()).isGreaterThanOrEqualTo(OfficialDocument.LEFT - 0.5f);
        // "Số:      /BC-BQL" under the park's name (the registry numbers it), place and year on its row under the Tiêu ngữ
        assertThat(number.x()).isLessThan(width / 2);
        PdfRuns.assertBelow(number, body);
        PdfRuns.assertBelow(date, motto);
        assertThat(date.x()).isGreaterThan(width / 2);
        assertThat(Math.abs(date.y() - number.y())).isLessThan(3);
        // then the title, its summary and the table
        PdfRuns.assertBelow(title, date);
        PdfRuns.assertBelow(summary, title);
        PdfRuns.assertBelow(column, summary);
        assertThat(flat(allText(pdf))).contains(
                "tổng hợp các ý kiến góp ý đối với dự thảo lần 2 (Sau góp ý lần 1; hạn góp ý 20/08/2025)",
                "Tổng số ý kiến: 4; chưa trả lời: 1.",
                "Nơi nhận:", "- Ban Chỉ đạo Chương trình 07-CTr/TU (để báo cáo);",
                "- Trường Đại học Bách khoa Hà Nội;", "- Lưu: VT.", "TRƯỞNG BAN");
        String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/FontFile2", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic")
                .doesNotContain("/Helvetica", "LiberationSans");
    }

    @Test
    void theOpeningSentenceNamesTheParkAsTheRegisterNamesIt() throws IOException {
        assertThat(flat(allText(pdf(synthesis())))).contains("Ban quản lý Khu công nghệ cao Hòa Lạc tổng hợp các ý kiến góp ý");
        assertThat(flat(allText(pdf(synthesis(), ParkLetterhead.DEFAULT, "Ban Quản lý Khu Công nghệ cao Láng - Hòa Lạc"))))
                .contains("Ban Quản lý Khu Công nghệ cao Láng - Hòa Lạc tổng hợp các ý kiến góp ý đối với dự thảo lần 2")
                .doesNotContain("Ban quản lý Khu công nghệ cao Hòa Lạc tổng hợp");
    }

    @Test
    void aDeputySignsForTheHeadWithTheNameTheSettingsGive() throws IOException {
        byte[] pdf = pdf(synthesis(), new ParkLetterhead(null, "BAN QUẢN LÝ KHU CÔNG NGHỆ CAO HÒA LẠC", "BC-BQL",
                List.of("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"), "Nguyễn Văn Ký"));

        PdfRuns last = PdfRuns.of(pdf, new PdfReader(pdf).getNumberOfPages());
        PdfRuns.Run authority = last.find("KT. TRƯỞNG BAN");
        PdfRuns.Run function = last.find("PHÓ TRƯỞNG BAN");
        PdfRuns.Run name = last.find("Nguyễn Văn Ký");
        PdfRuns.assertBelow(function, authority);
        PdfRuns.assertBelow(name, function);
        assertThat(function.y() - name.y()).as("room for the signature and the seal").isGreaterThan(50);
        assertThat(flat(allText(pdf))).doesNotContain("UBND");
    }

    @Test
    void theRecipientsAreTheCommitteeEachOrganizationThatCommentedOnceAndTheRegistry() {
        assertThat(SynthesisPdf.recipients(synthesis())).containsExactly(
                "Ban Chỉ đạo Chương trình 07-CTr/TU (để báo cáo);", "Trường Đại học Bách khoa Hà Nội;",
                "Đại học Quốc gia Hà Nội;", "DHNN;", "Trường Đại học Nông nghiệp;", "Lưu: VT.");
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
        float height = new PdfReader(pdf).getPageSizeWithRotation(pages).getHeight();
        PdfRuns last = PdfRuns.of(pdf, pages);
        assertThat(last.exactly(String.valueOf(pages))).as("the page number in the top margin")
                .hasValueSatisfying(n -> assertThat(n.y()).isGreaterThan(height - OfficialDocument.TOP));
    }

    private static byte[] pdf(ReviewSynthesis synthesis) {
        return pdf(synthesis, ParkLetterhead.DEFAULT);
    }

    private static byte[] pdf(ReviewSynthesis synthesis, ParkLetterhead letterhead) {
        return pdf(synthesis, letterhead, "Ban quản lý Khu công nghệ cao Hòa Lạc");
    }

    private static byte[] pdf(ReviewSynthesis synthesis, ParkLetterhead letterhead, String parkName) {
        return bytes(out -> SynthesisPdf.write(synthesis, letterhead, parkName, 2025, out));
    }
}
