package vn.hoalac.portal.infrastructure.extraction;

/**
 * Decides per file whether OCR is worth its cost (10-20 times the plain extraction): images always, PDFs whose
 * pages carry (almost) no text, nothing else (an office file's embedded thumbnail is not worth reading).
 */
public final class OcrPolicy {

    /** Fewer letters than this per page means a scanned page. */
    static final int MIN_CHARS_PER_PAGE = 40;

    public enum Pass { NONE, IMAGE, PDF_PAGES }

    private OcrPolicy() {
    }

    public static Pass after(ExtractedText plain) {
        String type = plain.contentType() == null ? "" : plain.contentType().toLowerCase();
        if (type.startsWith("image/")) {
            return Pass.IMAGE;
        }
        if (type.startsWith("application/pdf")) {
            int pages = plain.pages() == null || plain.pages() < 1 ? 1 : plain.pages();
            return plain.meaningfulChars() < MIN_CHARS_PER_PAGE * pages ? Pass.PDF_PAGES : Pass.NONE;
        }
        return Pass.NONE;
    }
}
