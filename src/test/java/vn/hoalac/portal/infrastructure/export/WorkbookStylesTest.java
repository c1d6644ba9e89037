package vn.hoalac.portal.infrastructure.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbookStylesTest {

    @Test
    void textCellsAreNeverFormulasAndFormulaLikeTextIsQuotePrefixed() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            Row row = workbook.createSheet().createRow(0);
            String[] values = {"=1+1", "+84", "-5%", "@A", "Hòa Lạc", null, ""};
            for (int i = 0; i < values.length; i++) {
                styles.text(row, i, values[i], i % 2 == 0 ? styles.text : styles.wrapped);
            }
            for (int i = 0; i < 4; i++) {
                assertThat(row.getCell(i).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(i).getStringCellValue()).isEqualTo(values[i]);
                assertThat(row.getCell(i).getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(row.getCell(1).getCellStyle().getWrapText()).isTrue();
            assertThat(row.getCell(4).getCellStyle().getIndex()).isEqualTo(styles.text.getIndex());
            assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(row.getCell(5).getCellStyle().getIndex()).isEqualTo(styles.wrapped.getIndex());
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void numbersAreNumericCellsUnlessADoubleCannotHoldThemExactly() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            Row row = workbook.createSheet().createRow(0);
            styles.number(row.createCell(0), new BigDecimal("20000"));
            styles.number(row.createCell(1), new BigDecimal("12.50"));
            styles.number(row.createCell(2), new BigDecimal("123456789012345.678"));
            styles.number(row.createCell(3), null);

            Cell integer = row.getCell(0);
            assertThat(integer.getNumericCellValue()).isEqualTo(20000.0);
            assertThat(integer.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(12.5);
            assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0#########");
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("123456789012345.678");
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void textLongerThanACellHoldsIsCut() {
        String huge = "x".repeat(40_000);

        String cut = WorkbookStyles.cellText(huge);

        assertThat(cut).hasSize(32_767).endsWith("x…");
        assertThat(WorkbookStyles.cellText(null)).isEmpty();
        assertThat(WorkbookStyles.cellText("Hòa Lạc")).isEqualTo("Hòa Lạc");
    }
}
