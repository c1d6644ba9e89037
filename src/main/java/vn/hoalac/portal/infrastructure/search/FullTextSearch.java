package vn.hoalac.portal.infrastructure.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.hoalac.portal.application.search.SearchResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one search query of the portal. Matches on the accent-folded vector ("hoa lac" finds "Hòa Lạc", quotes make a
 * phrase), keeps only what the reader may see, bounds the candidates to the newest {@link #CANDIDATES} matches
 * (a frequent query matches almost everything), and ranks them in two steps:
 * <ol>
 * <li>every candidate by three yes/no tests that cost about a microsecond each: all words in the title (4), the
 * words in sequence (2), the words with the query's own diacritics (1);</li>
 * <li>the first {@link #SHORTLIST} of that order also by cover density ({@code ts_rank_cd}, scaled below 1, so it
 * orders documents within one step of the first; the others keep their place, newest first). Cover density of a
 * many-word query over a long text costs some 40 µs a document: on every candidate it was most of a search's time.</li>
 * </ol>
 * Snippets are built in Java for the page shown ({@link Snippets}).
 */
@ApplicationScoped
public class FullTextSearch {

    public static final int CANDIDATES = 300;
    /**
     * The documents first in the coarse order that also get the fine ranking (the first three pages of 20). A fixed
     * number, whatever page is asked for, so that pages never overlap or skip a document.
     */
    static final int SHORTLIST = 60;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    /** Who reads: their organization, and whether they read everything (the steering committee). */
    public record Reader(String organization, boolean readsEverything) {
    }

    public record Filters(String category, String organization, Integer year) {
    }

    public SearchResult search(String query, Reader reader, Filters filters, int offset, int limit) {
        // One statement: candidates, ranking, facets and the page with its snippets. The tsquery is written into the
        // WHERE clause itself (not taken from a CTE) so the planner sees how frequent the words are: a rare word is
        // found through the GIN index, a frequent one by walking the newest documents until enough match.
        String sql = """
                WITH hits AS (
                    SELECT c.document_id, c.chunk_no, c.folded,
                           (ts_filter(c.folded, '{a}') @@ websearch_to_tsquery('portal_folded', ?))::int * 4
                           + (c.folded @@ phraseto_tsquery('portal_folded', ?))::int * 2
                           + (c.exact @@ websearch_to_tsquery('simple', ?))::int AS coarse
                    FROM search_chunk c JOIN document d ON d.id = c.document_id
                    WHERE c.folded @@ websearch_to_tsquery('portal_folded', ?)
                      AND (? OR d.visibility = 'PORTAL' OR d.organization = ?
                           OR EXISTS (SELECT 1 FROM document_share s WHERE s.document_id = d.id AND s.organization = ?))
                    ORDER BY c.document_id DESC, c.chunk_no DESC
                    LIMIT %d),
                docs AS (
                    SELECT h.document_id, max(h.coarse) AS coarse,
                           (array_agg(h.chunk_no ORDER BY h.coarse DESC, h.chunk_no))[1] AS best_chunk
                    FROM hits h GROUP BY h.document_id),
                filtered AS (
                    SELECT d.id, d.title, d.category, d.organization, d.current_version,
                           extract(year FROM d.updated_at)::int AS year, docs.coarse, docs.best_chunk
                    FROM docs JOIN document d ON d.id = docs.document_id
                    WHERE (?::text IS NULL OR d.category = ?)
                      AND (?::text IS NULL OR d.organization = ?)
                      AND (?::int IS NULL OR extract(year FROM d.updated_at)::int = ?)),
                fine AS (
                    SELECT s.id, ts_rank_cd(h.folded, websearch_to_tsquery('portal_folded', ?), 32) AS rank
                    FROM (SELECT id, best_chunk FROM filtered ORDER BY coarse DESC, id DESC LIMIT %d) s
                    JOIN hits h ON h.document_id = s.id AND h.chunk_no = s.best_chunk),
                page AS (
                    SELECT f.id, f.title, f.current_version, f.category, f.organization, f.best_chunk,
                           f.coarse + coalesce(fine.rank, 0) AS score
                    FROM filtered f LEFT JOIN fine ON fine.id = f.id
                    ORDER BY score DESC, f.id DESC OFFSET ? LIMIT ?)
                SELECT p.id, p.title, p.current_version, p.score, p.category, p.organization, ch.body,
                       NULL::text, NULL::text, 0::bigint
                FROM page p JOIN search_chunk ch ON ch.document_id = p.id AND ch.chunk_no = p.best_chunk
                UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'category', coalesce(category, ''), count(*) FROM filtered GROUP BY category
                UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'organization', organization, count(*) FROM filtered GROUP BY organization
                UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'year', year::text, count(*) FROM filtered GROUP BY year
                UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'type', 'DOCUMENT', count(*) FROM filtered
                UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'candidates', '', count(*) FROM hits
                """.formatted(CANDIDATES, SHORTLIST);
        try (Connection c = dataSource.getConnection()) {
            // always plan for the actual words: a generic plan cannot tell "hòa lạc" (everywhere) from a rare name
            try (var s = c.createStatement()) {
                s.execute("SET plan_cache_mode = force_custom_plan");
            }
            List<SearchResult.Hit> hits = new ArrayList<>();
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            long total = 0;
            long candidatesSeen = 0;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = bind(s, query, reader, filters);
                s.setString(i++, query);
                s.setInt(i++, offset);
                s.setInt(i, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String facet = rs.getString(8);
                        if (facet == null) {
                            String body = rs.getString(7);
                            hits.add(new SearchResult.Hit("DOCUMENT", rs.getLong(1), rs.getString(2), rs.getInt(3),
                                    SearchMarks.toHtml(body == null ? "" : Snippets.of(body, query)),
                                    Math.round(rs.getDouble(4) * 10000) / 10000.0, rs.getString(5), rs.getString(6)));
                        } else if (facet.equals("candidates")) {
                            candidatesSeen = rs.getLong(10);
                        } else {
                            if (facet.equals("type")) {
                                total = rs.getLong(10);
                                if (total == 0) {
                                    continue;
                                }
                            }
                            facets.computeIfAbsent(facet, k -> new LinkedHashMap<>()).put(rs.getString(9), rs.getLong(10));
                        }
                    }
                }
            }
            hits.sort(java.util.Comparator.comparingDouble(SearchResult.Hit::score).reversed()
                    .thenComparing(java.util.Comparator.comparingLong(SearchResult.Hit::id).reversed()));
            facets.values().forEach(values -> {
                List<Map.Entry<String, Long>> sorted = new ArrayList<>(values.entrySet());
                sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
                values.clear();
                sorted.forEach(e -> values.put(e.getKey(), e.getValue()));
            });
            return new SearchResult(total, candidatesSeen >= CANDIDATES, hits, facets);
        } catch (SQLException e) {
            throw new IllegalStateException("search failed: " + e.getMessage(), e);
        }
    }

    private static int bind(PreparedStatement s, String query, Reader reader, Filters filters) throws SQLException {
        int i = 1;
        s.setString(i++, query); // in the title
        s.setString(i++, query); // in sequence
        s.setString(i++, query); // with its diacritics
        s.setString(i++, query); // the match
        s.setBoolean(i++, reader.readsEverything());
        s.setString(i++, reader.organization() == null ? "" : reader.organization());
        s.setString(i++, reader.organization() == null ? "" : reader.organization());
        s.setString(i++, filters.category());
        s.setString(i++, filters.category());
        s.setString(i++, filters.organization());
        s.setString(i++, filters.organization());
        s.setObject(i++, filters.year(), java.sql.Types.INTEGER);
        s.setObject(i++, filters.year(), java.sql.Types.INTEGER);
        return i;
    }
}
