package vn.hoalac.portal.infrastructure.export;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.plan.ReviewSynthesis;
import vn.hoalac.portal.application.plan.SealedVersion;
import vn.hoalac.portal.domain.model.plan.Attachment;
import vn.hoalac.portal.domain.model.plan.Decision;
import vn.hoalac.portal.domain.model.plan.DecisionOutcome;
import vn.hoalac.portal.domain.model.plan.PlanContent;
import vn.hoalac.portal.domain.model.plan.Seal;
import vn.hoalac.portal.domain.model.plan.Section;
import vn.hoalac.portal.domain.model.plan.Target;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class PlanPdfsTest {

    private static final String SEAL = "9f2c4e1a7b3d5f60812a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d";
    private static final String ATTACHMENT_SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void theApprovedVersionShowsItsNoticeSectionsTargetsAndAttachments() throws IOException {
        byte[] pdf = sealedVersionPdf(sealedVersion(12));

        String text = flat(allText(pdf));
        assertThat(text).contains(
                "Đề án phát triển Khu công nghệ cao Hòa Lạc đến năm 2030, tầm nhìn đến năm 2045",
                "Phiên bản 3 — đã phê duyệt",
                "Thông báo kết luận số 1857-TB/TU ngày 15/08/2025",
                "Ban Thường vụ Thành ủy thống nhất thông qua Đề án",
                "Chương I. Sự cần thiết",
                "Khu công nghệ cao Hòa Lạc là khu công nghệ cao quốc gia",
                "Thu hút đầu tư", "Đào tạo nhân lực", "Chương trình số 07-CTr/TU", "Phát triển hạ tầng số",
                // the targets table, numbers written the Vietnamese way
                "CT01", "Tổng vốn đầu tư đăng ký", "Ban quản lý Khu công nghệ cao Hòa Lạc", "Năm 2030", "Tầm nhìn 2045",
                "20.000", "60.000", "12,5",
                // the attachments
                "Thỏa thuận hợp tác với Trường Đại học Bách khoa Hà Nội", "thoa-thuan-dhbk.pdf", ATTACHMENT_SHA);
        // markup is never printed, nor script content
        assertThat(text).doesNotContain("<p>", "<strong>", "</li>", "<blockquote>", "alert(");
    }

    @Test
    void everyPageCarriesTheSealAndItsPageNumber() throws IOException {
        byte[] pdf = sealedVersionPdf(sealedVersion(12));

        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        assertThat(pages).as("long enough to test the footer of several pages").isGreaterThan(1);
        for (int page = 1; page <= pages; page++) {
            String text = flat(new PdfTextExtractor(reader).getTextFromPage(page));
            // sealed at 03:30 UTC: 10:30 in Hanoi
            assertThat(text).contains("Niêm phong SHA-256: " + SEAL + " · 15/08/2025 10:30")
                    .contains("Trang " + page + "/" + pages);
        }
        Rectangle size = reader.getPageSizeWithRotation(1);
        assertThat(size.getHeight()).isGreaterThan(size.getWidth());
    }

    @Test
    void theFontIsEmbeddedSoVietnameseNeedsNoFontOnTheReadersMachine() throws IOException {
        String raw = new String(sealedVersionPdf(sealedVersion(1)), StandardCharsets.ISO_8859_1);

        assertThat(raw).contains("/FontFile2", "DejaVuSans", "DejaVuSans-Bold", "/Identity-H")
                .doesNotContain("/Helvetica", "/Times");
    }

    @Test
    void theSynthesisIsALandscapeTableOfEveryCommentAndItsAnswer() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanPdfs.synthesis(PlanSpreadsheetsTest.synthesis(), out);

        PdfReader reader = new PdfReader(out.toByteArray());
        Rectangle size = reader.getPageSizeWithRotation(1);
        assertThat(size.getWidth()).isGreaterThan(size.getHeight());
        String text = flat(allText(out.toByteArray()));
        assertThat(text).contains("BẢNG TỔNG HỢP TIẾP THU, GIẢI TRÌNH Ý KIẾN",
                "Đề án phát triển Khu công nghệ cao Hòa Lạc", "Dự thảo lần 2",
                "STT", "Đơn vị góp ý", "Nội dung trích dẫn", "Giải trình", "Người trả lời",
                "Trường Đại học Bách khoa Hà Nội", "Nguyễn Văn A",
                "Tiếp thu một phần", "Không tiếp thu", "Chưa trả lời",
                "Thông báo kết luận số 1857-TB/TU");
    }

    @Test
    void emptyListsAndAbsentOptionalFieldsStillGiveAPdf() throws IOException {
        PlanContent content = new PlanContent("DA-0", "Đề án trống", 2030, 2045,
                List.of(new Section("s1", null, null), new Section("s2", "Mục trống", "")),
                List.of(new Target("CT01", "Chỉ tiêu chưa có giá trị", null, null, null, null)),
                List.of());
        SealedVersion bare = new SealedVersion(content, 1, null,
                new Decision(DecisionOutcome.APPROVED, null, null, null, null, null), new Seal(SEAL, null));
        SealedVersion nothing = new SealedVersion(new PlanContent("DA-0", "Đề án trống", 2030, 2045,
                List.of(), List.of(), List.of()), 1, null, null, null);
        ReviewSynthesis noComments = new ReviewSynthesis("DA-0", null, 1, null, null, List.of());

        String bareText = flat(allText(sealedVersionPdf(bare)));
        assertThat(bareText).contains("Đề án trống", "Thông báo kết luận", "Mục trống", "Chỉ tiêu chưa có giá trị",
                "Không có tài liệu kèm theo.", "Niêm phong SHA-256: " + SEAL);
        assertThat(flat(allText(sealedVersionPdf(nothing)))).contains("Không có chỉ tiêu.", "Trang 1/");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanPdfs.synthesis(noComments, out);
        assertThat(flat(allText(out.toByteArray()))).contains("Chưa có ý kiến góp ý.", "Dự thảo lần 1");
    }

    @Test
    void numbersAreWrittenTheVietnameseWay() {
        assertThat(PlanPdfs.vietnamese(new BigDecimal("20000"))).isEqualTo("20.000");
        assertThat(PlanPdfs.vietnamese(new BigDecimal("1234567.25"))).isEqualTo("1.234.567,25");
        assertThat(PlanPdfs.vietnamese(new BigDecimal("0.750"))).isEqualTo("0,75");
        assertThat(PlanPdfs.vietnamese(null)).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** An approved version whose first section is repeated {@code copies} times, to make the PDF long. */
    static SealedVersion sealedVersion(int copies) {
        String body = """
                <h2>1. Bối cảnh</h2>
                <p>Khu công nghệ cao Hòa Lạc là khu công nghệ cao quốc gia, <strong>động lực</strong> phát triển \
                <em>kinh tế tri thức</em> của Thủ đô.<br>Thực hiện <u>Chương trình số 07-CTr/TU</u>.</p>
                <ul><li>Thu hút đầu tư</li><li>Đào tạo nhân lực<ol><li>Đại học</li><li>Sau đại học</li></ol></li></ul>
                <blockquote><p>Phát triển hạ tầng số</p></blockquote>
                <script>alert(1)</script>
                """;
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            sections.add(new Section("chuong-" + i, i == 0 ? "Chương I. Sự cần thiết" : "Chương " + (i + 1), body));
        }
        TreeMap<Integer, BigDecimal> values = new TreeMap<>();
        values.put(2025, new BigDecimal("8000"));
        values.put(2030, new BigDecimal("20000"));
        values.put(2045, new BigDecimal("60000"));
        TreeMap<Integer, BigDecimal> rates = new TreeMap<>();
        rates.put(2030, new BigDecimal("12.5"));
        PlanContent content = new PlanContent("DA-2030",
                "Đề án phát triển Khu công nghệ cao Hòa Lạc đến năm 2030, tầm nhìn đến năm 2045", 2030, 2045,
                sections,
                List.of(new Target("CT01", "Tổng vốn đầu tư đăng ký", "tỷ đồng", "Kinh tế",
                                "Ban quản lý Khu công nghệ cao Hòa Lạc", values),
                        new Target("CT02", "Tỷ lệ tăng trưởng", "%", null, null, rates)),
                List.of(new Attachment(7, 2, "Thỏa thuận hợp tác với Trường Đại học Bách khoa Hà Nội",
                        "thoa-thuan-dhbk.pdf", ATTACHMENT_SHA)));
        Decision decision = new Decision(DecisionOutcome.APPROVED,
                "Ban Thường vụ Thành ủy thống nhất thông qua Đề án; giao Ban quản lý hoàn thiện và tổ chức thực hiện.",
                "1857-TB/TU", LocalDate.of(2025, 8, 15), "thuongvu",
                OffsetDateTime.of(2025, 8, 15, 3, 0, 0, 0, ZoneOffset.UTC));
        Seal seal = new Seal(SEAL, OffsetDateTime.of(2025, 8, 15, 3, 30, 0, 0, ZoneOffset.UTC));
        return new SealedVersion(content, 3, "Hoàn thiện theo góp ý", decision, seal);
    }

    private static byte[] sealedVersionPdf(SealedVersion version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanPdfs.sealedVersion(version, out);
        return out.toByteArray();
    }

    private static String allText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /** Text with every run of whitespace as one space, so that wrapped lines compare as they read. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
