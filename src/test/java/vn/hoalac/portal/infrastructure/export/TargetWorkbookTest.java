package vn.hoalac.portal.infrastructure.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.plan.TargetSpreadsheet;
import vn.hoalac.portal.domain.model.plan.Target;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.bytes;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.texts;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.values;

class TargetWorkbookTest {

    private final TargetSpreadsheet spreadsheet = new TargetWorkbook();

    @Test
    void whatIsWrittenReadsBackExactly() {
        List<Target> targets = List.of(
                new Target("CT01", "Tổng vốn đầu tư đăng ký", "tỷ đồng", "Kinh tế", "Ban quản lý Khu công nghệ cao Hòa Lạc",
                        values(2025, "8000", 2027, "13000", 2030, "20000", 2045, "60000")),
                new Target("CT02", "Tỷ lệ lao động có trình độ đại học", "%", null, null,
                        values(2025, "55.5", 2030, "0.75", 2045, "-3")),
                // no value for 2027, a value beyond a double's precision, and a name that looks like a formula
                new Target("CT03", "=SUM(A1:A9)", null, "Nhân lực", "Sở Khoa học và Công nghệ",
                        values(2025, "1234567890.123456", 2030, "1E+3")),
                new Target("CT04", "Chỉ tiêu không có giá trị", null, null, null, new TreeMap<>()));

        byte[] xlsx = targetsXlsx("Đề án phát triển Khu công nghệ cao Hòa Lạc", targets);

        assertThat(spreadsheet.read(new ByteArrayInputStream(xlsx))).isEqualTo(targets);
    }

    @Test
    void theTargetsSheetHasATitleAFrozenBoldHeaderAndNumericCells() throws IOException {
        List<Target> targets = List.of(new Target("CT01", "Vốn", "tỷ đồng", null, null, values(2030, "20000", 2045, "12.5")));
        try (XSSFWorkbook workbook = workbook(targetsXlsx("Đề án 2030", targets))) {
            Sheet sheet = workbook.getSheet("Chỉ tiêu");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đề án 2030");
            assertThat(texts(sheet.getRow(1))).containsExactly("Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính",
                    "Nhóm chỉ tiêu", "Đơn vị chủ trì", "Năm 2030", "Tầm nhìn 2045");
            assertThat(workbook.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            Cell value = sheet.getRow(2).getCell(5);
            assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(value.getNumericCellValue()).isEqualTo(20000.0);
            assertThat(sheet.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(12.5);
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
        }
        // the last year is a vision year only beyond 2040
        List<Target> near = List.of(new Target("CT01", "Vốn", null, null, null, values(2030, "1", 2035, "2")));
        try (XSSFWorkbook workbook = workbook(targetsXlsx("Đề án", near))) {
            assertThat(texts(workbook.getSheetAt(0).getRow(1))).endsWith("Năm 2030", "Năm 2035");
        }
    }

    @Test
    void aPlanWithoutATitleIsTitledByTheSheetAndFormulaLikeNamesStayText() throws IOException {
        List<Target> targets = List.of(new Target("CT01", "=1+1", null, null, null, values(2030, "123456789012.123456")));
        try (XSSFWorkbook workbook = workbook(targetsXlsx("  ", targets))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Chỉ tiêu");
            Cell name = sheet.getRow(2).getCell(1);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            // more digits than a double holds: kept exact, as text
            Cell value = sheet.getRow(2).getCell(5);
            assertThat(value.getCellType()).isEqualTo(CellType.STRING);
            assertThat(value.getStringCellValue()).isEqualTo("123456789012.123456");
        }
        assertThat(texts(workbook(targetsXlsx(null, List.of())).getSheetAt(0).getRow(1)))
                .containsExactly("Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Nhóm chỉ tiêu", "Đơn vị chủ trì");
    }

    private byte[] targetsXlsx(String title, List<Target> targets) {
        return bytes(out -> spreadsheet.write(title, targets, out));
    }

    private static XSSFWorkbook workbook(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }
}
