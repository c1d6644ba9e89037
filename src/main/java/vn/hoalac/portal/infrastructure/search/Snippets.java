package vn.hoalac.portal.infrastructure.search;

import vn.hoalac.portal.application.Texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The snippet of a search hit: up to two passages of the text where the query's words are densest, each word that
 * matches marked with {@link SearchMarks#START}/{@link SearchMarks#STOP} (folded as the index folds: "hoa lac"
 * marks "Hòa Lạc"). Built here rather than by ts_headline, which re-parses every text through the unaccent dictionary
 * and cost more than the whole rest of a search (about 1 ms a hit); this is one pass over the text.
 */
public final class Snippets {

    static final int WORDS = 24;
    private static final Pattern QUERY_WORD = Pattern.compile("(^|[\\s(])?(-?)([\\p{L}\\p{M}\\p{N}]+)");
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

    /** The marked snippet of {@code text} for {@code query} (the search box's words; quotes and OR allowed). */
    public static String of(String text, String query) {
        Map<String, Integer> terms = new HashMap<>();
        for (String term : terms(query)) {
            terms.putIfAbsent(term, terms.size());
        }
        // words as [start, end, term + 1 or 0], in one pass
        List<int[]> words = new ArrayList<>();
        StringBuilder folded = new StringBuilder(32);
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            int start = i;
            folded.setLength(0);
            while (i < n && isWordChar(text.charAt(i))) {
                fold(text.charAt(i), folded);
                i++;
            }
            if (i > start) {
                Integer term = terms.get(folded.toString());
                words.add(new int[]{start, i, term == null ? 0 : term + 1});
            }
        }
        if (words.isEmpty()) {
            return "";
        }
        Window first = best(words, terms.size(), -1);
        StringBuilder out = new StringBuilder();
        append(out, text, words, first.start);
        if (first.score > 0) {
            Window second = best(words, terms.size(), first.start);
            if (second.start >= 0 && second.score > 0) {
                out.append(" … ");
                append(out, text, words, second.start);
            }
        }
        return out.toString();
    }

    /** The query's words, folded; words after a minus (excluded) and the OR keyword are not marked. */
    static Set<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        if (query == null) {
            return terms;
        }
        Matcher m = QUERY_WORD.matcher(query);
        while (m.find()) {
            boolean excluded = !m.group(2).isEmpty() && m.group(1) != null;
            String word = m.group(3);
            if (!excluded && !word.equalsIgnoreCase("or")) {
                terms.add(Texts.fold(word)); // as the index folds
            }
        }
        return terms;
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
