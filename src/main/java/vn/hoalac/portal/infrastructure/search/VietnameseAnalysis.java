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
            return new TokenStreamComponents(tokenizer, new VietnameseFoldingFilter(new LowerCaseFilter(tokenizer)));
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
            ShingleFilter pairs = new ShingleFilter(new WrittenFilter(new LowerCaseFilter(tokenizer)), 2, 2);
            pairs.setOutputUnigrams(false);
            return new TokenStreamComponents(tokenizer, new VietnameseFoldingFilter(pairs));
        }

        @Override
        public int getPositionIncrementGap(String field) {
            return 100;
        }
    };

    /** The written form of each token ({@link #written}), for the word pairs and the query's words as written. */
    private static final class WrittenFilter extends org.apache.lucene.analysis.TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        WrittenFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String written = written(term.toString());
            term.setEmpty().append(written);
            return true;
        }
    }

    /** Lower-case words only (no folding): the query's words as written. */
    private static final Analyzer WRITTEN = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new WrittenFilter(new LowerCaseFilter(tokenizer)));
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

    /**
     * A lower-case word (or word pair) folded as the index folds it: no tone or vowel marks, đ → d ("Đại" → "dai"), and
     * a syllable whose only vowel is a final y written with i, as Vietnamese spells either ("kỹ"/"kĩ" → "ki",
     * "lý"/"lí" → "li", "quý"/"quí" → "qui").
     */
    public static String fold(String word) {
        char[] input = word.toCharArray();
        char[] output = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return finalY(new String(output, 0, length));
    }

    /** {@link #fold}'s last step on a word folded otherwise: a syllable's final y as its only vowel becomes i. */
    static String finalY(String folded) {
        return folded.indexOf('y') < 0 ? folded : FINAL_Y.matcher(folded).replaceAll("$1i");
    }

    /** A syllable of consonants (or qu) and a final y: the y is its vowel. */
    private static final java.util.regex.Pattern FINAL_Y = java.util.regex.Pattern.compile("(?<![a-z])([b-df-hj-np-tv-xz]+|qu)y(?![a-z])");

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    /**
     * A lower-case word as written, its tone mark placed by one rule: in a syllable ending in oa, oe or uy (not qu-y)
     * the mark sits on the o or the u ("hoà" → "hòa", "thoả" → "thỏa", "khoẻ" → "khỏe", "thuỷ" → "thủy"); and a
     * syllable whose only vowel is a final y spelled with i ("ký" → "kí", "quý" → "quí"). Both spellings of each are in
     * use; without this a query typed one way would miss the exact tiers of a text written the other.
     */
    public static String written(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 0x80;
        }
        if (ascii) {
            return finalY(word);
        }
        StringBuilder out = new StringBuilder(word.length());
        for (String syllable : word.split("(?<= )", -1)) { // a word pair: each syllable
            out.append(syllable(syllable));
        }
        return out.toString();
    }

    private static String syllable(String syllable) {
        String nfd = Normalizer.normalize(syllable, Normalizer.Form.NFD);
        char tone = 0;
        StringBuilder base = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (TONES.indexOf(c) >= 0 && tone == 0) {
                tone = c;
            } else {
                base.append(c);
            }
        }
        String bare = base.toString().stripTrailing();
        int end = bare.length();
        String plain = Normalizer.normalize(bare, Normalizer.Form.NFC);
        if (FINAL_Y.matcher(plain).matches()) {
            // y as the syllable's only vowel is spelled i, its tone kept: "ký" and "kí" are one word
            String i = bare.substring(0, end - 1) + 'i' + (tone == 0 ? "" : String.valueOf(tone)) + base.substring(end);
            return Normalizer.normalize(i, Normalizer.Form.NFC);
        }
        if (tone == 0) {
            return syllable;
        }
        boolean pair = plain.endsWith("oa") || plain.endsWith("oe") || plain.endsWith("uy") && !plain.endsWith("quy");
        if (!pair) {
            return syllable;
        }
        // the o or u of the pair: the last base letter but one (no combining mark follows either in these pairs)
        int at = end - 2;
        String placed = bare.substring(0, at + 1) + tone + bare.substring(at + 1) + base.substring(end);
        return Normalizer.normalize(placed, Normalizer.Form.NFC);
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
