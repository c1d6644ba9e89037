package vn.hoalac.portal.infrastructure.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.plan.ReviewSynthesis;
import vn.hoalac.portal.domain.model.plan.Disposition;
import vn.hoalac.portal.domain.model.plan.Target;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlanSpreadsheetsTest {

    private static final Path CORPUS = Path.of(System.getProperty("corpus.dir", "../shared/corpus"));

    @Test
    void readsTheTargetsOfTheSampleSpreadsheet() throws IOException {
        List<Target> targets;
        try (InputStream in = Files.newInputStream(CORPUS.resolve("chi-tieu-2030.xlsx"))) {
            targets = PlanSpreadsheets.readTargets(in);
        }

        assertThat(targets).extracting(Target::code).containsExactly("CT01", "CT02", "CT03", "CT04");
        Target first = targets.getFirst();
        assertThat(first.name()).isEqualTo("Tổng vốn đầu tư đăng ký");
        assertThat(first.unit()).isEqualTo("tỷ đồng");
        assertThat(first.group()).isNull();
        assertThat(first.leadUnit()).isEqualTo("Ban quản lý Khu công nghệ cao Hòa Lạc");
        assertThat(first.values()).containsExactlyEntriesOf(values(2025, "8000", 2027, "13000", 2030, "20000", 2045, "60000"));
        assertThat(first.value(2030)).isEqualTo(new BigDecimal("20000"));
        assertThat(targets.get(2).leadUnit()).isEqualTo("Đảng ủy Khối các trường đại học, cao đẳng");
        assertThat(targets.get(2).unit()).isEqualTo("%");
        assertThat(targets).allSatisfy(t -> assertThat(Normalizer.isNormalized(t.name(), Normalizer.Form.NFC)).isTrue());
    }

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

        assertThat(PlanSpreadsheets.readTargets(new ByteArrayInputStream(xlsx))).isEqualTo(targets);
    }

    @Test
    void theTargetsSheetHasATitleAFrozenBoldHeaderAndNumericCells() throws IOException {
        List<Target> targets = List.of(new Target("CT01", "Vốn", "tỷ đồng", null, null, values(2030, "20000", 2045, "12.5")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(targetsXlsx("Đề án 2030", targets)))) {
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
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(targetsXlsx("Đề án", near)))) {
            assertThat(texts(workbook.getSheetAt(0).getRow(1))).endsWith("Năm 2030", "Năm 2035");
        }
    }

    @Test
    void headersAreRecognisedWithoutCaseOrDiacriticsAndTextNumbersAreRead() {
        String decomposed = Normalizer.normalize("Hòa Lạc", Normalizer.Form.NFD);
        byte[] xlsx = xlsx(
                row("Danh mục chỉ tiêu kèm theo Đề án"),
                row(),
                row("STT", "MA", "ten", "DON VI TINH", "Nhom", "Lead unit", "2025", "NĂM 2027", "Tầm nhìn 2045", "Ghi chú"),
                row(1, "CT01", "  Vốn đầu tư  ", "tỷ đồng", null, decomposed, "20.000", "12,5", 20000, "x"),
                row(),
                row(2, "CT02", "Doanh nghiệp", null, "Đổi mới", null, "20000", "12.5", "1.234,5"),
                row(3, "ct03", "Phòng thí nghiệm", null, null, null, "0.750", "-3", null));

        List<Target> targets = PlanSpreadsheets.readTargets(new ByteArrayInputStream(xlsx));

        assertThat(targets).containsExactly(
                new Target("CT01", "Vốn đầu tư", "tỷ đồng", null, "Hòa Lạc", values(2025, "20000", 2027, "12.5", 2045, "20000")),
                new Target("CT02", "Doanh nghiệp", null, "Đổi mới", null, values(2025, "20000", 2027, "12.5", 2045, "1234.5")),
                new Target("ct03", "Phòng thí nghiệm", null, null, null, values(2025, "0.75", 2027, "-3")));
        assertThat(targets.getFirst().leadUnit()).isEqualTo(Normalizer.normalize("Hòa Lạc", Normalizer.Form.NFC));
    }

    @Test
    void everyProblemIsReportedWithItsRowNumber() {
        byte[] xlsx = xlsx(
                row("Mã chỉ tiêu", "Tên chỉ tiêu", "Năm 2025", "Năm 2030"),
                row("CT01", "Vốn", 1, 2),
                row(null, "Không có mã", 1, 2),
                row("CT03", null, 1, 2),
                row("ct01", "Trùng mã", 1, 2),
                row("CT05", "Giá trị chữ", 1, "abc"),
                row("CT06", "Đúng", 1, 2));

        InvalidInputException e = invalid(xlsx);

        assertThat(e.getMessage()).isEqualTo("Tệp chỉ tiêu không hợp lệ");
        assertThat(e.details()).containsExactly(
                "Dòng 3: thiếu mã chỉ tiêu",
                "Dòng 4: thiếu tên chỉ tiêu",
                "Dòng 5: mã chỉ tiêu 'ct01' trùng với dòng 2",
                "Dòng 6: giá trị 'abc' ở cột Năm 2030 không phải là số");
    }

    @Test
    void aSheetWithoutACodeColumnIsRefused() {
        InvalidInputException e = invalid(xlsx(row("Tên chỉ tiêu", "Năm 2030"), row("Vốn", 1)));

        assertThat(e.details()).singleElement().asString().contains("Mã chỉ tiêu");
    }

    @Test
    void aHeaderWithoutANameColumnIsRefusedWithItsRow() {
        InvalidInputException e = invalid(xlsx(row("Bảng chỉ tiêu"), row("Mã", "Năm 2030"), row("CT01", 1)));

        assertThat(e.details()).containsExactly("Dòng 2: thiếu cột \"Tên chỉ tiêu\"");
    }

    @Test
    void filesThatAreNoSpreadsheetAreRefusedCleanly() throws IOException {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("xin chào".getBytes());
        }

        assertThat(invalid(new byte[0]).details()).containsExactly("Tệp rỗng");
        assertThat(invalid(random).details()).singleElement().asString().contains(".xlsx");
        assertThat(invalid(zip.toByteArray()).details()).singleElement().asString().contains(".xlsx");
        assertThat(invalid("Mã chỉ tiêu,Tên chỉ tiêu\nCT01,Vốn\n".getBytes()).details()).isNotEmpty();
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bomb)) {
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 80; i++) {
                out.write(zeros);
            }
        }
        assertThat(bomb.size()).isLessThan(1024 * 1024);

        assertThat(invalid(bomb.toByteArray()).details()).singleElement().asString().contains("giải nén");
    }

    @Test
    void tooManyRowsOrColumnsAreRefused() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("Mã", "Tên"));
        for (int i = 1; i < 2_000; i++) { // rows 2 to 2,000
            rows.add(row("CT" + i, "Chỉ tiêu " + i));
        }
        assertThat(PlanSpreadsheets.readTargets(new ByteArrayInputStream(xlsx(rows.toArray(Object[][]::new))))).hasSize(1_999);
        rows.add(row("CT2001", "Một dòng quá nhiều"));
        assertThat(invalid(xlsx(rows.toArray(Object[][]::new))).details())
                .containsExactly("Dòng 2001: bảng tính có quá 2.000 dòng");

        Object[] wide = new Object[201];
        wide[0] = "Mã";
        wide[1] = "Tên";
        wide[200] = "Ghi chú";
        assertThat(invalid(xlsx(wide)).details()).containsExactly("Dòng 1: bảng tính có quá 200 cột");
    }

    @Test
    void theSynthesisListsEveryCommentWithItsAnswerInVietnamese() throws IOException {
        ReviewSynthesis synthesis = synthesis();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanSpreadsheets.writeSynthesis(synthesis, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanSpreadsheets.writeSynthesis(synthesis(), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
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

    // ------------------------------------------------------------------------------------------------- helpers

    static ReviewSynthesis synthesis() {
        OffsetDateTime at = OffsetDateTime.of(2025, 8, 12, 2, 30, 0, 0, ZoneOffset.UTC);
        List<ReviewSynthesis.Row> rows = List.of(
                new ReviewSynthesis.Row(1, "chuong-1", "I. Quan điểm", "DHBK", "Trường Đại học Bách khoa Hà Nội",
                        "Nguyễn Văn A", at, "phát triển Khu công nghệ cao Hòa Lạc", "Bổ sung chỉ tiêu về Khu công nghệ cao Hòa Lạc",
                        Disposition.ACCEPTED, "Đã bổ sung tại mục I.2", "Trần Thị C", at.plusDays(1)),
                new ReviewSynthesis.Row(2, "chuong-1", "I. Quan điểm", "DHQG", "Đại học Quốc gia Hà Nội",
                        "@Nguyễn Văn B", at, "=HYPERLINK(\"http://evil.example\",\"bấm vào đây\")", "+84 912 345 678",
                        Disposition.PARTIALLY_ACCEPTED, "-5% so với dự thảo lần 1", "Trần Thị C", at.plusDays(1)),
                new ReviewSynthesis.Row(3, "chuong-2", "II. Chỉ tiêu", "DHNN", null,
                        "Lê Văn D", at, null, "Giữ nguyên 20.000 tỷ đồng là quá cao",
                        Disposition.NOT_ACCEPTED, "Phù hợp Thông báo kết luận số 1857-TB/TU", "Trần Thị C", at.plusDays(2)),
                new ReviewSynthesis.Row(4, "chuong-2", null, "DHNN", "Trường Đại học Nông nghiệp",
                        "Lê Văn D", at, null, "Làm rõ đơn vị chủ trì", null, null, null, null));
        return new ReviewSynthesis("DA-2030", "Đề án phát triển Khu công nghệ cao Hòa Lạc", 2, "Sau góp ý lần 1",
                LocalDate.of(2025, 8, 20), rows);
    }

    private static TreeMap<Integer, BigDecimal> values(Object... yearsAndValues) {
        TreeMap<Integer, BigDecimal> values = new TreeMap<>();
        for (int i = 0; i < yearsAndValues.length; i += 2) {
            values.put((Integer) yearsAndValues[i], new BigDecimal((String) yearsAndValues[i + 1]));
        }
        return values;
    }

    private static byte[] targetsXlsx(String title, List<Target> targets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanSpreadsheets.writeTargets(title, targets, out);
        return out.toByteArray();
    }

    private static InvalidInputException invalid(byte[] file) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> PlanSpreadsheets.readTargets(new ByteArrayInputStream(file)));
        assertThat(e).as("an InvalidInputException").isNotNull();
        assertThat(e.getMessage()).isEqualTo("Tệp chỉ tiêu không hợp lệ");
        return e;
    }

    private static Object[] row(Object... cells) {
        return cells;
    }

    /** A one-sheet workbook: String cells as text, Number cells as numbers, nulls left out. */
    private static byte[] xlsx(Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static List<String> column(Sheet sheet, int headerRow, int column) {
        List<String> texts = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            texts.add(sheet.getRow(r).getCell(column).getStringCellValue());
        }
        return texts;
    }
}
