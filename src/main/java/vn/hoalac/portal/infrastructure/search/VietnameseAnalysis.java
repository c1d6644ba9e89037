package vn.hoalac.portal.infrastructure.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The one definition of how text becomes terms, for indexing and for querying alike (text and queries are NFC first).
 * <ul>
 * <li>{@link #TEXT} fields (title, body): words as {@link StandardTokenizer} cuts them (so "1857-TB/TU" is 1857, tb,
 * tu, and "36502/2025" is 36502, 2025), lower-cased, each word indexed twice at one position: folded ("hoa", "lac",
 * "dai") and, where it differs, as written ("hòa", "lạc", "đại"). A query typed without diacritics asks for the folded
 * terms and finds every accented form; one typed with them asks for the written terms first.</li>
 * <li>{@link #PAIRS} field: each two neighbouring words as one term ("công nghệ", folded "cong nghe" too), as
 * Elasticsearch's {@code index_phrases} does: a phrase or near-phrase signal at the cost of a term lookup, where a
 * phrase query would read positions on every match. Vietnamese words are mostly two syllables, so pairs carry most
 * of the phrase.</li>
 * </ul>
 * The schema version is in every index commit: a change here must raise {@link LuceneSchema#VERSION}.
 */
public final class VietnameseAnalysis {

    /** Analyzer of the word fields. */
    public static final Analyzer TEXT = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer), true));
        }

        @Override
        public int getPositionIncrementGap(String field) {
            return 100; // a phrase never spans two values of a field (a title and a file name, two versions)
        }
    };

    /** Analyzer of the word-pair field. */
    public static final Analyzer PAIRS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            ShingleFilter pairs = new ShingleFilter(new LowerCaseFilter(tokenizer), 2, 2);
            pairs.setOutputUnigrams(false);
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(pairs, true));
        }

        @Override
        public int getPositionIncrementGap(String field) {
            return 100;
        }
    };

    /** Lower-case words only (no folding): the query's words as written. */
    private static final Analyzer WRITTEN = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }
    };

    /** Every field with its analyzer. */
    public static final Analyzer FIELDS = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String field) {
            return field.equals(LuceneSchema.PAIRS) ? PAIRS : TEXT;
        }
    };

    private VietnameseAnalysis() {
    }

    /** One word of a query: as written (lower case) and folded; the two are equal for a word without diacritics. */
    public record Word(String written, String folded) {
        public boolean accented() {
            return !written.equals(folded);
        }
    }

    public static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The words of a piece of a query, as the index cuts them. */
    public static List<Word> words(String text) {
        List<String> written = terms(WRITTEN, nfc(text));
        List<Word> words = new ArrayList<>(written.size());
        for (String w : written) {
            words.add(new Word(w, fold(w)));
        }
        return words;
    }

    /** A lower-case word folded as the index folds it ("Đại" → "dai"). */
    public static String fold(String word) {
        char[] input = word.toCharArray();
        char[] output = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return new String(output, 0, length);
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || terms.isEmpty()) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
        return terms;
    }
}
