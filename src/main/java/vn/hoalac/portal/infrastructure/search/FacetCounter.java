package vn.hoalac.portal.infrastructure.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts every match (no scores) and, per facet, how many matches carry each value: one doc-values read per facet
 * and match, counted by the segment's own ordinals and named once per segment.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, FacetCounter.Counts> {

    static final List<String> FACETS = List.of(LuceneSchema.TYPE, LuceneSchema.CATEGORY, LuceneSchema.ORGANIZATION,
            LuceneSchema.YEAR, LuceneSchema.STATUS);

    /** The total and each facet's values, most frequent first (then by value). */
    record Counts(long total, Map<String, Map<String, Long>> facets) {
    }

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public Counts reduce(Collection<Counting> collectors) {
        long total = 0;
        Map<String, Map<String, Long>> merged = new LinkedHashMap<>();
        FACETS.forEach(f -> merged.put(f, new LinkedHashMap<>()));
        for (Counting c : collectors) {
            total += c.total;
            c.counts.forEach((facet, values) -> values.forEach((v, n) -> merged.get(facet).merge(v, n, Long::sum)));
        }
        Map<String, Map<String, Long>> sorted = new LinkedHashMap<>();
        merged.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                List<Map.Entry<String, Long>> entries = new ArrayList<>(values.entrySet());
                entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
                Map<String, Long> ordered = new LinkedHashMap<>();
                entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
                sorted.put(facet, ordered);
            }
        });
        return new Counts(total, sorted);
    }

    static final class Counting implements Collector {
        long total;
        final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues[] values = new SortedDocValues[FACETS.size()];
            int[][] ordinals = new int[FACETS.size()][];
            for (int f = 0; f < values.length; f++) {
                values[f] = DocValues.getSorted(context.reader(), FACETS.get(f));
                ordinals[f] = new int[values[f].getValueCount()];
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    for (int f = 0; f < values.length; f++) {
                        if (values[f].advanceExact(doc)) {
                            ordinals[f][values[f].ordValue()]++;
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int f = 0; f < values.length; f++) {
                        Map<String, Long> facet = counts.computeIfAbsent(FACETS.get(f), k -> new LinkedHashMap<>());
                        for (int ord = 0; ord < ordinals[f].length; ord++) {
                            if (ordinals[f][ord] > 0) {
                                facet.merge(values[f].lookupOrd(ord).utf8ToString(), (long) ordinals[f][ord], Long::sum);
                            }
                        }
                    }
                }
            };
        }
    }
}
