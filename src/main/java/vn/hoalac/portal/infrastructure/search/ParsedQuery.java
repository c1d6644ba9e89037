package vn.hoalac.portal.infrastructure.search;

import vn.hoalac.portal.infrastructure.search.VietnameseAnalysis.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * What a search box's text asks for, read leniently: words; "quoted words" as a phrase (an unbalanced quote is
 * ignored); a word that the index cuts in parts ("1857-TB/TU", "36502/2025") as the phrase of its parts; {@code -word}
 * excluded; {@code OR} between two of them for either. Anything else (Lucene's or any other syntax: {@code title:},
 * {@code *}, {@code ~}, {@code AND}) is punctuation or a word, never an error.
 *
 * @param groups   each must match: one item, or any of several joined by OR
 * @param excluded words that must not occur
 * @param words    every wanted word in order (the ranking and the snippets use them)
 * @param accented whether the query was typed with diacritics: then its words as written rank first
 */
record ParsedQuery(List<List<Item>> groups, List<Word> excluded, List<Word> words, boolean accented) {

    /** Most words the ranking weighs (all of them still have to match). */
    static final int MAX_WORDS = 64;

    /** One wanted thing: a word, or a phrase of several. */
    record Item(List<Word> words) {
        boolean phrase() {
            return words.size() > 1;
        }
    }

    boolean empty() {
        return groups.isEmpty();
    }

    static ParsedQuery parse(String text) {
        String query = VietnameseAnalysis.nfc(text == null ? "" : text).strip();
        List<String> pieces = new ArrayList<>(); // a quoted phrase keeps its quote as first character
        int quotes = (int) query.chars().filter(c -> c == '"').count();
        int lastQuote = query.lastIndexOf('"');
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            int close = c == '"' && !(quotes % 2 == 1 && i == lastQuote) ? query.indexOf('"', i + 1) : -1;
            if (close > i) {
                split(plain, pieces);
                pieces.add("\"" + query.substring(i + 1, close));
                i = close;
            } else if (c == '"') {
                plain.append(' '); // the unbalanced one
            } else {
                plain.append(c);
            }
        }
        split(plain, pieces);

        List<List<Item>> groups = new ArrayList<>();
        List<Word> excluded = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        boolean or = false;
        for (String piece : pieces) {
            if (piece.equalsIgnoreCase("or") && !groups.isEmpty()) {
                or = true;
                continue;
            }
            if (piece.equals("AND") || piece.equals("NOT") || piece.equals("&&") || piece.equals("||")) {
                continue; // operators of other search syntaxes: all words are wanted anyway
            }
            boolean quoted = piece.startsWith("\"");
            if (!quoted && piece.startsWith("-") && piece.length() > 1) {
                excluded.addAll(VietnameseAnalysis.words(piece.substring(1)));
                or = false;
                continue;
            }
            List<Word> found = VietnameseAnalysis.words(quoted ? piece.substring(1) : piece);
            if (found.isEmpty()) {
                continue;
            }
            words.addAll(found);
            Item item = new Item(List.copyOf(found));
            if (or) {
                groups.getLast().add(item);
            } else {
                groups.add(new ArrayList<>(List.of(item)));
            }
            or = false;
        }
        boolean accented = words.stream().anyMatch(Word::accented);
        return new ParsedQuery(groups, excluded, words, accented);
    }

    private static void split(StringBuilder plain, List<String> pieces) {
        for (String p : plain.toString().split("\\s+")) {
            if (!p.isEmpty()) {
                pieces.add(p);
            }
        }
        plain.setLength(0);
    }

    /** The words the ranking uses, at most {@link #MAX_WORDS}. */
    List<Word> ranked() {
        return words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
    }

    /** A word as the ranking asks for it: as written when the query has diacritics, folded otherwise. */
    String form(Word w) {
        return accented ? w.written() : w.folded();
    }
}
