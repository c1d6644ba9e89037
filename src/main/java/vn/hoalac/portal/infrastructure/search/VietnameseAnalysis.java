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
        return finalY(ascii(word));
    }

    private static String ascii(String word) {
        char[] input = word.toCharArray();
        char[] output = new char[input.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
        return new String(output, 0, length);
    }

    /** {@link #fold}'s last step on a word folded otherwise: a syllable's final y as its only vowel becomes i. */
    static String finalY(String folded) {
        if (folded.indexOf('y') < 0) {
            return folded;
        }
        char[] chars = folded.toCharArray();
        int start = 0;
        for (int i = 0; i <= chars.length; i++) {
            if (i == chars.length || chars[i] == ' ') {
                if (onlyVowelIsFinalY(folded, start, i)) {
                    chars[i - 1] = 'i';
                }
                start = i + 1;
            }
        }
        return new String(chars);
    }

    /** Whether folded[start, end) is consonants (or qu) and a final y: the y is its vowel ("ky", "ly", "quy"). */
    private static boolean onlyVowelIsFinalY(String folded, int start, int end) {
        if (end - start < 2 || folded.charAt(end - 1) != 'y') {
            return false;
        }
        if (end - start == 3 && folded.startsWith("qu", start)) {
            return true;
        }
        for (int i = start; i < end - 1; i++) {
            char c = folded.charAt(i);
            if (c < 'a' || c > 'z' || "aeiouy".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    /**
     * A lower-case word as written, its tone mark placed by one rule: in a syllable ending in oa, oe or uy (not qu-y)
     * the mark sits on the o or the u ("hoà" → "hòa", "thoả" → "thỏa", "khoẻ" → "khỏe", "thuỷ" → "thủy"); and a
     * syllable whose only vowel is a final y spelled with i ("ký" → "kí", "quý" → "quí"). Both spellings of each are in
     * use; without this a query typed one way would miss the exact tiers of a text written the other. Only the
     * syllables these rules concern are decomposed (the rest are returned as they are, for the indexing's speed).
     */
    public static String written(String word) {
        String folded = ascii(word);
        if (folded.length() != word.length()) {
            return word; // not one letter per letter (ligatures, symbols): left as written
        }
        StringBuilder out = null;
        int start = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i == word.length() || word.charAt(i) == ' ') {
                boolean concerned = onlyVowelIsFinalY(folded, start, i) || endsWithPair(folded, start, i);
                if (concerned && out == null) {
                    out = new StringBuilder(word.length()).append(word, 0, start);
                }
                if (out != null) {
                    out.append(concerned ? syllable(word.substring(start, i)) : word.substring(start, i));
                    if (i < word.length()) {
                        out.append(' ');
                    }
                }
                start = i + 1;
            }
        }
        return out == null ? word : out.toString();
    }

    private static boolean endsWithPair(String folded, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        String last = folded.substring(end - 2, end);
        return last.equals("oa") || last.equals("oe") || last.equals("uy") && !(end - start >= 3 && folded.startsWith("quy", end - 3));
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
        if (onlyVowelIsFinalY(ascii(plain), 0, plain.length())) {
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
