package vn.hoalac.portal.infrastructure.export;

import vn.hoalac.portal.application.Texts;
import vn.hoalac.portal.domain.model.plan.Target;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The targets table as the files lay it out: its named columns (written by the workbook, recognised by the import
 * under any of their headers), then one column per year, labelled the same in the workbook and the PDF.
 */
final class TargetLayout {

    static final String SHEET = "Chỉ tiêu";

    /** The named columns, in the order the workbook writes them; each recognised by any of its headers once folded. */
    enum Column {
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

        /** The column a header names, or null. */
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

    private TargetLayout() {
    }

    /** How headers are compared: no diacritics, đ as d, lower case, no notes in brackets, no punctuation. */
    static String fold(String text) {
        return Texts.fold(text).replaceAll("\\(.*?\\)", " ").replaceAll("[^a-z0-9]+", " ").strip();
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
}
