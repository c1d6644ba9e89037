package vn.hoalac.portal.infrastructure.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.plan.ReviewSynthesis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.bytes;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.synthesis;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.texts;

class SynthesisWorkbookTest {

    @Test
    void theSynthesisListsEveryCommentWithItsAnswerInVietnamese() throws IOException {
        ReviewSynthesis synthesis = synthesis();

        try (XSSFWorkbook workbook = workbook(synthesis)) {
            Sheet sheet = workbook.getSheet("Tổng hợp ý kiến");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("BẢNG TỔNG HỢP TIẾP THU, GIẢI TRÌNH Ý KIẾN");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Đề án phát triển Khu công nghệ cao Hòa Lạc");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("Dự thảo lần 2");
            int header = 5;
            assertThat(texts(sheet.getRow(header))).containsExactly("STT", "Mục", "Đơn vị góp ý", "Người góp ý",
                    "Nội dung trích dẫn", "Ý kiến góp ý", "Tiếp thu", "Giải trình", "Người trả lời");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
            assertThat(sheet.getLastRowNum()).isEqualTo(header + 4);
            Row first = sheet.getRow(header + 1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("I. Quan điểm");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Trường Đại học Bách khoa Hà Nội");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Bổ sung chỉ tiêu về Khu công nghệ cao Hòa Lạc");
            assertThat(first.getCell(5).getCellStyle().getWrapText()).isTrue();
            assertThat(column(sheet, header, 6)).containsExactly("Tiếp thu", "Tiếp thu một phần", "Không tiếp thu", "Chưa trả lời");
            // the unanswered comment: no rationale, no answerer, section shown by its key
            Row last = sheet.getRow(header + 4);
            assertThat(last.getCell(1).getStringCellValue()).isEqualTo("chuong-2");
            assertThat(last.getCell(7).getStringCellValue()).isEmpty();
            assertThat(last.getCell(8).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        try (XSSFWorkbook workbook = workbook(synthesis())) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
            Row hostile = sheet.getRow(5 + 2);
            Map<Integer, String> expected = Map.of(4, "=HYPERLINK(\"http://evil.example\",\"bấm vào đây\")",
                    5, "+84 912 345 678", 7, "-5% so với dự thảo lần 1", 3, "@Nguyễn Văn B");
            expected.forEach((column, text) -> {
                Cell cell = hostile.getCell(column);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).startsWith(text);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            });
            assertThat(sheet.getRow(5 + 1).getCell(5).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void theSheetPrintsLandscapeOnePageWideWithItsHeaderOnEveryPageAndTheLayoutsWidths() throws IOException {
        try (XSSFWorkbook workbook = workbook(synthesis())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("6:6");
            assertThat(sheet.getNumMergedRegions()).isEqualTo(4);
            for (int i = 0; i < SynthesisLayout.COLUMNS.size(); i++) {
                assertThat(sheet.getColumnWidth(i)).isEqualTo(SynthesisLayout.COLUMNS.get(i).sheetWidth() * 256);
            }
        }
    }

    private static XSSFWorkbook workbook(ReviewSynthesis synthesis) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes(out -> new SynthesisExports().xlsx(synthesis, out))));
    }

    private static List<String> column(Sheet sheet, int headerRow, int column) {
        List<String> texts = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            texts.add(sheet.getRow(r).getCell(column).getStringCellValue());
        }
        return texts;
    }
}
