package vn.hoalac.portal.infrastructure.export;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.domain.model.plan.Target;
import vn.hoalac.portal.interfaces.i18n.RuleMessages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.row;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.values;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.xlsx;

class TargetImportTest {

    private static final java.util.ResourceBundle VI = RuleMessages.bundle(java.util.Locale.forLanguageTag("vi"));

    private static final Path CORPUS = Path.of(System.getProperty("corpus.dir", "../shared/corpus"));

    @Test
    void readsTheTargetsOfTheSampleSpreadsheet() throws IOException {
        List<Target> targets;
        try (InputStream in = Files.newInputStream(CORPUS.resolve("chi-tieu-2030.xlsx"))) {
            targets = TargetImport.read(in);
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

        List<Target> targets = TargetImport.read(new ByteArrayInputStream(xlsx));

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

        assertThat(RuleMessages.text(VI, e.message())).isEqualTo("Tệp chỉ tiêu không hợp lệ");
        assertThat(e.problems().stream().map(p -> RuleMessages.text(VI, p)).toList()).containsExactly(
                "Dòng 3: thiếu mã chỉ tiêu",
                "Dòng 4: thiếu tên chỉ tiêu",
                "Dòng 5: mã chỉ tiêu 'ct01' trùng với dòng 2",
                "Dòng 6: giá trị 'abc' ở cột Năm 2030 không phải là số");
    }

    @Test
    void codesTooLongValuesOutOfRangeAndRepeatedColumnsAreReported() {
        String longCode = "C".repeat(TargetImport.MAX_CODE_LENGTH + 1);
        assertThat(invalid(xlsx(row("Mã", "Tên", "Năm 2030"), row(longCode, "Vốn", 1), row("CT02", "Vốn", "1e16"))).problems().stream().map(p -> RuleMessages.text(VI, p)).toList())
                .containsExactly("Dòng 2: mã chỉ tiêu '" + longCode + "' dài quá 30 ký tự",
                        "Dòng 3: giá trị '1e16' ở cột Năm 2030 không phải là số");
        assertThat(invalid(xlsx(row("Mã", "Tên", "Năm 2030"), row("CT01", "Vốn", "1.000.000.000.000.000"),
                row("CT02", "Vốn", "0,1234567"))).problems().stream().map(p -> RuleMessages.text(VI, p)).toList())
                .containsExactly("Dòng 2: giá trị ở cột Năm 2030 vượt quá 10^15 hoặc có quá 6 chữ số thập phân",
                        "Dòng 3: giá trị ở cột Năm 2030 vượt quá 10^15 hoặc có quá 6 chữ số thập phân");
        // as it has always been: a numeric cell out of range fails the reader, so the whole file is "unreadable"
        assertThat(invalid(xlsx(row("Mã", "Tên", "Năm 2030"), row("CT01", "Vốn", 1e16))).problems().stream().map(p -> RuleMessages.text(VI, p)).toList())
                .containsExactly("Không đọc được tệp: tệp phải là bảng tính Excel (.xlsx)");
        assertThat(invalid(xlsx(row("Mã", "Tên", "Năm 2030", "2030"), row("CT01", "Vốn", 1, 2))).problems().stream().map(p -> RuleMessages.text(VI, p)).toList())
                .containsExactly("Dòng 1: cột \"2030\" xuất hiện hai lần");
    }

    @Test
    void aFileFullOfErrorsIsReportedByItsFirstFifty() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("Mã", "Tên"));
        for (int i = 0; i < 60; i++) {
            rows.add(row("CT" + i, null));
        }

        List<String> details = invalid(xlsx(rows.toArray(Object[][]::new))).problems().stream().map(p -> RuleMessages.text(VI, p)).toList();

        assertThat(details).hasSize(51).startsWith("Dòng 2: thiếu tên chỉ tiêu").endsWith("… và 10 lỗi khác");
    }

    @Test
    void aSheetWithoutACodeColumnIsRefused() {
        InvalidInputException e = invalid(xlsx(row("Tên chỉ tiêu", "Năm 2030"), row("Vốn", 1)));

        assertThat(e.problems().stream().map(p -> RuleMessages.text(VI, p)).toList()).singleElement().asString().contains("Mã chỉ tiêu");
    }

    @Test
    void aHeaderWithoutANameColumnIsRefusedWithItsRow() {
        InvalidInputException e = invalid(xlsx(row("Bảng chỉ tiêu"), row("Mã", "Năm 2030"), row("CT01", 1)));

        assertThat(e.problems().stream().map(p -> RuleMessages.text(VI, p)).toList()).containsExactly("Dòng 2: thiếu cột \"Tên chỉ tiêu\"");
    }

    @Test
    void aFileTheReaderRefusesIsOneProblemOfAnInvalidTargetsFile() {
        assertThat(invalid(new byte[0]).problems().stream().map(p -> RuleMessages.text(VI, p)).toList()).containsExactly("Tệp rỗng");
        assertThat(invalid("Mã chỉ tiêu,Tên chỉ tiêu\nCT01,Vốn\n".getBytes()).problems().stream().map(p -> RuleMessages.text(VI, p)).toList())
                .containsExactly("Không đọc được tệp: tệp phải là bảng tính Excel (.xlsx)");
    }

    @Test
    void numbersWrittenAsTextAreReadTheVietnameseOrThePlainWay() {
        assertThat(TargetImport.number("20.000")).isEqualByComparingTo("20000");
        assertThat(TargetImport.number("1.234.567")).isEqualByComparingTo("1234567");
        assertThat(TargetImport.number("1,234,567")).isEqualByComparingTo("1234567");
        assertThat(TargetImport.number("12,5")).isEqualByComparingTo("12.5");
        assertThat(TargetImport.number("12.5")).isEqualByComparingTo("12.5");
        assertThat(TargetImport.number("0.750")).isEqualByComparingTo("0.75");
        assertThat(TargetImport.number("1.234,5")).isEqualByComparingTo("1234.5");
        assertThat(TargetImport.number("1,234.5")).isEqualByComparingTo("1234.5");
        assertThat(TargetImport.number("\u2212 3")).isEqualByComparingTo("-3");
        assertThat(TargetImport.number("+7")).isEqualByComparingTo("7");
        assertThat(TargetImport.number("20 000")).isEqualByComparingTo("20000");
        assertThat(TargetImport.number("abc")).isNull();
        assertThat(TargetImport.number("1,5,5")).isNull();
        assertThat(TargetImport.number("")).isNull();
    }

    @Test
    void yearColumnsAreNamedByAYearBetween1900And2100() {
        assertThat(TargetImport.year("Năm 2025")).isEqualTo(2025);
        assertThat(TargetImport.year("Tầm nhìn 2045")).isEqualTo(2045);
        assertThat(TargetImport.year("Mục tiêu 12345 đến 2030")).isEqualTo(2030);
        assertThat(TargetImport.year("Năm 1800")).isNull();
        assertThat(TargetImport.year("Ghi chú")).isNull();
    }

    private static InvalidInputException invalid(byte[] file) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> TargetImport.read(new ByteArrayInputStream(file)));
        assertThat(e).as("an InvalidInputException").isNotNull();
        assertThat(RuleMessages.text(VI, e.message())).isEqualTo("Tệp chỉ tiêu không hợp lệ");
        return e;
    }
}
