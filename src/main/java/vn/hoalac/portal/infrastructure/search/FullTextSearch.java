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
 * (a frequent query matches almost everything), ranks them (title above body, syllables in sequence and exact
 * diacritics above folded matches) and builds snippets only for the page shown.
 */
@ApplicationScoped
public class FullTextSearch {

    public static final int CANDIDATES = 300;

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
                    SELECT c.document_id, c.chunk_no, c.folded, c.exact
                    FROM search_chunk c JOIN document d ON d.id = c.document_id
                    WHERE c.folded @@ websearch_to_tsquery('portal_folded', ?)
                      AND (? OR d.visibility = 'PORTAL' OR d.organization = ?
                           OR EXISTS (SELECT 1 FROM document_share s WHERE s.document_id = d.id AND s.organization = ?))
                    ORDER BY c.document_id DESC
                    LIMIT %d),
                q AS (SELECT websearch_to_tsquery('portal_folded', ?) AS folded,
                             phraseto_tsquery('portal_folded', ?) AS phrase,
                             websearch_to_tsquery('simple', ?) AS exact),
                docs AS (
                    SELECT h.document_id,
                           max(ts_rank_cd(h.folded, q.folded) + 0.5 * ts_rank_cd(h.folded, q.phrase)
                               + ts_rank_cd(h.exact, q.exact)) AS score,
                           (array_agg(h.chunk_no ORDER BY ts_rank_cd(h.folded, q.folded) DESC))[1] AS best_chunk
                    FROM hits h, q
                    GROUP BY h.document_id),
                filtered AS (
                    SELECT d.id, d.title, d.category, d.organization, d.current_version,
                           extract(year FROM d.updated_at)::int AS year, docs.score, docs.best_chunk
                    FROM docs JOIN document d ON d.id = docs.document_id
                    WHERE (?::text IS NULL OR d.category = ?)
                      AND (?::text IS NULL OR d.organization = ?)
                      AND (?::int IS NULL OR extract(year FROM d.updated_at)::int = ?)),
                page AS (
                    SELECT f.id, f.title, f.current_version, f.score, f.category, f.organization, f.best_chunk
                    FROM filtered f ORDER BY f.score DESC, f.id DESC OFFSET ? LIMIT ?)
                SELECT p.id, p.title, p.current_version, p.score, p.category, p.organization,
                       ts_headline('portal_folded', ch.body, q.folded,
                                   'StartSel=, StopSel=, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "'),
                       NULL::text, NULL::text, 0::bigint
                FROM page p JOIN search_chunk ch ON ch.document_id = p.id AND ch.chunk_no = p.best_chunk, q
                UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'category', coalesce(category, ''), count(*) FROM filtered GROUP BY category
                UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'organization', organization, count(*) FROM filtered GROUP BY organization
                UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'year', year::text, count(*) FROM filtered GROUP BY year
                UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'type', 'DOCUMENT', count(*) FROM filtered
                UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'candidates', '', count(*) FROM hits
                """.formatted(CANDIDATES);
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
                s.setInt(i++, offset);
                s.setInt(i, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String facet = rs.getString(8);
                        if (facet == null) {
                            String snippet = rs.getString(7);
                            hits.add(new SearchResult.Hit("DOCUMENT", rs.getLong(1), rs.getString(2), rs.getInt(3),
                                    SearchMarks.toHtml(snippet == null ? "" : snippet),
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
        s.setString(i++, query);
        s.setBoolean(i++, reader.readsEverything());
        s.setString(i++, reader.organization() == null ? "" : reader.organization());
        s.setString(i++, reader.organization() == null ? "" : reader.organization());
        s.setString(i++, query);
        s.setString(i++, query);
        s.setString(i++, query);
        s.setString(i++, filters.category());
        s.setString(i++, filters.category());
        s.setString(i++, filters.organization());
        s.setString(i++, filters.organization());
        s.setObject(i++, filters.year(), java.sql.Types.INTEGER);
        s.setObject(i++, filters.year(), java.sql.Types.INTEGER);
        return i;
    }
}
