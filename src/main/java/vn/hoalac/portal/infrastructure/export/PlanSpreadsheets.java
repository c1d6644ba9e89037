package vn.hoalac.portal.infrastructure.export;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.plan.ReviewSynthesis;
import vn.hoalac.portal.domain.model.plan.Disposition;
import vn.hoalac.portal.domain.model.plan.Target;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The plan's spreadsheets: the targets table (import and export; {@code readTargets(writeTargets(x))} gives back x)
 * and the review synthesis (bảng tổng hợp tiếp thu, giải trình ý kiến).
 * <p>
 * An uploaded file is read defensively: its size and its unpacked size are bounded before POI opens it, the first
 * sheet is streamed rather than loaded into a workbook, and every problem, including a file that is no spreadsheet
 * at all, comes back as one {@link InvalidInputException} that lists what to fix, row by row.
 */
public final class PlanSpreadsheets {

    static final String INVALID_FILE = "Tệp chỉ tiêu không hợp lệ";
    static final int MAX_ROWS = 2_000;
    static final int MAX_COLUMNS = 200;
    /** A targets file is a few kilobytes; even a full 2,000 × 200 sheet packs to a few megabytes. */
    static final int MAX_FILE_BYTES = vn.hoalac.portal.application.plan.PlanDrafting.TARGETS_FILE_MAX_BYTES;
    /** Unpacked, that full sheet is some 20 MB of XML; a file that unpacks to much more is a zip bomb. */
    static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 1_000;
    /** The longest code the database keeps (plan_target.code). */
    static final int MAX_CODE_LENGTH = 30;
    /** A file full of errors is reported by its first ones. */
    private static final int MAX_DETAILS = 50;

    static final String TARGETS_SHEET = "Chỉ tiêu";
    static final String SYNTHESIS_SHEET = "Tổng hợp ý kiến";
    static final String SYNTHESIS_TITLE = "BẢNG TỔNG HỢP TIẾP THU, GIẢI TRÌNH Ý KIẾN";
    /** The columns of the synthesis, in the XLSX and in the PDF. */
    static final List<String> SYNTHESIS_COLUMNS = List.of("STT", "Mục", "Đơn vị góp ý", "Người góp ý",
            "Nội dung trích dẫn", "Ý kiến góp ý", "Tiếp thu", "Giải trình", "Người trả lời");

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("[1-9]\\d{0,2}(\\.\\d{3})+|[1-9]\\d{0,2}(,\\d{3}){2,}");
    private static final Pattern DOT_DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d+,\\d+");
    private static final Pattern VIETNAMESE_GROUPED_DECIMAL = Pattern.compile("[1-9]\\d{0,2}(\\.\\d{3})+,\\d+");
    private static final Pattern ENGLISH_GROUPED_DECIMAL = Pattern.compile("[1-9]\\d{0,2}(,\\d{3})+\\.\\d+");

    /** The columns the import knows, each recognised by any of its headers once folded (see {@link #fold}). */
    private enum Column {
        CODE("Mã chỉ tiêu", "ma chi tieu", "ma", "code"),
        NAME("Tên chỉ tiêu", "ten chi tieu", "ten", "name"),
        UNIT("Đơn vị tính", "don vi tinh", "dvt", "unit"),
        GROUP("Nhóm chỉ tiêu", "nhom chi tieu", "nhom", "group"),
        LEAD_UNIT("Đơn vị chủ trì", "don vi chu tri", "lead unit");

        final String label;
        final Set<String> headers;

        Column(String label, String... headers) {
            this.label = label;
            this.headers = Set.of(headers);
        }

        static Column of(String header) {
            String folded = fold(header);
            for (Column column : values()) {
                if (column.headers.contains(folded)) {
                    return column;
                }
            }
            return null;
        }
    }

    private PlanSpreadsheets() {
    }

    // ---------------------------------------------------------------------------------------------- reading targets

    /**
     * The targets of the first sheet of an XLSX file, in the order of its rows. The header row is the first row
     * with a code column; rows above it (a title) and blank rows are skipped, unknown columns ignored.
     *
     * @throws InvalidInputException listing every problem found ("Dòng 5: …"), also when the file is empty, is no
     *                               readable XLSX file, or has more than {@value #MAX_ROWS} rows or {@value #MAX_COLUMNS} columns
     */
    public static List<Target> readTargets(InputStream xlsx) {
        List<SheetRow> rows = readFirstSheet(xlsx);
        List<String> problems = new ArrayList<>();
        List<Target> targets = targets(rows, problems);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return targets;
    }

    /** A non-empty row of the sheet: its number as the spreadsheet shows it (from 1) and its cells by column (from 0). */
    private record SheetRow(int number, Map<Integer, CellValue> cells) {

        String text(Integer column) {
            CellValue cell = column == null ? null : cells.get(column);
            return cell == null ? null : cell.text();
        }
    }

    /** A non-blank cell as stored: its text (NFC, stripped) and, for a numeric cell, its exact number. */
    private record CellValue(String text, BigDecimal number) {
    }

    /** Where each known column of the header row is, the year columns in year order, and how the file labels them. */
    private record Header(Map<Column, Integer> columns, Map<Integer, Integer> yearColumns, Map<Integer, String> labels) {
    }

    private static List<Target> targets(List<SheetRow> rows, List<String> problems) {
        int start = -1;
        for (int i = 0; i < rows.size() && start < 0; i++) {
            if (rows.get(i).cells().values().stream().anyMatch(c -> Column.of(c.text()) == Column.CODE)) {
                start = i;
            }
        }
        if (start < 0) {
            problems.add("Không tìm thấy dòng tiêu đề có cột \"Mã chỉ tiêu\" (hoặc \"Mã\", \"Code\") ở trang tính đầu tiên");
            return List.of();
        }
        Header header = header(rows.get(start), problems);
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<Target> targets = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : rows.subList(start + 1, rows.size())) {
            Target target = target(row, header, seen, problems);
            if (target != null) {
                targets.add(target);
            }
        }
        return targets;
    }

    private static Header header(SheetRow row, List<String> problems) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        Map<Integer, Integer> years = new TreeMap<>();
        Map<Integer, String> labels = new HashMap<>();
        row.cells().forEach((index, cell) -> {
            Column column = Column.of(cell.text());
            Integer year = column == null ? year(cell.text()) : null;
            if (column == null && year == null) {
                return; // a column the import does not use (STT, Ghi chú…)
            }
            labels.put(index, cell.text());
            Integer before = column != null ? columns.putIfAbsent(column, index) : years.putIfAbsent(year, index);
            if (before != null) {
                problems.add("Dòng %d: cột \"%s\" xuất hiện hai lần".formatted(row.number(), cell.text()));
            }
        });
        if (!columns.containsKey(Column.NAME)) {
            problems.add("Dòng %d: thiếu cột \"%s\"".formatted(row.number(), Column.NAME.label));
        }
        return new Header(columns, years, labels);
    }

    /** The year a column header names ("Năm 2025", "Tầm nhìn 2045", "2030"), or null. */
    private static Integer year(String header) {
        Matcher m = YEAR.matcher(header);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year >= 1900 && year <= 2100) {
                return year;
            }
        }
        return null;
    }

    /** The target of a data row; null when the row is blank or has a problem (then added to {@code problems}). */
    private static Target target(SheetRow row, Header header, Map<String, Integer> seen, List<String> problems) {
        Map<Column, Integer> columns = header.columns();
        boolean blank = columns.values().stream().allMatch(c -> row.text(c) == null)
                && header.yearColumns().values().stream().allMatch(c -> row.text(c) == null);
        if (blank) {
            return null;
        }
        int before = problems.size();
        String code = row.text(columns.get(Column.CODE));
        String name = row.text(columns.get(Column.NAME));
        if (code == null) {
            problems.add("Dòng %d: thiếu mã chỉ tiêu".formatted(row.number()));
        } else if (code.length() > MAX_CODE_LENGTH) {
            problems.add("Dòng %d: mã chỉ tiêu '%s' dài quá %d ký tự".formatted(row.number(), code, MAX_CODE_LENGTH));
        } else {
            Integer first = seen.putIfAbsent(code.toUpperCase(Locale.ROOT), row.number());
            if (first != null) {
                problems.add("Dòng %d: mã chỉ tiêu '%s' trùng với dòng %d".formatted(row.number(), code, first));
            }
        }
        if (name == null) {
            problems.add("Dòng %d: thiếu tên chỉ tiêu".formatted(row.number()));
        }
        TreeMap<Integer, BigDecimal> values = new TreeMap<>();
        header.yearColumns().forEach((year, index) -> {
            CellValue cell = row.cells().get(index);
            if (cell == null) {
                return; // no value for that year
            }
            BigDecimal value = cell.number() != null ? cell.number() : number(cell.text());
            if (value == null) {
                problems.add("Dòng %d: giá trị '%s' ở cột %s không phải là số"
                        .formatted(row.number(), cell.text(), header.labels().get(index)));
            } else if (!Target.inRange(value)) {
                problems.add("Dòng %d: giá trị ở cột %s vượt quá 10^15 hoặc có quá 6 chữ số thập phân"
                        .formatted(row.number(), header.labels().get(index)));
            } else {
                values.put(year, value);
            }
        });
        if (problems.size() > before) {
            return null;
        }
        return new Target(code, name, row.text(columns.get(Column.UNIT)), row.text(columns.get(Column.GROUP)),
                row.text(columns.get(Column.LEAD_UNIT)), values);
    }

    /**
     * A number written as text, Vietnamese style ("20.000", "12,5", "1.234,5") or plain ("20000", "12.5",
     * "1,234.5"); null if it is not one. A dot followed by groups of three digits separates thousands ("1.500" is
     * 1500, "0.750" is 0.75); any other single dot, and a single comma, is the decimal mark ("12,5", "12.5").
     */
    static BigDecimal number(String text) {
        String s = text.replaceAll("[\\s\\u00A0\\u202F]", "");
        String sign = "";
        if (!s.isEmpty() && "+-\u2212".indexOf(s.charAt(0)) >= 0) {
            sign = s.charAt(0) == '+' ? "" : "-";
            s = s.substring(1);
        }
        String plain;
        if (DIGITS.matcher(s).matches() || DOT_DECIMAL.matcher(s).matches() && !GROUPED.matcher(s).matches()) {
            plain = s;
        } else if (GROUPED.matcher(s).matches()) {
            plain = s.replaceAll("[.,]", "");
        } else if (COMMA_DECIMAL.matcher(s).matches()) {
            plain = s.replace(',', '.');
        } else if (VIETNAMESE_GROUPED_DECIMAL.matcher(s).matches()) {
            plain = s.replace(".", "").replace(',', '.');
        } else if (ENGLISH_GROUPED_DECIMAL.matcher(s).matches()) {
            plain = s.replace(",", "");
        } else {
            return null;
        }
        return new BigDecimal(sign + plain);
    }

    /** How headers are compared: no diacritics, đ as d, lower case, no notes in brackets, no punctuation. */
    static String fold(String text) {
        return vn.hoalac.portal.application.Texts.fold(text).replaceAll("\\(.*?\\)", " ").replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** Stripped NFC text, null when blank. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        return s.isEmpty() ? null : s;
    }

    // ------------------------------------------------------------------------------------- reading the sheet safely

    /** The file is refused as a whole; the message becomes the single detail of the exception. */
    private static final class Refused extends RuntimeException {
        Refused(String detail) {
            super(detail, null, false, false);
        }
    }

    private static List<SheetRow> readFirstSheet(InputStream xlsx) {
        try {
            byte[] bytes = xlsx.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length == 0) {
                throw new Refused("Tệp rỗng");
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw new Refused("Tệp lớn hơn %d MB".formatted(MAX_FILE_BYTES / (1024 * 1024)));
            }
            checkUnpackedSize(bytes);
            OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            try {
                XSSFReader reader = new XSSFReader(pkg);
                SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new Refused("Tệp không có trang tính nào");
                }
                try (InputStream sheet = sheets.next()) {
                    return rows(sheet, strings);
                }
            } finally {
                pkg.revert(); // closes without writing anything back
            }
        } catch (Refused e) {
            throw invalid(List.of(e.getMessage()));
        } catch (Exception e) {
            // POI, the zip and the XML parser fail in many ways on a damaged or hostile file; for the user it is one
            throw invalid(List.of(UNREADABLE));
        }
    }

    private static final String UNREADABLE = "Không đọc được tệp: tệp phải là bảng tính Excel (.xlsx)";

    /**
     * Unpacks every entry once, only counting, before POI (which holds them all in memory) sees the file: a small
     * file that unpacks to gigabytes is refused here, without changing POI's JVM-wide limits.
     */
    private static void checkUnpackedSize(byte[] bytes) throws IOException {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new Refused("Tệp có quá nhiều thành phần (trên %d)".formatted(MAX_ZIP_ENTRIES));
                }
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw new Refused("Tệp giải nén ra hơn %d MB".formatted(MAX_UNPACKED_BYTES / (1024 * 1024)));
                    }
                }
            }
        }
        if (entries == 0) {
            throw new Refused(UNREADABLE); // not a zip at all: ZipInputStream finds no entry in random bytes
        }
    }

    /**
     * The non-empty rows of a worksheet part, streamed. A cell's value is the stored one (the exact number, the
     * cached result of a formula, never a formatted display), and reading stops at the first non-blank cell beyond
     * the limits.
     */
    private static List<SheetRow> rows(InputStream sheet, SharedStrings strings) throws XMLStreamException {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
        List<SheetRow> rows = new ArrayList<>();
        Map<Integer, CellValue> cells = null;
        int rowNumber = 0;
        int column = -1;
        String type = null;
        String value = null;
        StringBuilder inline = null;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "row" -> {
                            String r = xml.getAttributeValue(null, "r");
                            rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                            cells = new TreeMap<>();
                            column = -1;
                        }
                        case "c" -> {
                            String ref = xml.getAttributeValue(null, "r");
                            column = ref == null ? column + 1 : columnIndex(ref);
                            type = xml.getAttributeValue(null, "t");
                            value = null;
                            inline = new StringBuilder();
                        }
                        case "v" -> value = xml.getElementText();
                        case "t" -> {
                            if (inline != null) {
                                inline.append(xml.getElementText());
                            }
                        }
                        case "rPh" -> skip(xml); // the phonetic guide of an inline string is not its text
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if ("c".equals(xml.getLocalName()) && cells != null && inline != null) {
                        CellValue cell = cell(type, value, inline.toString(), strings);
                        if (cell != null) {
                            if (column >= MAX_COLUMNS) {
                                throw new Refused(String.format(VIETNAMESE,
                                        "Dòng %d: bảng tính có quá %,d cột", rowNumber, MAX_COLUMNS));
                            }
                            if (rowNumber > MAX_ROWS) {
                                throw new Refused(String.format(VIETNAMESE,
                                        "Dòng %d: bảng tính có quá %,d dòng", rowNumber, MAX_ROWS));
                            }
                            cells.put(column, cell);
                        }
                        inline = null;
                    } else if ("row".equals(xml.getLocalName()) && cells != null) {
                        if (!cells.isEmpty()) {
                            rows.add(new SheetRow(rowNumber, cells));
                        }
                        cells = null;
                    }
                }
            }
        } finally {
            xml.close();
        }
        return rows;
    }

    /** A cell from its type (t attribute), its v element and its inline text; null when blank. */
    private static CellValue cell(String type, String value, String inlineText, SharedStrings strings) {
        String t = type == null ? "n" : type;
        if (t.equals("n")) {
            String raw = clean(value);
            if (raw == null) {
                return null;
            }
            try {
                BigDecimal number = Target.normalise(new BigDecimal(raw));
                return new CellValue(number.toPlainString(), number);
            } catch (NumberFormatException e) {
                return new CellValue(raw, null);
            }
        }
        String text = switch (t) {
            case "s" -> value == null ? null : strings.getItemAt(Integer.parseInt(value.strip())).getString();
            case "inlineStr" -> inlineText;
            case "b" -> value == null ? null : "1".equals(value.strip()) ? "TRUE" : "FALSE";
            default -> value; // str (the text result of a formula), e (an error such as #DIV/0!), d (an ISO date)
        };
        String cleaned = clean(text);
        return cleaned == null ? null : new CellValue(cleaned, null);
    }

    /** "AB12" → 27: the letters of a cell reference as a column index from 0. */
    private static int columnIndex(String ref) {
        int index = 0;
        int letters = 0;
        while (letters < ref.length() && ref.charAt(letters) >= 'A' && ref.charAt(letters) <= 'Z') {
            index = index * 26 + (ref.charAt(letters) - 'A' + 1);
            if (++letters > 3) {
                throw new IllegalArgumentException("not a cell reference: " + ref);
            }
        }
        if (letters == 0) {
            throw new IllegalArgumentException("not a cell reference: " + ref);
        }
        return index - 1;
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static InvalidInputException invalid(List<String> problems) {
        List<String> details = problems;
        if (problems.size() > MAX_DETAILS) {
            details = new ArrayList<>(problems.subList(0, MAX_DETAILS));
            details.add("… và %d lỗi khác".formatted(problems.size() - MAX_DETAILS));
        }
        return new InvalidInputException(INVALID_FILE, details);
    }

    // ---------------------------------------------------------------------------------------------- writing targets

    /**
     * The targets as one sheet "Chỉ tiêu": the plan's title, a header, then a row per target with its values as
     * numeric cells, one column per year that any target has.
     */
    public static void writeTargets(String planTitle, List<Target> targets, OutputStream out) {
        List<Integer> years = years(targets);
        List<String> headers = new ArrayList<>(List.of(Column.CODE.label, Column.NAME.label, Column.UNIT.label,
                Column.GROUP.label, Column.LEAD_UNIT.label));
        years.forEach(year -> headers.add(yearLabel(year, years)));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(TARGETS_SHEET);
            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(cellText(planTitle == null || planTitle.isBlank() ? TARGETS_SHEET : planTitle.strip()));
            title.setCellStyle(styles.title);
            styles.header(sheet.createRow(1), headers);
            int r = 2;
            for (Target target : targets) {
                Row row = sheet.createRow(r++);
                styles.text(row, 0, target.code(), styles.text);
                styles.text(row, 1, target.name(), styles.wrapped);
                styles.text(row, 2, target.unit(), styles.text);
                styles.text(row, 3, target.group(), styles.wrapped);
                styles.text(row, 4, target.leadUnit(), styles.wrapped);
                for (int i = 0; i < years.size(); i++) {
                    BigDecimal value = target.value(years.get(i));
                    styles.number(row.createCell(5 + i), value);
                }
            }
            int[] widths = {14, 60, 14, 24, 40};
            for (int i = 0; i < headers.size(); i++) {
                sheet.setColumnWidth(i, (i < widths.length ? widths[i] : 15) * 256);
            }
            sheet.createFreezePane(0, 2);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The years of all targets, in order. */
    static List<Integer> years(List<Target> targets) {
        TreeSet<Integer> years = new TreeSet<>();
        targets.forEach(t -> years.addAll(t.values().keySet()));
        return List.copyOf(years);
    }

    /** "Năm 2030", or "Tầm nhìn 2045" for the last year when it lies beyond 2040. */
    static String yearLabel(int year, List<Integer> years) {
        boolean vision = year == years.getLast() && year > 2040;
        return (vision ? "Tầm nhìn " : "Năm ") + year;
    }

    // ----------------------------------------------------------------------------------------- writing the synthesis

    /** The review synthesis as one sheet "Tổng hợp ý kiến": the heading, then a row per comment with its answer. */
    public static void writeSynthesis(ReviewSynthesis synthesis, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(SYNTHESIS_SHEET);
            int last = SYNTHESIS_COLUMNS.size() - 1;
            List<String> heading = synthesisHeading(synthesis);
            for (int r = 0; r < heading.size(); r++) {
                Cell cell = sheet.createRow(r).createCell(0);
                cell.setCellValue(cellText(heading.get(r)));
                cell.setCellStyle(r == 0 ? styles.banner : styles.centered);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            }
            int headerRow = heading.size() + 1;
            styles.header(sheet.createRow(headerRow), SYNTHESIS_COLUMNS);
            int r = headerRow + 1;
            for (ReviewSynthesis.Row comment : synthesis.rows()) {
                List<String> cells = synthesisCells(comment);
                Row row = sheet.createRow(r++);
                Cell index = row.createCell(0);
                index.setCellValue(comment.index());
                index.setCellStyle(styles.index);
                for (int i = 1; i < cells.size(); i++) {
                    styles.text(row, i, cells.get(i), styles.wrapped);
                }
            }
            int[] widths = {6, 22, 22, 20, 40, 50, 16, 50, 20};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, last));
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines above the synthesis table, in the XLSX and in the PDF. */
    static List<String> synthesisHeading(ReviewSynthesis synthesis) {
        String draft = "Dự thảo lần " + synthesis.versionNumber();
        if (synthesis.versionNote() != null && !synthesis.versionNote().isBlank()) {
            draft += " — " + synthesis.versionNote().strip();
        }
        if (synthesis.reviewDeadline() != null) {
            draft += " · Hạn góp ý: " + synthesis.reviewDeadline().format(DATE);
        }
        String count = "Tổng số ý kiến: %d · Chưa trả lời: %d".formatted(synthesis.rows().size(), synthesis.unanswered());
        return List.of(SYNTHESIS_TITLE, firstOf(synthesis.planTitle()), draft, count);
    }

    /** A comment's cells in the order of {@link #SYNTHESIS_COLUMNS}; an absent value is an empty string. */
    static List<String> synthesisCells(ReviewSynthesis.Row row) {
        return List.of(String.valueOf(row.index()),
                firstOf(row.sectionTitle(), row.sectionKey()),
                firstOf(row.organizationName(), row.organization()),
                withDate(row.author(), row.commentedAt()),
                firstOf(row.quote()),
                firstOf(row.comment()),
                dispositionLabel(row.disposition()),
                firstOf(row.rationale()),
                withDate(row.answeredBy(), row.answeredAt()));
    }

    static String dispositionLabel(Disposition disposition) {
        if (disposition == null) {
            return "Chưa trả lời";
        }
        return switch (disposition) {
            case ACCEPTED -> "Tiếp thu";
            case PARTIALLY_ACCEPTED -> "Tiếp thu một phần";
            case NOT_ACCEPTED -> "Không tiếp thu";
        };
    }

    private static String firstOf(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return "";
    }

    /** "Nguyễn Văn A\n12/08/2025" (the date in Hanoi), or just the name, or "". */
    private static String withDate(String name, OffsetDateTime at) {
        String who = firstOf(name);
        if (at == null) {
            return who;
        }
        String date = at.atZoneSameInstant(HANOI).format(DATE);
        return who.isEmpty() ? date : who + "\n" + date;
    }

    // --------------------------------------------------------------------------------------------------- cells

    /** The cell styles of one workbook, and how cells are written with them. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle banner;
        final CellStyle centered;
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle index;
        final CellStyle integer;
        final CellStyle decimal;
        /** Per text style, its twin that keeps "=1+1" text even when the user edits the cell (quote prefix). */
        private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            XSSFFont big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);

            title = workbook.createCellStyle();
            title.setFont(big);
            banner = workbook.createCellStyle();
            banner.setFont(big);
            banner.setAlignment(HorizontalAlignment.CENTER);
            centered = workbook.createCellStyle();
            centered.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(workbook);
            wrapped = bordered(workbook);
            wrapped.setWrapText(true);
            index = bordered(workbook);
            index.setAlignment(HorizontalAlignment.CENTER);
            integer = bordered(workbook);
            integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            decimal = bordered(workbook);
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0#########"));
            for (CellStyle style : List.of(text, wrapped)) {
                CellStyle twin = workbook.createCellStyle();
                twin.cloneStyleFrom(style);
                twin.setQuotePrefixed(true);
                quoted.put(style, twin);
            }
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }

        void header(Row row, List<String> labels) {
            for (int i = 0; i < labels.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(labels.get(i));
                cell.setCellStyle(header);
            }
        }

        /**
         * A text cell in {@code style} (text or wrapped), never a formula: setCellValue(String) stores text that
         * starts with = + - @ as a plain string, and the quote prefix keeps it text when the user edits the cell.
         * A null or empty value leaves a bordered blank cell.
         */
        void text(Row row, int column, String value, CellStyle style) {
            Cell cell = row.createCell(column);
            String text = cellText(value);
            boolean formulaLike = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
            cell.setCellStyle(formulaLike ? quoted.get(style) : style);
            if (!text.isEmpty()) {
                cell.setCellValue(text);
            }
        }

        /**
         * A numeric cell, blank for null. A value a double cannot hold exactly (over 15 significant digits) is
         * written as text instead, which {@link #readTargets} reads back exactly.
         */
        void number(Cell cell, BigDecimal value) {
            if (value == null) {
                cell.setCellStyle(integer);
                return;
            }
            BigDecimal exact = Target.normalise(value);
            double approximate = exact.doubleValue();
            if (Double.isFinite(approximate) && BigDecimal.valueOf(approximate).compareTo(exact) == 0) {
                cell.setCellValue(approximate);
                cell.setCellStyle(exact.scale() > 0 ? decimal : integer);
            } else {
                cell.setCellValue(exact.toPlainString());
                cell.setCellStyle(text);
            }
        }
    }

    /** Text as a cell can hold it: never null, at most the 32,767 characters Excel allows. */
    private static String cellText(String value) {
        if (value == null) {
            return "";
        }
        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
