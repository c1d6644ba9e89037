package vn.hoalac.portal.application;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import com.github.difflib.text.DiffRowGenerator;
import vn.hoalac.portal.application.TextComparison;

import java.util.List;

/** Line-by-line comparison of two texts (java-diff-utils): a unified diff and side-by-side rows with word changes marked. */
public final class TextDiff {

    private TextDiff() {
    }

    public static TextComparison compare(int from, int to, List<String> original, List<String> revised) {
        Patch<String> patch = DiffUtils.diff(original, revised);
        String unified = String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(
                "v" + from, "v" + to, original, patch, 3));
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(true)
                .inlineDiffByWord(true)
                .mergeOriginalRevised(false)
                .lineNormalizer(DiffRowGenerator.LINE_NORMALIZER_FOR_HTML) // escapes <, > and &: a text never injects markup
                .oldTag(open -> open ? "<del>" : "</del>")
                .newTag(open -> open ? "<ins>" : "</ins>")
                .build();
        List<TextComparison.Row> rows = generator.generateDiffRows(original, revised).stream()
                .map(r -> new TextComparison.Row(r.getTag().name(), r.getOldLine(), r.getNewLine()))
                .toList();
        return new TextComparison(from, to, unified, rows);
    }
}
