package vn.hoalac.portal.infrastructure.export;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hoalac.portal.application.plan.ReviewSynthesis;
import vn.hoalac.portal.application.plan.SealedVersion;
import vn.hoalac.portal.domain.model.plan.Attachment;
import vn.hoalac.portal.domain.model.plan.Decision;
import vn.hoalac.portal.domain.model.plan.DecisionOutcome;
import vn.hoalac.portal.domain.model.plan.Disposition;
import vn.hoalac.portal.domain.model.plan.PlanContent;
import vn.hoalac.portal.domain.model.plan.Seal;
import vn.hoalac.portal.domain.model.plan.Section;
import vn.hoalac.portal.domain.model.plan.Target;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;

/** What the export tests share: a synthesis, an approved version, hand-made workbooks, and reading PDFs back. */
final class ExportFixtures {

    static final String SEAL = "9f2c4e1a7b3d5f60812a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d";
    static final String ATTACHMENT_SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private ExportFixtures() {
    }

    /** Four comments: accepted, partially accepted (with formula-like texts), not accepted, unanswered. */
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

    /** An approved version whose first section is repeated {@code copies} times, to make the PDF long. */
    static SealedVersion sealedVersion(int copies) {
        String body = """
                <h2>1. Bối cảnh</h2>
                <p>Khu công nghệ cao Hòa Lạc là khu công nghệ cao quốc gia, <strong>động lực</strong> phát triển \
                <em>kinh tế tri thức</em> của Thủ đô.<br>Thực hiện <u>Chương trình số 07-CTr/TU</u>.</p>
                <ul><li>Thu hút đầu tư</li><li>Đào tạo nhân lực<ol><li>Đại học</li><li>Sau đại học</li></ol></li></ul>
                <blockquote><p>Phát triển hạ tầng số</p></blockquote>
                <script>alert(1)</script>
                """;
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            sections.add(new Section("chuong-" + i, i == 0 ? "Chương I. Sự cần thiết" : "Chương " + (i + 1), body));
        }
        PlanContent content = new PlanContent("DA-2030",
                "Đề án phát triển Khu công nghệ cao Hòa Lạc đến năm 2030, tầm nhìn đến năm 2045", 2030, 2045,
                sections,
                List.of(new Target("CT01", "Tổng vốn đầu tư đăng ký", "tỷ đồng", "Kinh tế",
                                "Ban quản lý Khu công nghệ cao Hòa Lạc", values(2025, "8000", 2030, "20000", 2045, "60000")),
                        new Target("CT02", "Tỷ lệ tăng trưởng", "%", null, null, values(2030, "12.5"))),
                List.of(new Attachment(7, 2, "Thỏa thuận hợp tác với Trường Đại học Bách khoa Hà Nội",
                        "thoa-thuan-dhbk.pdf", ATTACHMENT_SHA)));
        Decision decision = new Decision(DecisionOutcome.APPROVED,
                "Ban Thường vụ Thành ủy thống nhất thông qua Đề án; giao Ban quản lý hoàn thiện và tổ chức thực hiện.",
                "1857-TB/TU", LocalDate.of(2025, 8, 15), "thuongvu",
                OffsetDateTime.of(2025, 8, 15, 3, 0, 0, 0, ZoneOffset.UTC));
        Seal seal = new Seal(SEAL, OffsetDateTime.of(2025, 8, 15, 3, 30, 0, 0, ZoneOffset.UTC));
        return new SealedVersion(content, 3, "Hoàn thiện theo góp ý", decision, seal, "Nguyễn Văn Thường");
    }

    static TreeMap<Integer, BigDecimal> values(Object... yearsAndValues) {
        TreeMap<Integer, BigDecimal> values = new TreeMap<>();
        for (int i = 0; i < yearsAndValues.length; i += 2) {
            values.put((Integer) yearsAndValues[i], new BigDecimal((String) yearsAndValues[i + 1]));
        }
        return values;
    }

    /** What a writer writes, as bytes. */
    static byte[] bytes(Consumer<OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toByteArray();
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    /** A one-sheet workbook: String cells as text, Number cells as numbers, nulls left out. */
    static byte[] xlsx(Object[]... rows) {
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

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    static String allText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /** Text with every run of whitespace as one space, so that wrapped lines compare as they read. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
