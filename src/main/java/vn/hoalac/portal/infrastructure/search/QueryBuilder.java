package vn.hoalac.portal.infrastructure.search;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import vn.hoalac.portal.application.search.LibraryQuery;
import vn.hoalac.portal.application.search.SearchQuery;
import vn.hoalac.portal.infrastructure.search.VietnameseAnalysis.Word;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one query builder of the portal: the search page, the library page and the API all run what it builds.
 * <p>
 * A search <b>matches</b> (without scoring) every record holding each wanted word folded, anywhere (title, file name,
 * numbers, the text of any version), a phrase as a phrase, none of the excluded words, that the reader may read and
 * that the filters keep. It is <b>ranked</b> by tiers, each worth more than every tier below it together, so the
 * order is strict: the words as a phrase in the title (128), all words in the title (64), the words all parts of the
 * record's official numbers (32: "4471" finds the report numbered 4471/BC-BQL before texts that mention 4471), the
 * phrase in the text (16, every word pair present), the words with the query's own diacritics (8), then the words
 * near each other (word pairs by BM25, scaled below 4) and the words anywhere (BM25, scaled below 1). When the query has diacritics the
 * tiers ask for the words as written, so "đô thị" ranks above "do thi" and "thí"; without them, for the folded words.
 * Recency breaks ties.
 */
final class QueryBuilder {

    static final float TITLE_PHRASE = 128;
    static final float TITLE_WORDS = 64;
    static final float CODE = 32;
    static final float TEXT_PHRASE = 16;
    static final float AS_WRITTEN = 8;
    static final float NEAR = 4;
    static final float ANYWHERE = 1;

    private QueryBuilder() {
    }

    /** What must match: words, phrases, exclusions, readers and filters; no scores. */
    static Query matching(ParsedQuery q, SearchQuery s) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (List<ParsedQuery.Item> group : q.groups()) {
            if (group.size() == 1) {
                b.add(match(group.getFirst()), Occur.FILTER);
            } else {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                group.forEach(item -> any.add(match(item), Occur.SHOULD));
                b.add(any.build(), Occur.FILTER);
            }
        }
        for (Word w : q.excluded()) {
            b.add(new TermQuery(new Term(LuceneSchema.BODY, w.folded())), Occur.MUST_NOT);
        }
        readers(b, s.readers());
        keyword(b, LuceneSchema.TYPE, s.type());
        keyword(b, LuceneSchema.CATEGORY, s.category());
        keyword(b, LuceneSchema.ORGANIZATION, s.organization());
        keyword(b, LuceneSchema.YEAR, s.year() == null ? null : String.valueOf(s.year()));
        keyword(b, LuceneSchema.STATUS, s.status());
        return b.build();
    }

    /** {@link #matching} with the ranking tiers as optional clauses. */
    static Query ranked(ParsedQuery q, Query matching, IndexReader reader) throws IOException {
        List<Word> words = q.ranked();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(matching, Occur.FILTER);
        List<String> forms = words.stream().map(q::form).toList();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < forms.size(); i++) {
            pairs.add(forms.get(i) + " " + forms.get(i + 1));
        }
        if (forms.size() == 1) {
            b.add(constant(new TermQuery(new Term(LuceneSchema.TITLE, forms.getFirst())), TITLE_PHRASE), Occur.SHOULD);
        } else {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            forms.forEach(f -> phrase.add(new Term(LuceneSchema.TITLE, f)));
            b.add(constant(phrase.build(), TITLE_PHRASE), Occur.SHOULD);
            b.add(constant(all(LuceneSchema.TITLE, forms), TITLE_WORDS), Occur.SHOULD);
            b.add(constant(all(LuceneSchema.PAIRS, pairs), TEXT_PHRASE), Occur.SHOULD);
            b.add(scaled(LuceneSchema.PAIRS, pairs.stream().distinct().toList(), NEAR, reader), Occur.SHOULD);
        }
        b.add(constant(all(LuceneSchema.CODES, words.stream().map(Word::folded).distinct().toList()), CODE), Occur.SHOULD);
        if (q.accented()) {
            b.add(constant(all(LuceneSchema.BODY, words.stream().map(Word::written).toList()), AS_WRITTEN), Occur.SHOULD);
        }
        b.add(scaled(LuceneSchema.BODY, words.stream().map(Word::folded).distinct().toList(), ANYWHERE, reader), Occur.SHOULD);
        return b.build();
    }

    /** A page of the library: documents the reader may read, filtered by the library's columns. */
    static Query library(LibraryQuery l) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new MatchAllDocsQuery(), Occur.MUST);
        b.add(new TermQuery(new Term(LuceneSchema.TYPE, "DOCUMENT")), Occur.FILTER);
        readers(b, l.readers());
        if (l.title() != null) {
            List<Word> words = VietnameseAnalysis.words(l.title());
            for (int i = 0; i < words.size(); i++) {
                Term term = new Term(LuceneSchema.TITLE, words.get(i).folded());
                // the last word may be half typed (the table filters as one types)
                boolean last = i == words.size() - 1 && !l.title().endsWith(" ");
                b.add(last ? new PrefixQuery(term) : new TermQuery(term), Occur.FILTER);
            }
        }
        keyword(b, LuceneSchema.CATEGORY, l.category());
        keyword(b, LuceneSchema.ORGANIZATION, l.organization());
        keyword(b, LuceneSchema.EXTRACTION, l.extraction() == null ? null : l.extraction().name());
        if (l.version() != null) {
            b.add(IntPoint.newExactQuery(LuceneSchema.CURRENT_VERSION, l.version()), Occur.FILTER);
        }
        if (l.updatedFrom() != null || l.updatedTo() != null) {
            long from = l.updatedFrom() == null ? Long.MIN_VALUE : l.updatedFrom().toInstant().toEpochMilli();
            long to = l.updatedTo() == null ? Long.MAX_VALUE : l.updatedTo().toInstant().toEpochMilli() - 1;
            b.add(LongPoint.newRangeQuery(LuceneSchema.CHANGED, from, to), Occur.FILTER);
        }
        if (l.minSize() != null || l.maxSize() != null) {
            long from = l.minSize() == null ? 0 : l.minSize();
            long to = l.maxSize() == null ? Long.MAX_VALUE : l.maxSize() - 1;
            b.add(LongPoint.newRangeQuery(LuceneSchema.SIZE, from, to), Occur.FILTER);
        }
        return b.build();
    }

    private static Query match(ParsedQuery.Item item) {
        if (!item.phrase()) {
            return new TermQuery(new Term(LuceneSchema.BODY, item.words().getFirst().folded()));
        }
        // the word pairs find the few candidates cheaply; the phrase then checks their positions
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        List<Word> words = item.words();
        for (int i = 0; i < words.size(); i++) {
            phrase.add(new Term(LuceneSchema.BODY, words.get(i).folded()));
            if (i + 1 < words.size()) {
                b.add(new TermQuery(new Term(LuceneSchema.PAIRS, words.get(i).folded() + " " + words.get(i + 1).folded())), Occur.FILTER);
            }
        }
        b.add(phrase.build(), Occur.FILTER);
        return b.build();
    }

    private static void readers(BooleanQuery.Builder b, Set<String> readers) {
        b.add(new TermInSetQuery(LuceneSchema.READER, readers.stream().map(BytesRef::new).toList()), Occur.FILTER);
    }

    private static void keyword(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private static Query all(String field, List<String> terms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        terms.forEach(t -> b.add(new TermQuery(new Term(field, t)), Occur.FILTER));
        return b.build();
    }

    private static Query constant(Query q, float score) {
        return new BoostQuery(new ConstantScoreQuery(q), score);
    }

    /**
     * The BM25 sum of these terms, scaled so it stays below {@code max}: a term's BM25 score is below its idf (Lucene's
     * BM25 has no (k1 + 1) factor), so dividing by the sum of the idfs bounds the sum.
     */
    private static Query scaled(String field, List<String> terms, float max, IndexReader reader) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        double idfs = 0;
        long docs = Math.max(1, reader.getDocCount(field));
        for (String t : terms) {
            Term term = new Term(field, t);
            long df = reader.docFreq(term);
            idfs += Math.log(1 + (docs - df + 0.5) / (df + 0.5));
            b.add(new TermQuery(term), Occur.SHOULD);
        }
        return new BoostQuery(b.build(), (float) (max / Math.max(idfs, 1e-6)));
    }
}
