package vn.hoalac.portal.infrastructure.export;

import com.lowagie.text.Font;
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
                "Dự thảo lần 3 — đã phê duyệt",
                "(Kèm theo Thông báo số 1857-TB/TU, ngày 15-8-2025 của Ban Chỉ đạo Chương trình 07-CTr/TU)",
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
    void theFirstPageIsTheCommitteesNoticeInThePartysFormat() throws IOException {
        byte[] pdf = pdf(sealedVersion(1));

        PdfRuns page = PdfRuns.of(pdf, 1);
        float width = new PdfReader(pdf).getPageSizeWithRotation(1).getWidth();
        float middle = width / 2;
        PdfRuns.Run heading = page.find("ĐẢNG CỘNG SẢN VIỆT NAM");
        PdfRuns.Run parent = page.find("THÀNH ỦY HÀ NỘI");
        PdfRuns.Run body = page.find("BAN CHỈ ĐẠO CHƯƠNG TRÌNH");
        PdfRuns.Run star = page.find("*");
        PdfRuns.Run number = page.find("Số 1857-TB/TU");
        PdfRuns.Run date = page.find("Hà Nội, ngày 15 tháng 8 năm 2025");
        PdfRuns.Run kind = page.find("THÔNG BÁO");
        PdfRuns.Run summary = page.find("kết luận của Ban Chỉ đạo về Đề án phát triển");
        PdfRuns.Run conclusion = page.find("Kèm theo Thông báo này là toàn văn dự thảo lần 3");
        PdfRuns.Run recipients = page.find("Nơi nhận:");
        PdfRuns.Run recipient = page.find("- Ban Quản lý Khu công nghệ cao Hòa Lạc,");
        PdfRuns.Run authority = page.find("T/M BAN CHỈ ĐẠO");
        PdfRuns.Run signer = page.find("Nguyễn Văn Thường");

        // the Party's heading on the right, level with the issuing body on the left
        assertThat(heading.x()).isGreaterThan(middle);
        assertThat(parent.endX(14, Font.NORMAL)).isLessThan(heading.x());
        assertThat(body.endX(14, Font.BOLD)).isLessThan(heading.x());
        assertThat(Math.abs(heading.y() - parent.y())).isLessThan(3);
        PdfRuns.assertBelow(body, parent);
        PdfRuns.assertBelow(star, body);
        assertThat(Math.abs(star.centre(14, Font.NORMAL) - body.centre(14, Font.BOLD))).isLessThan(3);
        assertThat(Math.abs(parent.centre(14, Font.NORMAL) - body.centre(14, Font.BOLD))).isLessThan(3);
        // the number under the star on the left; place and date in italics on the right, on the same row
        PdfRuns.assertBelow(number, star);
        assertThat(number.endX(14, Font.NORMAL)).isLessThan(date.x());
        assertThat(date.x()).isGreaterThan(middle);
        assertThat(Math.abs(date.y() - number.y())).isLessThan(3);
        PdfRuns.assertBelow(date, heading);
        // the title centred under the header, then the text, then the recipients on the left and the signer on the right
        PdfRuns.assertBelow(kind, number);
        float textCentre = (OfficialDocument.LEFT + width - OfficialDocument.RIGHT) / 2;
        assertThat(Math.abs(kind.centre(16, Font.BOLD) - textCentre)).isLessThan(3);
        PdfRuns.assertBelow(summary, kind);
        PdfRuns.assertBelow(conclusion, summary);
        PdfRuns.assertBelow(recipients, conclusion);
        PdfRuns.assertBelow(recipient, recipients);
        assertThat(recipients.endX(14, Font.UNDERLINE)).isLessThan(authority.x());
        assertThat(authority.x()).isGreaterThan(middle);
        PdfRuns.assertBelow(signer, authority);
        assertThat(flat(allText(pdf))).contains("Ban Thường vụ Thành ủy thống nhất thông qua Đề án");
        // the margins: nothing starts left of 30 mm from the edge; the heading ends 15 mm from the right edge at most
        for (String text : page.texts()) {
            assertThat(page.find(text).x()).as(text).isGreaterThanOrEqualTo(OfficialDocument.LEFT - 0.5f);
        }
        assertThat(heading.endX(15, Font.BOLD)).isLessThanOrEqualTo(width - OfficialDocument.RIGHT + 0.5f);
        assertThat(date.endX(14, Font.ITALIC)).isLessThanOrEqualTo(width - OfficialDocument.RIGHT + 0.5f);
    }

    @Test
    void everyPageCarriesTheSealAndFromTheSecondOnItsNumberAtTheTop() throws IOException {
        byte[] pdf = pdf(sealedVersion(12));

        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        assertThat(pages).as("long enough to test the numbers of several pages").isGreaterThan(2);
        float height = reader.getPageSizeWithRotation(1).getHeight();
        for (int page = 1; page <= pages; page++) {
            String text = flat(new PdfTextExtractor(reader).getTextFromPage(page));
            // sealed at 03:30 UTC: 10:30 in Hanoi
            assertThat(text).contains("Niêm phong SHA-256: " + SEAL + " · 15/08/2025 10:30");
            PdfRuns runs = PdfRuns.of(pdf, page);
            String number = String.valueOf(page);
            boolean numbered = runs.exactly(number).filter(r -> r.y() > height - OfficialDocument.TOP).isPresent();
            assertThat(numbered).as("page %d numbered at the top", page).isEqualTo(page > 1);
        }
        Rectangle size = reader.getPageSizeWithRotation(1);
        assertThat(size.getHeight()).isGreaterThan(size.getWidth());
        assertThat(size.getWidth()).isEqualTo(595f);
        // the plan itself starts on the second page
        assertThat(flat(new PdfTextExtractor(reader).getTextFromPage(2))).contains("Dự thảo lần 3 — đã phê duyệt");
    }

    @Test
    void theFontIsEmbeddedSoVietnameseNeedsNoFontOnTheReadersMachine() {
        String raw = new String(pdf(sealedVersion(1)), StandardCharsets.ISO_8859_1);

        assertThat(raw).contains("/FontFile2", "LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                        "/Identity-H")
                .doesNotContain("/Helvetica", "/Times", "DejaVu", "LiberationSans");
    }

    @Test
    void emptyListsAndAbsentOptionalFieldsStillGiveAPdf() throws IOException {
        PlanContent content = new PlanContent("DA-0", "Đề án trống", 2030, 2045,
                List.of(new Section("s1", null, null), new Section("s2", "Mục trống", "")),
                List.of(new Target("CT01", "Chỉ tiêu chưa có giá trị", null, null, null, null)),
                List.of());
        SealedVersion bare = new SealedVersion(content, 1, null,
                new Decision(DecisionOutcome.APPROVED, null, null, null, null, null), new Seal(SEAL, null), null);
        SealedVersion nothing = new SealedVersion(new PlanContent("DA-0", "Đề án trống", 2030, 2045,
                List.of(), List.of(), List.of()), 1, null, null, null, null);

        String bareText = flat(allText(pdf(bare)));
        assertThat(bareText).contains("Đề án trống", "THÔNG BÁO", "-TB/TU", "Hà Nội, ngày", "Mục trống",
                "Chỉ tiêu chưa có giá trị", "Không có tài liệu kèm theo.", "Niêm phong SHA-256: " + SEAL);
        assertThat(flat(allText(pdf(nothing)))).contains("Không có chỉ tiêu.", "Nơi nhận:").doesNotContain("Niêm phong");
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
