package vn.hoalac.portal.infrastructure.extraction;

/**
 * What tika-server made of a file: its text (NFC, capped) and the metadata the portal shows. Every text of it is
 * storable: NUL characters (PostgreSQL refuses them in text) are dropped and unpaired surrogates (no character at
 * all) become U+FFFD, so a file that parsed is never lost to the way its text is stored.
 */
/** @param warning why the text may be partial (a damaged part, a failed OCR pass); null when it is not */
public record ExtractedText(String text, boolean truncated, String contentType, Integer pages, String author,
                            String created, String title, String language, boolean ocr, ExtractionProblem warning) {

    public ExtractedText {
        text = storable(text);
        contentType = storable(contentType);
        author = storable(author);
        created = storable(created);
        title = storable(title);
        language = storable(language);
    }

    /** Letters and digits in the text, a measure of whether a page carried text at all. */
    public int meaningfulChars() {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The text without NUL and with each unpaired surrogate replaced by U+FFFD; unchanged (the same object) when clean. */
    static String storable(String s) {
        if (s == null || s.codePoints().noneMatch(cp -> cp == 0 || unpairedSurrogate(cp))) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp != 0).forEach(cp -> out.appendCodePoint(unpairedSurrogate(cp) ? 0xFFFD : cp));
        return out.toString();
    }

    /** A surrogate pair reads as one code point above U+FFFF; only an unpaired surrogate stays in their range. */
    private static boolean unpairedSurrogate(int codePoint) {
        return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }
}
