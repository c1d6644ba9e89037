package vn.hoalac.portal.application;

import java.util.List;

/**
 * The extracted texts of two versions compared: a unified diff (API) and side-by-side rows whose text is
 * HTML-escaped with the changes wrapped in {@code <del>}/{@code <ins>} (page).
 */
public record TextComparison(int from, int to, String unifiedDiff, List<Row> rows) {

    public record Row(String kind, String oldLine, String newLine) {
    }

    public boolean identical() {
        return rows.stream().allMatch(r -> r.kind().equals("EQUAL"));
    }
}
