package vn.hoalac.portal.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.application.document.DocumentPage;
import vn.hoalac.portal.application.document.DocumentSummary;
import vn.hoalac.portal.application.search.IndexEntry;
import vn.hoalac.portal.application.search.IndexStatus;
import vn.hoalac.portal.application.search.LibraryQuery;
import vn.hoalac.portal.application.search.SearchEngine;
import vn.hoalac.portal.application.search.SearchQuery;
import vn.hoalac.portal.application.search.SearchResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The search port on Lucene: one query builder ({@link QueryBuilder}) for the search page, the library page and the
 * API, over this instance's index ({@link IndexKeeper}). A search makes two passes: one counts every match and its
 * facets (no scores), the other ranks and keeps only the page (Lucene skips the matches that cannot reach it). Each
 * pass is bounded in time; a query that runs out answers with what it found and says so.
 */
@ApplicationScoped
public class LuceneSearchEngine implements SearchEngine {

    @Inject
    IndexKeeper keeper;

    @Inject
    @ConfigProperty(name = "search.timeout.millis", defaultValue = "2000")
    long timeoutMillis;

    /** Answers already given on the reader that serves now (the same question, the same readers). */
    private final ResultCache answered = new ResultCache();

    @Override
    public SearchResult search(SearchQuery s) {
        return withSearcher(lease -> {
            if (lease == null) {
                return SearchResult.empty(false, null);
            }
            org.apache.lucene.index.IndexReader reader = lease.searcher().getIndexReader();
            SearchResult known = answered.get(reader, s);
            if (known != null) {
                return known;
            }
            SearchResult result = search(timed(lease.searcher(), timeoutMillis), s, lease.complete());
            if (result.complete() && !result.totalIsLowerBound()) {
                answered.put(reader, s, result);
            }
            return result;
        });
    }

    @Override
    public DocumentPage documents(LibraryQuery l) {
        return withSearcher(lease -> {
            if (lease == null) {
                return new DocumentPage(0, List.of());
            }
            org.apache.lucene.index.IndexReader reader = lease.searcher().getIndexReader();
            DocumentPage known = answered.get(reader, l);
            if (known != null) {
                return known;
            }
            IndexSearcher searcher = timed(lease.searcher(), timeoutMillis);
            DocumentPage page = documents(searcher, l);
            if (lease.complete() && !searcher.timedOut()) {
                answered.put(reader, l, page);
            }
            return page;
        });
    }

    /** How the portal's index is written, for an index of one's own (tests and benchmarks). */
    public static org.apache.lucene.index.IndexWriterConfig writerConfig() {
        return new org.apache.lucene.index.IndexWriterConfig(VietnameseAnalysis.FIELDS);
    }

    /** Adds an entry as the portal's index holds it, for an index of one's own. */
    public static void add(org.apache.lucene.index.IndexWriter writer, String group, IndexEntry entry) throws IOException {
        writer.addDocument(LuceneSchema.document(group, entry));
    }

    /** A search on this searcher (the benchmarks run it on an index of their own). */
    public static SearchResult search(IndexSearcher searcher, SearchQuery s, boolean complete) throws IOException {
        ParsedQuery q = ParsedQuery.parse(s.text());
        if (q.empty()) {
            return SearchResult.empty(complete, "search.notice.noWords");
        }
        Query matching = QueryBuilder.matching(q, s);
        FacetCounter.Counts counts = searcher.search(matching, new FacetCounter());
        boolean timedOut = searcher.timedOut();
        int wanted = s.offset() + s.limit();
        List<SearchResult.Hit> hits = new ArrayList<>();
        if (counts.total() > s.offset()) {
            Query ranked = QueryBuilder.ranked(q, matching, searcher.getIndexReader());
            TopDocs top;
            if (s.order() == SearchQuery.Order.NEWEST) {
                top = searcher.search(ranked, new TopFieldCollectorManager(new Sort(
                        new SortField(LuceneSchema.CHANGED, SortField.Type.LONG, true), SortField.FIELD_SCORE), wanted, null, 1000));
            } else {
                // by score, then newest first, in the collector itself: the same total order for every page (recency
                // applied only within a page's window of the best matches repeated some equal matches on the next page
                // and never showed others; SearchPagingTest)
                top = searcher.search(ranked, new TopFieldCollectorManager(new Sort(SortField.FIELD_SCORE,
                        new SortField(LuceneSchema.CHANGED, SortField.Type.LONG, true)), wanted, null, 1000));
            }
            timedOut |= searcher.timedOut();
            StoredFields stored = searcher.storedFields();
            for (int i = s.offset(); i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                hits.add(hit(stored.document(hit.doc), score(hit), q));
            }
        }
        return new SearchResult(counts.total(), timedOut, complete, null, hits, counts.facets());
    }

    /** A page of the library on this searcher. */
    public static DocumentPage documents(IndexSearcher searcher, LibraryQuery l) throws IOException {
        Query query = QueryBuilder.library(l);
        int total = searcher.count(query);
        List<DocumentSummary> rows = new ArrayList<>();
        if (total > l.offset()) {
            TopDocs top = searcher.search(query, new TopFieldCollectorManager(librarySort(l), l.offset() + l.limit(), null, 1000));
            StoredFields stored = searcher.storedFields();
            for (int i = l.offset(); i < top.scoreDocs.length; i++) {
                rows.add(LuceneSchema.summary(stored.document(top.scoreDocs[i].doc)));
            }
        }
        return new DocumentPage(total, rows);
    }

    @Override
    public IndexStatus status() {
        Generation g = keeper.serving();
        if (g == null) {
            return new IndexStatus(false, true, 0, 0, -1, null, null, null, 0, 0, String.valueOf(keeper.folder()));
        }
        long docs = withSearcher(lease -> lease == null ? 0L : (long) lease.searcher().getIndexReader().numDocs());
        return new IndexStatus(g.complete, keeper.rebuilding(), docs, g.sizeBytes(), keeper.pending(),
                g.lastApplied == 0 ? null : Instant.ofEpochMilli(g.lastApplied).atOffset(ZoneOffset.UTC),
                g.builtAt == 0 ? null : Instant.ofEpochMilli(g.builtAt).atOffset(ZoneOffset.UTC),
                g.buildMillis == 0 ? null : g.buildMillis, keeper.rebuildProgress(), keeper.rebuildTotal(), g.path.toString());
    }

    @Override
    public void rebuild() {
        keeper.rebuild();
    }

    private static Sort librarySort(LibraryQuery l) {
        boolean reverse = !l.ascending();
        SortField first = switch (l.sort() == null ? LibraryQuery.Sort.UPDATED : l.sort()) {
            case TITLE -> new SortField(LuceneSchema.TITLE_ORDER, SortField.Type.STRING, reverse);
            case CATEGORY -> new SortField(LuceneSchema.CATEGORY_ORDER, SortField.Type.STRING, reverse);
            case ORGANIZATION -> new SortField(LuceneSchema.ORGANIZATION, SortField.Type.STRING, reverse);
            case SIZE -> new SortField(LuceneSchema.SIZE, SortField.Type.LONG, reverse);
            case VERSION -> new SortField(LuceneSchema.CURRENT_VERSION, SortField.Type.LONG, reverse);
            case EXTRACTION -> new SortField(LuceneSchema.EXTRACTION, SortField.Type.STRING, reverse);
            case UPDATED -> new SortField(LuceneSchema.CHANGED, SortField.Type.LONG, reverse);
        };
        return new Sort(first, new SortField(LuceneSchema.CHANGED, SortField.Type.LONG, true));
    }

    /** A searcher of its own for one request (its time bound is its own), over the shared reader. */
    public static IndexSearcher timed(IndexSearcher shared, long timeoutMillis) {
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
        searcher.setTimeout(new QueryTimeoutImpl(timeoutMillis));
        return searcher;
    }

    /** The relevance score among the sort values (a sort by field leaves {@code ScoreDoc.score} unset). */
    private static double score(ScoreDoc hit) {
        float score = hit.score;
        if (hit instanceof org.apache.lucene.search.FieldDoc f && f.fields != null) {
            for (Object value : f.fields) {
                if (value instanceof Float s) {
                    score = s;
                }
            }
        }
        return Float.isNaN(score) ? 0 : Math.round(score * 10000) / 10000.0;
    }

    private static SearchResult.Hit hit(Document d, double score, ParsedQuery q) {
        String type = d.get(LuceneSchema.TYPE);
        int version = d.getField(LuceneSchema.VERSION_NO).numericValue().intValue();
        String snippet = Snippets.of(d.get(LuceneSchema.TEXT), q.words(), q.accented());
        boolean older = false;
        if (!Snippets.marked(snippet)) {
            IndexableField[] texts = d.getFields(LuceneSchema.OLDER);
            IndexableField[] versions = d.getFields(LuceneSchema.OLDER_VERSION);
            for (int i = 0; i < texts.length; i++) {
                String candidate = Snippets.of(texts[i].stringValue(), q.words(), q.accented());
                if (Snippets.marked(candidate)) {
                    snippet = candidate;
                    version = versions[i].numericValue().intValue();
                    older = true;
                    break;
                }
            }
        }
        return new SearchResult.Hit(type, d.getField(LuceneSchema.ID).numericValue().longValue(), version,
                d.getField(LuceneSchema.PART).numericValue().longValue(), d.get(LuceneSchema.SECTION),
                d.get(LuceneSchema.HEADING), SearchMarks.toHtml(snippet), score, d.get(LuceneSchema.ROW_CATEGORY),
                d.get(LuceneSchema.ORGANIZATION), d.get(LuceneSchema.STATUS), LuceneSchema.changed(d), older,
                d.get(LuceneSchema.CONTENT_TYPE));
    }

    private interface Work<T> {
        T run(IndexKeeper.Lease lease) throws IOException;
    }

    private <T> T withSearcher(Work<T> work) {
        try {
            IndexKeeper.Lease lease = keeper.acquire();
            try {
                return work.run(lease);
            } finally {
                if (lease != null) {
                    keeper.release(lease);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search index: " + e.getMessage(), e);
        }
    }
}
