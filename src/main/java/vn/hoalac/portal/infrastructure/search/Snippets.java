package vn.hoalac.portal.infrastructure.search;

import vn.hoalac.portal.application.Texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The snippet of a search hit: up to two passages of the text where the query's words are densest, each word that
 * matches marked with {@link SearchMarks#START}/{@link SearchMarks#STOP} (folded as the index folds: "hoa lac"
 * marks "Hòa Lạc"; a query with diacritics marks the words as written). One pass over the stored text of each hit
 * shown, with the same folding as the index.
 */
public final class Snippets {

    static final int WORDS = 24;
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    /** {@link Texts#fold} of each character of the Latin, Vietnamese and combining blocks, for the one pass over a text. */
    private static final char[] FOLD = new char[0x1F00];

    static {
        for (int c = 0; c < FOLD.length; c++) {
            String folded = Texts.fold(String.valueOf((char) c));
            FOLD[c] = folded.isEmpty() ? (char) c : folded.charAt(0); // a lone diacritic: skipped when folding a word
        }
    }

    private Snippets() {
    }

    /** The marked snippet of {@code text} for a query's words (see {@link #of(String, List, boolean)}). */
    public static String of(String text, String query) {
        ParsedQuery q = ParsedQuery.parse(query);
        return of(text, q.words(), q.accented());
    }

    /**
     * The marked snippet of {@code text} for these words. When the query was typed with diacritics ({@code accented}),
     * only the words as written are marked ("đô thị" marks "Đô thị", not "do thi" nor "thí"), unless the text holds
     * none of them as written (then the folded matches are what matched); otherwise every accented form is marked.
     */
    static String of(String text, List<VietnameseAnalysis.Word> queryWords, boolean accented) {
        Map<String, Integer> folded = new HashMap<>();
        Map<String, Integer> written = new HashMap<>();
        for (VietnameseAnalysis.Word w : queryWords) {
            folded.putIfAbsent(w.folded(), folded.size());
        }
        for (VietnameseAnalysis.Word w : queryWords) {
            written.putIfAbsent(w.written(), folded.get(w.folded()));
        }
        // words as [start, end, term + 1 or 0 (folded), term + 1 or 0 (as written)], in one pass
        List<int[]> words = new ArrayList<>();
        StringBuilder foldedWord = new StringBuilder(32);
        boolean anyWritten = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            foldedWord.setLength(0);
            while (i < n && isWordChar(text.charAt(i))) {
                fold(text.charAt(i), foldedWord);
                i++;
            }
            if (i > start) {
                Integer term = folded.get(VietnameseAnalysis.finalY(foldedWord.toString()));
                Integer exact = term == null || !accented ? null
                        : written.get(VietnameseAnalysis.written(text.substring(start, i).toLowerCase(java.util.Locale.ROOT)));
                anyWritten |= exact != null;
                words.add(new int[]{start, i, term == null ? 0 : term + 1, exact == null ? 0 : exact + 1});
            }
        }
        if (words.isEmpty()) {
            return "";
        }
        if (accented && anyWritten) {
            for (int[] w : words) {
                w[2] = w[3];
            }
        }
        Window first = best(words, folded.size(), -1);
        StringBuilder out = new StringBuilder();
        append(out, text, words, first.start);
        if (first.score > 0) {
            Window second = best(words, folded.size(), first.start);
            if (second.start >= 0 && second.score > 0) {
                out.append(" … ");
                append(out, text, words, second.start);
            }
        }
        return out.toString();
    }

    /** Whether a snippet marks anything. */
    static boolean marked(String snippet) {
        return snippet.indexOf(SearchMarks.START) >= 0;
    }

    private static void fold(char c, StringBuilder out) {
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return; // a decomposed diacritic
        }
        out.append(c < FOLD.length ? FOLD[c] : Character.toLowerCase(c));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private record Window(int start, long score) {
    }

    /**
     * The window of {@link #WORDS} words with the most distinct query words, then the most matches, moved so its
     * matches sit in its middle; when {@code other} is a window's start, only windows that do not overlap it.
     */
    private static Window best(List<int[]> words, int termCount, int other) {
        int[] counts = new int[termCount + 1];
        int distinct = 0;
        int matches = 0;
        int bestStart = -1;
        long bestScore = -1;
        int last = Math.max(0, words.size() - WORDS);
        for (int end = 0; end < words.size() + 1; end++) {
            int start = end - WORDS;
            if (start >= 0 || end == words.size()) {
                int s = Math.max(0, start);
                boolean overlaps = other >= 0 && s < other + WORDS && s + WORDS > other;
                long score = distinct * 1000L + matches;
                if (s <= last && !overlaps && score > bestScore) {
                    bestScore = score;
                    bestStart = s;
                }
                if (start >= 0 && words.get(start)[2] > 0) {
                    int t = words.get(start)[2];
                    matches--;
                    if (--counts[t] == 0) {
                        distinct--;
                    }
                }
            }
            if (end < words.size() && words.get(end)[2] > 0) {
                int t = words.get(end)[2];
                matches++;
                if (counts[t]++ == 0) {
                    distinct++;
                }
            }
        }
        if (bestStart < 0) {
            return new Window(-1, -1);
        }
        int centred = centred(words, bestStart);
        boolean overlaps = other >= 0 && centred < other + WORDS && centred + WORDS > other;
        return new Window(overlaps ? bestStart : centred, bestScore);
    }

    /** The window moved so that its matches sit in its middle (the earliest best window ends on them). */
    private static int centred(List<int[]> words, int start) {
        int firstMatch = -1;
        int lastMatch = -1;
        for (int i = start; i < Math.min(words.size(), start + WORDS); i++) {
            if (words.get(i)[2] > 0) {
                firstMatch = firstMatch < 0 ? i : firstMatch;
                lastMatch = i;
            }
        }
        if (firstMatch < 0) {
            return start;
        }
        int centred = firstMatch - (WORDS - (lastMatch - firstMatch + 1)) / 2;
        return Math.max(0, Math.min(centred, words.size() - WORDS));
    }

    private static void append(StringBuilder out, String text, List<int[]> words, int start) {
        int end = Math.min(words.size(), start + WORDS);
        StringBuilder fragment = new StringBuilder();
        for (int i = start; i < end; i++) {
            int[] w = words.get(i);
            if (i > start) {
                fragment.append(text, words.get(i - 1)[1], w[0]);
            }
            if (w[2] > 0) {
                fragment.append(SearchMarks.START).append(text, w[0], w[1]).append(SearchMarks.STOP);
            } else {
                fragment.append(text, w[0], w[1]);
            }
        }
        // the text between words (punctuation, line breaks) is kept, a blank run as one space
        out.append(BLANKS.matcher(fragment).replaceAll(" "));
    }
}
