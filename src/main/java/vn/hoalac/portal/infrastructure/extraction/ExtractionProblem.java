package vn.hoalac.portal.infrastructure.extraction;

/**
 * Why an extraction failed or is only partial, as the portal stores it: {@code code} a stable message key
 * ({@code extraction.reason.*}, the sentence the pages and the API show in the reader's language) and {@code detail}
 * the technical words behind it (the parser's error, the HTTP status, the timeout), for whoever investigates; never a
 * sentence in one language.
 */
public record ExtractionProblem(String code, String detail) {

    public static final String PREFIX = "extraction.reason.";
    static final String ENCRYPTED = PREFIX + "encrypted";
    static final String COMPRESSION = PREFIX + "compression";
    static final String ENTITIES = PREFIX + "entities";
    static final String TRUNCATED = PREFIX + "truncated";
    static final String CORRUPT = PREFIX + "corrupt";
    static final String UNSUPPORTED = PREFIX + "unsupported";
    static final String UNREADABLE = PREFIX + "unreadable";
    static final String TIMEOUT = PREFIX + "timeout";
    static final String DISCONNECTED = PREFIX + "disconnected";
    static final String REFUSED = PREFIX + "refused";
    static final String SERVER_ERROR = PREFIX + "serverError";
    static final String BAD_ANSWER = PREFIX + "badAnswer";
    static final String NO_CONTENT = PREFIX + "noContent";
    static final String STORAGE = PREFIX + "storage";
    static final String WAITING = PREFIX + "waiting";
    static final String INTERNAL = PREFIX + "internal";
    static final String OCR_FAILED = PREFIX + "ocrFailed";

    public ExtractionProblem {
        detail = detail == null || detail.isBlank() ? null : ExtractedText.storable(clip(detail.strip(), 900));
    }

    static ExtractionProblem of(String code) {
        return new ExtractionProblem(code, null);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
