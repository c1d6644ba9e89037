package vn.hoalac.portal.infrastructure.export;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.plan.SealedVersion;
import vn.hoalac.portal.domain.model.plan.Decision;
import vn.hoalac.portal.domain.model.plan.DecisionOutcome;
import vn.hoalac.portal.domain.model.plan.PlanContent;
import vn.hoalac.portal.domain.model.plan.Seal;
import vn.hoalac.portal.domain.model.plan.Section;
import vn.hoalac.portal.domain.model.plan.Target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.ATTACHMENT_SHA;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.SEAL;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.allText;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.bytes;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.flat;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.sealedVersion;

class SealedVersionPdfTest {

    @Test
    void theApprovedVersionShowsItsNoticeSectionsTargetsAndAttachments() throws IOException {
        byte[] pdf = pdf(sealedVersion(12));

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
        byte[] pdf = pdf(sealedVersion(12));

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
    void theFontIsEmbeddedSoVietnameseNeedsNoFontOnTheReadersMachine() {
        String raw = new String(pdf(sealedVersion(1)), StandardCharsets.ISO_8859_1);

        assertThat(raw).contains("/FontFile2", "DejaVuSans", "DejaVuSans-Bold", "/Identity-H")
                .doesNotContain("/Helvetica", "/Times");
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

        String bareText = flat(allText(pdf(bare)));
        assertThat(bareText).contains("Đề án trống", "Thông báo kết luận", "Mục trống", "Chỉ tiêu chưa có giá trị",
                "Không có tài liệu kèm theo.", "Niêm phong SHA-256: " + SEAL);
        assertThat(flat(allText(pdf(nothing)))).contains("Không có chỉ tiêu.", "Trang 1/").doesNotContain("Niêm phong");
    }

    @Test
    void theSealLineNamesTheHashAndTheTimeInHanoi() {
        assertThat(SealedVersionPdf.sealLine(null)).isNull();
        assertThat(SealedVersionPdf.sealLine(new Seal("abc", null))).isEqualTo("Niêm phong SHA-256: abc");
        assertThat(SealedVersionPdf.sealLine(new Seal("abc", OffsetDateTime.parse("2025-08-15T17:05:00Z"))))
                .isEqualTo("Niêm phong SHA-256: abc · 16/08/2025 00:05");
    }

    private static byte[] pdf(SealedVersion version) {
        return bytes(out -> new SealedVersionPdf().pdf(version, out));
    }
}
