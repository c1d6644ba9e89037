package vn.hoalac.portal.infrastructure.export;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.audit.AuditExport;
import vn.hoalac.portal.application.audit.AuditLog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.bytes;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.texts;

class AuditExportsTest {

    private static final List<AuditLog.Event> EVENTS = List.of(
            new AuditLog.Event(1, OffsetDateTime.parse("2025-08-15T03:30:00Z"), "bql.soan", "BQL", "PLAN_CREATED",
                    "PLAN", "7", "DA-2030 Đề án \"Hòa Lạc\"", null, "aa11"),
            new AuditLog.Event(2, OffsetDateTime.parse("2025-08-15T03:31:00Z"), "dhbk.gopy", null, "COMMENTED",
                    "PLAN_VERSION", "7/1", "=HYPERLINK(\"http://evil.example\")", "aa11", "bb22"));

    private final AuditExport exports = new AuditExports();

    @Test
    void theCsvIsUtf8WithABomAQuotedCellPerColumnAndNoFormula() {
        String csv = new String(bytes(out -> exports.csv(EVENTS, out)), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFid,at,actor,organization,action,entityType,entityId,details,previousHash,hash\r\n");
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).contains("1,\"2025-08-15T03:30Z\",\"bql.soan\",\"BQL\",\"PLAN_CREATED\",\"PLAN\",\"7\","
                + "\"DA-2030 Đề án \"\"Hòa Lạc\"\"\",,\"aa11\"\r\n");
        assertThat(csv).contains(",,\"COMMENTED\"").contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
    }

    @Test
    void aCsvCellCanNeverRunAsAFormula() {
        assertThat(AuditCsv.cell(null)).isEmpty();
        assertThat(AuditCsv.cell("")).isEqualTo("\"\"");
        for (String hostile : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(AuditCsv.cell(hostile)).isEqualTo("\"'" + hostile + "\"");
        }
        assertThat(AuditCsv.cell("a \"b\"")).isEqualTo("\"a \"\"b\"\"\"");
    }

    @Test
    void theSpreadsheetHasTheSameColumnsAsTextCells() throws IOException {
        byte[] xlsx = bytes(out -> exports.xlsx(EVENTS, out));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Nhật ký kiểm toán");
            assertThat(texts(sheet.getRow(0))).containsExactly("Số hiệu", "Thời điểm (UTC)", "Người thực hiện", "Đơn vị",
                    "Hành động", "Loại đối tượng", "Mã đối tượng", "Chi tiết", "Mã băm của sự kiện trước", "Mã băm");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row second = sheet.getRow(2);
            assertThat(second.getCell(0).getNumericCellValue()).isEqualTo(2.0);
            assertThat(second.getCell(3).getStringCellValue()).isEmpty();
            assertThat(second.getCell(7).getCellType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(7).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\")");
        }
    }

    @Test
    void theContentTypesAreTheOnesTheExportsHadBefore() {
        assertThat(AuditExport.CSV).isEqualTo("text/csv;charset=UTF-8");
        assertThat(AuditExport.XLSX).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
}
