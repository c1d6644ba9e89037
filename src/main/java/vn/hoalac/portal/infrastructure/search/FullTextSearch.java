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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one search query of the portal, over documents ({@code search_chunk}) and plans, agreements and proposals
 * ({@code search_record}). Matches on the accent-folded vector ("hoa lac" finds "Hòa Lạc", quotes make a phrase),
 * keeps only what the reader may see (documents and the other records alike by their reader tokens, see {@code Readers}
 * and {@code document_reader}), bounds the candidates of each of the two to the newest {@link #CANDIDATES} matches
 * (a frequent query matches almost everything), and ranks them together in two steps:
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

    /** Who reads: the reader tokens they hold (documents and records list theirs the same way). */
    public record Reader(Set<String> tokens) {
    }

    /** Each optional; {@code type} is DOCUMENT, PLAN, AGREEMENT or PROPOSAL. */
    public record Filters(String type, String category, String organization, Integer year) {
    }

    public SearchResult search(String query, Reader reader, Filters filters, int offset, int limit) {
        // One statement: candidates, ranking, facets and the page with its snippets. The tsquery is written into the
        // WHERE clause itself (not taken from a CTE) so the planner sees how frequent the words are: a rare word is
        // found through the GIN index, a frequent one by walking the newest documents until enough match.
        // Documents and the other records (plans, agreements, proposals: search_record) are two branches with their
        // own bound and access rule; from there on they are ranked and counted together.
        String sql = """
                WITH hits AS (
                    (SELECT 'DOCUMENT'::text AS kind, c.document_id AS id, d.current_version AS version, c.chunk_no, c.folded,
                            d.title, d.category, d.organization, extract(year FROM d.updated_at)::int AS year,
                            (ts_filter(c.folded, '{a}') @@ websearch_to_tsquery('portal_folded', ?))::int * 4
                            + (c.folded @@ phraseto_tsquery('portal_folded', ?))::int * 2
                            + (c.exact @@ websearch_to_tsquery('simple', ?))::int AS coarse
                     FROM search_chunk c JOIN document d ON d.id = c.document_id
                     WHERE ? AND c.folded @@ websearch_to_tsquery('portal_folded', ?)
                       AND EXISTS (SELECT 1 FROM document_reader dr WHERE dr.document_id = d.id AND dr.token = ANY (?::text[]))
                     ORDER BY c.document_id DESC, c.chunk_no DESC
                     LIMIT %1$d)
                    UNION ALL
                    (SELECT r.kind, r.record_id, r.version, r.chunk_no, r.folded, r.title, r.category, r.organization, r.year,
                            (ts_filter(r.folded, '{a}') @@ websearch_to_tsquery('portal_folded', ?))::int * 4
                            + (r.folded @@ phraseto_tsquery('portal_folded', ?))::int * 2
                            + (r.exact @@ websearch_to_tsquery('simple', ?))::int
                     FROM search_record r
                     WHERE (?::text IS NULL OR r.kind = ?) AND r.folded @@ websearch_to_tsquery('portal_folded', ?)
                       AND r.readers && ?::text[]
                     ORDER BY r.changed_at DESC, r.kind, r.record_id DESC, r.version DESC, r.chunk_no DESC
                     LIMIT %1$d)),
                docs AS (
                    SELECT h.kind, h.id, h.version, h.title, h.category, h.organization, h.year, max(h.coarse) AS coarse,
                           (array_agg(h.chunk_no ORDER BY h.coarse DESC, h.chunk_no))[1] AS best_chunk
                    FROM hits h GROUP BY h.kind, h.id, h.version, h.title, h.category, h.organization, h.year),
                filtered AS (
                    SELECT * FROM docs
                    WHERE (?::text IS NULL OR category = ?)
                      AND (?::text IS NULL OR organization = ?)
                      AND (?::int IS NULL OR year = ?)),
                fine AS (
                    SELECT s.kind, s.id, s.version, ts_rank_cd(h.folded, websearch_to_tsquery('portal_folded', ?), 32) AS rank
                    FROM (SELECT kind, id, version, best_chunk FROM filtered
                          ORDER BY coarse DESC, id DESC, kind, version DESC LIMIT %2$d) s
                    JOIN hits h ON h.kind = s.kind AND h.id = s.id AND h.version = s.version AND h.chunk_no = s.best_chunk),
                page AS (
                    SELECT f.kind, f.id, f.title, f.version, f.category, f.organization, f.best_chunk,
                           f.coarse + coalesce(fine.rank, 0) AS score
                    FROM filtered f LEFT JOIN fine ON fine.kind = f.kind AND fine.id = f.id AND fine.version = f.version
                    ORDER BY score DESC, f.id DESC, f.kind, f.version DESC OFFSET ? LIMIT ?)
                SELECT p.kind, p.id, p.title, p.version, p.score, p.category, p.organization, coalesce(ch.body, rc.body),
                       NULL::text, NULL::text, 0::bigint
                FROM page p
                LEFT JOIN search_chunk ch ON p.kind = 'DOCUMENT' AND ch.document_id = p.id AND ch.chunk_no = p.best_chunk
                LEFT JOIN search_record rc ON p.kind <> 'DOCUMENT' AND rc.kind = p.kind AND rc.record_id = p.id
                                          AND rc.version = p.version AND rc.chunk_no = p.best_chunk
                UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'type', kind, count(*) FROM filtered GROUP BY kind
                UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'category', coalesce(category, ''), count(*) FROM filtered WHERE kind = 'DOCUMENT' GROUP BY category
                UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'organization', organization, count(*) FROM filtered GROUP BY organization
                UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'year', year::text, count(*) FROM filtered GROUP BY year
                UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'candidates', '', coalesce(max(n), 0)
                          FROM (SELECT count(*) AS n FROM hits GROUP BY kind = 'DOCUMENT') branches
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
                int i = bind(s, c, query, reader, filters);
                s.setString(i++, query);
                s.setInt(i++, offset);
                s.setInt(i, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String facet = rs.getString(9);
                        if (facet == null) {
                            String body = rs.getString(8);
                            hits.add(new SearchResult.Hit(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                                    SearchMarks.toHtml(body == null ? "" : Snippets.of(body, query)),
                                    Math.round(rs.getDouble(5) * 10000) / 10000.0, rs.getString(6), rs.getString(7)));
                        } else if (facet.equals("candidates")) {
                            candidatesSeen = rs.getLong(11);
                        } else {
                            if (facet.equals("type")) {
                                total += rs.getLong(11);
                            }
                            facets.computeIfAbsent(facet, k -> new LinkedHashMap<>()).put(rs.getString(10), rs.getLong(11));
                        }
                    }
                }
            }
            hits.sort(Comparator.comparingDouble(SearchResult.Hit::score).reversed()
                    .thenComparing(Comparator.comparingLong(SearchResult.Hit::id).reversed())
                    .thenComparing(SearchResult.Hit::type)
                    .thenComparing(Comparator.comparingInt(SearchResult.Hit::version).reversed()));
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

    private static int bind(PreparedStatement s, Connection c, String query, Reader reader, Filters filters) throws SQLException {
        int i = 1;
        java.sql.Array tokens = c.createArrayOf("text", reader.tokens().toArray());
        // documents
        s.setString(i++, query); // in the title
        s.setString(i++, query); // in sequence
        s.setString(i++, query); // with its diacritics
        s.setBoolean(i++, filters.type() == null || filters.type().equals("DOCUMENT"));
        s.setString(i++, query); // the match
        s.setArray(i++, tokens);
        // plans, agreements, proposals
        s.setString(i++, query);
        s.setString(i++, query);
        s.setString(i++, query);
        s.setString(i++, filters.type());
        s.setString(i++, filters.type());
        s.setString(i++, query);
        s.setArray(i++, tokens);
        // filters
        s.setString(i++, filters.category());
        s.setString(i++, filters.category());
        s.setString(i++, filters.organization());
        s.setString(i++, filters.organization());
        s.setObject(i++, filters.year(), java.sql.Types.INTEGER);
        s.setObject(i++, filters.year(), java.sql.Types.INTEGER);
        return i;
    }
}
