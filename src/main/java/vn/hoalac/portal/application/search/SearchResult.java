package vn.hoalac.portal.application.search;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One page of search results. {@code total} and the facets count every match the reader may see;
 * {@code totalIsLowerBound} is true only when the query ran out of time (the counts are then those found so far).
 * {@code complete} is false while this instance's index is being rebuilt: results may then be missing.
 * {@code notice} is a message key when the query was understood partly (e.g. too many words), else null.
 */
public record SearchResult(long total, boolean totalIsLowerBound, boolean complete, String notice, List<Hit> items,
                           Map<String, Map<String, Long>> facets) {

    public static SearchResult empty(boolean complete, String notice) {
        return new SearchResult(0, false, complete, notice, List.of(), Map.of());
    }

    /**
     * A found record: {@code snippet} is HTML-escaped text with the matches in {@code <mark>}. {@code id} is the
     * record its page opens (a comment's plan, an opinion's proposal), {@code part} the comment or opinion itself.
     * For a document, {@code version} is the version the snippet comes from and {@code olderVersion} says it is not
     * the current one, and {@code contentType} is the detected file type (MIME) of its current version; null for
     * other records.
     */
    public record Hit(String type, long id, int version, long part, String section, String title, String snippet,
                      double score, String category, String organization, String status, OffsetDateTime changedAt,
                      boolean olderVersion, String contentType) {
    }
}
