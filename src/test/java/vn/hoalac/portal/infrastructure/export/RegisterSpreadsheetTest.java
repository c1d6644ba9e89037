package vn.hoalac.portal.infrastructure.export;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.domain.model.agreement.Agreement;
import vn.hoalac.portal.domain.model.agreement.AgreementDetails;
import vn.hoalac.portal.domain.model.agreement.AgreementKind;
import vn.hoalac.portal.domain.model.agreement.AgreementStatus;
import vn.hoalac.portal.domain.model.agreement.CooperationField;
import vn.hoalac.portal.domain.model.agreement.MilestoneStatus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.bytes;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.texts;

class RegisterSpreadsheetTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);
    private static final Map<String, String> NAMES = Map.of("BQL", "Ban quản lý Khu công nghệ cao Hòa Lạc",
            "DHBK", "Đại học Bách khoa Hà Nội");

    @Test
    void oneRowPerAgreementInTheWordsOfTheAgreementPages() throws IOException {
        Agreement signed = agreement("01/2025/TTHT", AgreementKind.MEMORANDUM, AgreementStatus.ACTIVE,
                Set.of(CooperationField.RESEARCH, CooperationField.SHARED_LAB), LocalDate.of(2025, 10, 1),
                List.of(new AgreementDetails.MilestoneLine("Ký phụ lục", LocalDate.of(2025, 8, 1), MilestoneStatus.OPEN),
                        new AgreementDetails.MilestoneLine("Báo cáo", LocalDate.of(2025, 12, 1), MilestoneStatus.OPEN)));
        Agreement draft = agreement("=02/2025", AgreementKind.AGREEMENT, AgreementStatus.DRAFT, Set.of(), null, List.of());

        byte[] xlsx = bytes(out -> new RegisterSpreadsheet().xlsx(List.of(signed, draft),
                code -> NAMES.getOrDefault(code, code), TODAY, out));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Sổ thỏa thuận");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("SỔ THEO DÕI THỎA THUẬN HỢP TÁC — lập ngày 01/09/2025");
            assertThat(texts(sheet.getRow(1))).containsExactly("Số thỏa thuận", "Tên thỏa thuận", "Loại", "Các bên",
                    "Lĩnh vực", "Ngày ký", "Hiệu lực từ", "Hiệu lực đến", "Trạng thái", "Mốc quá hạn", "Đầu mối liên hệ");
            assertThat(texts(sheet.getRow(2))).containsExactly("01/2025/TTHT", "Thỏa thuận 01/2025/TTHT", "Biên bản ghi nhớ",
                    "Ban quản lý Khu công nghệ cao Hòa Lạc; Đại học Bách khoa Hà Nội", "Nghiên cứu; Phòng thí nghiệm dùng chung",
                    "01/01/2025", "01/01/2025", "01/10/2025", "Sắp hết hạn", "Ký phụ lục (01/08/2025)", "Ông A, 0912 345 678");
            Row second = sheet.getRow(3);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("=02/2025");
            assertThat(second.getCell(2).getStringCellValue()).isEqualTo(ExportLabels.text("agreement.kind.AGREEMENT"));
            assertThat(second.getCell(4).getStringCellValue()).isEmpty();
            assertThat(second.getCell(7).getStringCellValue()).isEmpty();
            assertThat(second.getCell(8).getStringCellValue()).isEqualTo("Dự thảo");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        }
    }

    private static Agreement agreement(String number, AgreementKind kind, AgreementStatus status, Set<CooperationField> fields,
                                       LocalDate effectiveTo, List<AgreementDetails.MilestoneLine> milestones) {
        OffsetDateTime now = OffsetDateTime.parse("2025-09-01T01:00:00Z");
        Agreement a = new Agreement(number, "bql.soan", now);
        LocalDate signed = effectiveTo == null ? null : LocalDate.of(2025, 1, 1);
        a.describe(new AgreementDetails(number, "Thỏa thuận " + number, kind, Set.of("DHBK", "BQL"), fields,
                signed, signed, effectiveTo, status, effectiveTo == null ? null : "Ông A, 0912 345 678", milestones),
                TODAY, "bql.soan", now);
        return a;
    }
}
