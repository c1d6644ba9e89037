package vn.hoalac.portal.infrastructure.export;

import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.domain.model.plan.Target;
import vn.hoalac.portal.infrastructure.export.HardenedXlsxReader.CellValue;
import vn.hoalac.portal.infrastructure.export.HardenedXlsxReader.SheetRow;
import vn.hoalac.portal.infrastructure.export.TargetLayout.Column;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a targets import: which row is the header, which columns are known, what a valid target row is.
 * The sheet itself is read by {@link HardenedXlsxReader}; every problem, of the file or of its rows, comes back as one
 * {@link InvalidInputException} that lists what to fix, row by row.
 */
final class TargetImport {

    static final String INVALID_FILE = "invalid.targetsFile";
    /** The field of the request every problem of the file belongs to. */
    static final String FIELD = "file";
    /** The longest code the database keeps (plan_target.code). */
    static final int MAX_CODE_LENGTH = 30;
    /** A file full of errors is reported by its first ones. */
    private static final int MAX_DETAILS = 50;

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("[1-9]\\d{0,2}(\\.\\d{3})+|[1-9]\\d{0,2}(,\\d{3}){2,}");
    private static final Pattern DOT_DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d+,\\d+");
    private static final Pattern VIETNAMESE_GROUPED_DECIMAL = Pattern.compile("[1-9]\\d{0,2}(\\.\\d{3})+,\\d+");
    private static final Pattern ENGLISH_GROUPED_DECIMAL = Pattern.compile("[1-9]\\d{0,2}(,\\d{3})+\\.\\d+");

    /** Where each known column of the header row is, the year columns in year order, and how the file labels them. */
    private record Header(Map<Column, Integer> columns, Map<Integer, Integer> yearColumns, Map<Integer, String> labels) {
    }

    private TargetImport() {
    }

    /**
     * The targets of the first sheet of an XLSX file, in the order of its rows. The header row is the first row
     * with a code column; rows above it (a title) and blank rows are skipped, unknown columns ignored.
     *
     * @throws InvalidInputException listing every problem found ("Dòng 5: …"), also when the file is empty, is no
     *                               readable XLSX file, or is beyond the limits of {@link HardenedXlsxReader}
     */
    static List<Target> read(InputStream xlsx) {
        List<SheetRow> rows;
        try {
            rows = HardenedXlsxReader.firstSheet(xlsx);
        } catch (HardenedXlsxReader.Refused e) {
            throw invalid(List.of(new Problem(FIELD, e.message())));
        }
        List<Problem> problems = new ArrayList<>();
        List<Target> targets = targets(rows, problems);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return targets;
    }

    private static List<Target> targets(List<SheetRow> rows, List<Problem> problems) {
        int start = -1;
        for (int i = 0; i < rows.size() && start < 0; i++) {
            if (rows.get(i).cells().values().stream().anyMatch(c -> Column.of(c.text()) == Column.CODE)) {
                start = i;
            }
        }
        if (start < 0) {
            problems.add(new Problem(FIELD, "import.noHeader"));
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

    private static Header header(SheetRow row, List<Problem> problems) {
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
                problems.add(new Problem(FIELD, "import.duplicateColumn", row.number(), cell.text()));
            }
        });
        if (!columns.containsKey(Column.NAME)) {
            problems.add(new Problem(FIELD, "import.missingColumn", row.number(), Column.NAME.label));
        }
        return new Header(columns, years, labels);
    }

    /** The year a column header names ("Năm 2025", "Tầm nhìn 2045", "2030"), or null. */
    static Integer year(String header) {
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
    private static Target target(SheetRow row, Header header, Map<String, Integer> seen, List<Problem> problems) {
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
            problems.add(new Problem(FIELD, "import.missingCode", row.number()));
        } else if (code.length() > MAX_CODE_LENGTH) {
            problems.add(new Problem(FIELD, "import.codeTooLong", row.number(), code, MAX_CODE_LENGTH));
        } else {
            Integer first = seen.putIfAbsent(code.toUpperCase(Locale.ROOT), row.number());
            if (first != null) {
                problems.add(new Problem(FIELD, "import.duplicateCode", row.number(), code, first));
            }
        }
        if (name == null) {
            problems.add(new Problem(FIELD, "import.missingName", row.number()));
        }
        TreeMap<Integer, BigDecimal> values = new TreeMap<>();
        header.yearColumns().forEach((year, index) -> {
            CellValue cell = row.cells().get(index);
            if (cell == null) {
                return; // no value for that year
            }
            BigDecimal value = cell.number() != null ? cell.number() : number(cell.text());
            if (value == null) {
                problems.add(new Problem(FIELD, "import.notANumber", row.number(), cell.text(), header.labels().get(index)));
            } else if (!Target.inRange(value)) {
                problems.add(new Problem(FIELD, "import.outOfRange", row.number(), header.labels().get(index)));
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

    private static InvalidInputException invalid(List<Problem> problems) {
        List<Problem> details = problems;
        if (problems.size() > MAX_DETAILS) {
            details = new ArrayList<>(problems.subList(0, MAX_DETAILS));
            details.add(new Problem(FIELD, "import.moreProblems", problems.size() - MAX_DETAILS));
        }
        return new InvalidInputException(INVALID_FILE, details);
    }
}
