package vn.hoalac.portal.interfaces.rest.document;

import vn.hoalac.portal.application.document.DocumentSummary;
import vn.hoalac.portal.domain.model.document.Document;
import vn.hoalac.portal.domain.model.document.DocumentVersion;
import vn.hoalac.portal.domain.model.document.Extraction;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/** The JSON of the documents API (design/API.md, Documents). */
public final class DocumentJson {

    private DocumentJson() {
    }

    /**
     * @param error       why it failed (or is partial), in the caller's language
     * @param errorCode   the same reason as a stable code (extraction.reason.*)
     * @param errorDetail the technical words behind it (the parser's error, a status, a timeout)
     */
    public record ExtractionInfo(String status, String error, String errorCode, String errorDetail, String language,
                                 Integer pages, boolean ocr, Boolean truncated, String author, String created) {
    }

    public record Version(int number, String filename, long size, String sha256, String contentType,
                          OffsetDateTime createdAt, String createdBy, String note, Integer restoredFrom,
                          ExtractionInfo extraction, String createdByName) {
    }

    public record Detail(long id, String title, String description, String category, List<String> tags,
                         String organization, String visibility, int currentVersion, OffsetDateTime updatedAt,
                         List<Version> versions) {
    }

    public record Summary(long id, String title, String category, List<String> tags, String organization,
                          String visibility, int currentVersion, String filename, long size, String contentType,
                          String extraction, OffsetDateTime updatedAt) {
    }

    public record Comparison(int from, int to, String diff) {
    }

    /**
     * @param names    the name to show for a user name (the people directory's; the user name when never seen)
     * @param language the caller's words (Accept-Language), for the extraction's reason
     */
    static Detail of(Document d, Function<DocumentVersion, Optional<Extraction>> extractions, Function<String, String> names,
                     ResourceBundle language) {
        return new Detail(d.id(), d.title(), d.description(), d.category(), d.tags(), d.organization(),
                d.visibility().name(), d.currentVersion(), d.updatedAt(),
                d.versions().stream().map(v -> of(v, extractions.apply(v), names, language)).toList());
    }

    static Version of(DocumentVersion v, Optional<Extraction> extraction, Function<String, String> names, ResourceBundle language) {
        ExtractionInfo info = extraction
                .map(e -> new ExtractionInfo(e.status().name(), reason(language, e.errorCode()), e.errorCode(), e.error(),
                        e.language(), e.pages(), e.ocr(), e.textTruncated(), e.author(), e.created()))
                .orElse(new ExtractionInfo("PENDING", null, null, null, null, null, false, null, null, null));
        String type = extraction.map(Extraction::contentType).orElse(null);
        return new Version(v.number(), v.filename(), v.size(), v.sha256(), type, v.createdAt(), v.createdBy(), v.note(),
                v.restoredFrom(), info, names.apply(v.createdBy()));
    }

    private static String reason(ResourceBundle language, String code) {
        if (code == null) {
            return null;
        }
        try {
            return language.getString(code);
        } catch (MissingResourceException unknown) { // a code of a later release read by an older one
            return code;
        }
    }

    static Summary of(DocumentSummary s) {
        return new Summary(s.id(), s.title(), s.category(), s.tags(), s.organization(), s.visibility().name(),
                s.currentVersion(), s.filename(), s.size(), s.contentType(), s.extraction().name(), s.updatedAt());
    }
}
