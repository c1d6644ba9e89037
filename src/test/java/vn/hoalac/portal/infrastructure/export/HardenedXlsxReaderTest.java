package vn.hoalac.portal.infrastructure.export;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.infrastructure.export.HardenedXlsxReader.CellValue;
import vn.hoalac.portal.infrastructure.export.HardenedXlsxReader.Refused;
import vn.hoalac.portal.interfaces.i18n.RuleMessages;
import vn.hoalac.portal.infrastructure.export.HardenedXlsxReader.SheetRow;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.row;
import static vn.hoalac.portal.infrastructure.export.ExportFixtures.xlsx;

class HardenedXlsxReaderTest {

    @Test
    void readsTheStoredValuesOfTheNonEmptyRows() {
        List<SheetRow> rows = read(xlsx(row("Mã", "Tên"), row(), row("CT01", 20000.5, null, "  x  ")));

        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 3);
        assertThat(rows.get(1).cells()).containsOnlyKeys(0, 1, 3);
        assertThat(rows.get(1).cells().get(1)).isEqualTo(new CellValue("20000.5", new BigDecimal("20000.5")));
        assertThat(rows.get(1).text(3)).isEqualTo("x");
        assertThat(rows.get(1).text(2)).isNull();
        assertThat(rows.get(1).text(null)).isNull();
    }

    @Test
    void everyKindOfCellIsReadAsItsStoredText() throws IOException {
        // inline strings (with a phonetic guide that is not text), booleans, a formula's cached result, an error,
        // a number without a cell reference, and a cell left blank
        String sheet = """
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="2">
                  <c r="A2" t="inlineStr"><is><r><t>Hòa </t></r><r><t>Lạc</t></r><rPh><t>HOA</t></rPh></is></c>
                  <c r="B2" t="b"><v>1</v></c>
                  <c r="C2" t="str"><f>A1&amp;"x"</f><v>=cached</v></c>
                  <c r="D2" t="e"><v>#DIV/0!</v></c>
                  <c><v>1E+3</v></c>
                  <c r="G2"/>
                </row>
                </sheetData></worksheet>""";

        List<SheetRow> rows = read(rawXlsx(sheet, 1));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.cells()).containsOnlyKeys(0, 1, 2, 3, 4);
            assertThat(r.text(0)).isEqualTo("Hòa Lạc");
            assertThat(r.text(1)).isEqualTo("TRUE");
            assertThat(r.text(2)).isEqualTo("=cached");
            assertThat(r.text(3)).isEqualTo("#DIV/0!");
            assertThat(r.cells().get(4).number()).isEqualByComparingTo("1000");
        });
    }

    @Test
    void cellReferencesAreColumnsFromZero() {
        assertThat(HardenedXlsxReader.columnIndex("A1")).isZero();
        assertThat(HardenedXlsxReader.columnIndex("Z9")).isEqualTo(25);
        assertThat(HardenedXlsxReader.columnIndex("AB12")).isEqualTo(27);
        assertThatThrownBy(() -> HardenedXlsxReader.columnIndex("12")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HardenedXlsxReader.columnIndex("ABCD1")).isInstanceOf(IllegalArgumentException.class);
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

        assertThat(refusal(new byte[0])).isEqualTo("Tệp rỗng");
        assertThat(refusal(random)).contains(".xlsx");
        assertThat(refusal(zip.toByteArray())).contains(".xlsx");
        assertThat(refusal("Mã chỉ tiêu,Tên chỉ tiêu\nCT01,Vốn\n".getBytes())).isEqualTo("Không đọc được tệp: tệp phải là bảng tính Excel (.xlsx)");
        // a worksheet that is no XML, and a cell reference that is none
        assertThat(refusal(rawXlsx("<worksheet><sheetData><row>", 1))).isEqualTo("Không đọc được tệp: tệp phải là bảng tính Excel (.xlsx)");
        assertThat(refusal(rawXlsx("<worksheet><sheetData><row><c r=\"1\"><v>1</v></c></row></sheetData></worksheet>", 1)))
                .isEqualTo("Không đọc được tệp: tệp phải là bảng tính Excel (.xlsx)");
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

        assertThat(refusal(bomb.toByteArray())).contains("giải nén");
    }

    @Test
    void aZipOfTooManyEntriesIsRefused() throws IOException {
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(many)) {
            for (int i = 0; i <= HardenedXlsxReader.MAX_ZIP_ENTRIES; i++) {
                out.putNextEntry(new ZipEntry("part" + i + ".xml"));
            }
        }

        assertThat(refusal(many.toByteArray())).isEqualTo("Tệp có quá nhiều thành phần (trên 1000)");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutReadingItAll() {
        int[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'x';
            }
        };

        Refused refused = catchThrowableOfType(Refused.class, () -> HardenedXlsxReader.firstSheet(endless));

        assertThat(RuleMessages.text(RuleMessages.bundle(Locale.forLanguageTag("vi")), refused.message())).isEqualTo("Tệp lớn hơn 10 MB");
        assertThat(read[0]).isEqualTo(HardenedXlsxReader.MAX_FILE_BYTES + 1);
    }

    @Test
    void tooManyRowsOrColumnsAreRefused() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("Mã", "Tên"));
        for (int i = 1; i < 2_000; i++) { // rows 2 to 2,000
            rows.add(row("CT" + i, "Chỉ tiêu " + i));
        }
        assertThat(read(xlsx(rows.toArray(Object[][]::new)))).hasSize(2_000);
        rows.add(row("CT2001", "Một dòng quá nhiều"));
        assertThat(refusal(xlsx(rows.toArray(Object[][]::new)))).isEqualTo("Dòng 2001: bảng tính có quá 2.000 dòng");

        Object[] wide = new Object[201];
        wide[0] = "Mã";
        wide[1] = "Tên";
        wide[200] = "Ghi chú";
        assertThat(refusal(xlsx(wide))).isEqualTo("Dòng 1: bảng tính có quá 200 cột");
        // blank cells beyond the limits are no reason to refuse
        assertThat(read(rawXlsx("""
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>Mã</t></is></c><c r="ZZ1"/></row>
                <row r="5000"><c r="A5000" t="inlineStr"><is><t> </t></is></c></row>
                </sheetData></worksheet>""", 1))).extracting(SheetRow::cells).containsExactly(Map.of(0, new CellValue("Mã", null)));
    }

    @Test
    void aWorkbookWithoutASheetIsRefused() throws IOException {
        assertThat(refusal(rawXlsx(null, 0))).isIn("Tệp không có trang tính nào", "Không đọc được tệp: tệp phải là bảng tính Excel (.xlsx)");
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static List<SheetRow> read(byte[] file) {
        return HardenedXlsxReader.firstSheet(new ByteArrayInputStream(file));
    }

    private static String refusal(byte[] file) {
        Refused refused = catchThrowableOfType(Refused.class, () -> read(file));
        assertThat(refused).as("refused").isNotNull();
        return RuleMessages.text(RuleMessages.bundle(Locale.forLanguageTag("vi")), refused.message());
    }

    /** A minimal XLSX package by hand: {@code sheets} worksheets, each the given XML. */
    private static byte[] rawXlsx(String sheetXml, int sheets) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            StringBuilder overrides = new StringBuilder();
            StringBuilder sheetList = new StringBuilder();
            StringBuilder rels = new StringBuilder();
            for (int i = 1; i <= sheets; i++) {
                overrides.append("<Override PartName=\"/xl/worksheets/sheet%d.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>".formatted(i));
                sheetList.append("<sheet name=\"S%d\" sheetId=\"%d\" r:id=\"rId%d\"/>".formatted(i, i, i));
                rels.append("<Relationship Id=\"rId%d\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet%d.xml\"/>".formatted(i, i));
            }
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    %s</Types>""".formatted(overrides));
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets>%s</sheets></workbook>""".formatted(sheetList));
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>"""
                    .formatted(rels));
            for (int i = 1; i <= sheets; i++) {
                entry(zip, "xl/worksheets/sheet" + i + ".xml", sheetXml);
            }
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
