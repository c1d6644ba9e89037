package vn.hoalac.portal.application.document;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.application.AccessDeniedException;
import vn.hoalac.portal.application.ConflictException;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.Readers;
import vn.hoalac.portal.application.TextDiff;
import vn.hoalac.portal.domain.model.document.ContentStore;
import vn.hoalac.portal.domain.model.document.Document;
import vn.hoalac.portal.domain.model.document.DocumentRepository;
import vn.hoalac.portal.domain.model.document.DocumentVersion;
import vn.hoalac.portal.domain.model.document.Extraction;
import vn.hoalac.portal.domain.model.document.ExtractionStatus;
import vn.hoalac.portal.domain.model.document.ReaderGrant;
import vn.hoalac.portal.domain.model.document.StoredContent;
import vn.hoalac.portal.domain.model.document.Visibility;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.infrastructure.extraction.ContentQueued;
import vn.hoalac.portal.infrastructure.extraction.ExtractionQueue;
import vn.hoalac.portal.application.search.LibraryQuery;
import vn.hoalac.portal.application.search.SearchEngine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use cases of the document library: upload, new version, restore, read, list, download, text and comparison.
 * Every one checks who may do it ({@link DocumentAccess}); a document the caller may not read does not exist for them.
 */
@RequestScoped
public class DocumentLibrary {

    /** Sortable columns of the library, by the names the pages and the API use. */
    private static final Map<String, LibraryQuery.Sort> SORTS = Map.of(
            "title", LibraryQuery.Sort.TITLE, "category", LibraryQuery.Sort.CATEGORY,
            "organization", LibraryQuery.Sort.ORGANIZATION, "updatedAt", LibraryQuery.Sort.UPDATED,
            "size", LibraryQuery.Sort.SIZE, "currentVersion", LibraryQuery.Sort.VERSION,
            "extraction", LibraryQuery.Sort.EXTRACTION);

    @Inject
    PortalUser user;

    @Inject
    DocumentRepository documents;

    @Inject
    ContentStore contents;

    @Inject
    ExtractionQueue extractionQueue;

    @Inject
    SearchEngine engine;

    @Inject
    Event<ContentQueued> queued;

    @Inject
    vn.hoalac.portal.infrastructure.audit.AuditTrail audit;

    @Inject
    vn.hoalac.portal.application.RateLimits limits;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "upload.max-bytes", defaultValue = "209715200")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    /** A new document with its version 1; bytes, rows, the extraction job and the index entry in one transaction. */
    @Transactional
    public Document upload(Upload upload) {
        if (!DocumentAccess.mayUpload(user)) {
            throw new AccessDeniedException(user.organizationCode() == null ? "Your account has no organization"
                    : "Uploading documents is for the park, the universities and the committee");
        }
        limits.take(user.username(), vn.hoalac.portal.application.RateLimits.Kind.UPLOAD);
        String filename = cleanFilename(upload.filename());
        boolean titleGiven = upload.title() != null && !upload.title().isBlank();
        String title = titleGiven ? upload.title().strip() : titleFromFilename(filename);
        List<String> problems = new ArrayList<>();
        if (title.length() > 500) {
            problems.add("title: tối đa 500 ký tự");
        }
        if (upload.category() != null && upload.category().length() > 100) {
            problems.add("category: tối đa 100 ký tự");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Thông tin tài liệu không hợp lệ", problems);
        }
        StoredContent content = store(upload);
        // the same bytes extracted before: their title metadata is known already
        Optional<String> knownTitle = titleGiven ? Optional.empty() : documents.extraction(content.sha256())
                .filter(e -> e.status() == ExtractionStatus.DONE && e.metaTitle() != null && !e.metaTitle().isBlank())
                .map(Extraction::metaTitle);
        title = knownTitle.orElse(title);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Document document = new Document(title, blankToNull(upload.description()), blankToNull(upload.category()),
                upload.tags() == null ? List.of() : upload.tags(), user.organizationCode(),
                upload.visibility() == null ? Visibility.PORTAL : upload.visibility(), user.username(), now);
        document.grant(ReaderGrant.OWN, DocumentAccess.ownReaders(document.visibility(), document.organization()));
        document.addVersion(content, filename, upload.declaredType(), null, null, null, user.username(), now);
        documents.add(document);
        if (!titleGiven && knownTitle.isEmpty()) {
            em.createNativeQuery("UPDATE document SET title_from_file = true WHERE id = ?1")
                    .setParameter(1, document.id()).executeUpdate();
        }
        afterNewVersion(document, content);
        audit.record(user, "DOCUMENT_UPLOADED", "DOCUMENT", document.id(), filename + " " + content.sha256());
        return document;
    }

    /** Version n+1 from a new file; {@code baseVersion} guards against overwriting a version uploaded meanwhile. */
    @Transactional
    public DocumentVersion addVersion(long documentId, java.io.InputStream bytes, String filename, String declaredType,
                                      String note, Integer baseVersion) {
        Document document = changeable(documentId);
        limits.take(user.username(), vn.hoalac.portal.application.RateLimits.Kind.UPLOAD);
        StoredContent content = store(new Upload(bytes, filename, declaredType, null, null, null, null, null));
        DocumentVersion version = addVersionTo(document, content, cleanFilename(filename), declaredType, note, null, baseVersion);
        afterNewVersion(document, content);
        audit.record(user, "DOCUMENT_VERSION_ADDED", "DOCUMENT", documentId, "v" + version.number() + " " + content.sha256());
        return version;
    }

    /** Makes version n current again, as a new version carrying the same bytes (nothing is overwritten). */
    @Transactional
    public DocumentVersion restore(long documentId, int number, String note) {
        Document document = changeable(documentId);
        DocumentVersion old = document.version(number)
                .orElseThrow(() -> new NotFoundException("document " + documentId + " has no version " + number));
        String why = note == null || note.isBlank() ? "Khôi phục phiên bản " + number : note.strip();
        DocumentVersion version = addVersionTo(document, old.content(), old.filename(), old.declaredType(), why, number, null);
        afterNewVersion(document, old.content());
        audit.record(user, "DOCUMENT_RESTORED", "DOCUMENT", documentId, "v" + number + " → v" + version.number());
        return version;
    }

    @Transactional
    public Document read(long documentId) {
        Document document = documents.find(documentId).orElseThrow(() -> notFound(documentId));
        if (!DocumentAccess.canRead(user, document)) {
            throw notFound(documentId);
        }
        document.versions(); // load them inside the transaction
        return document;
    }

    public boolean canChange(Document document) {
        return DocumentAccess.canChange(user, document);
    }

    @Transactional
    public Optional<Extraction> extraction(DocumentVersion version) {
        return documents.extraction(version.sha256());
    }

    /** The exact bytes of a version obtained from {@link #version} (which checked the caller may read it). */
    public void download(DocumentVersion version, OutputStream out) throws IOException {
        contents.copyTo(version.sha256(), out);
    }

    @Transactional
    public DocumentVersion version(long documentId, int number) {
        return read(documentId).version(number)
                .orElseThrow(() -> new NotFoundException("document " + documentId + " has no version " + number));
    }

    /** The extracted text of a version (NFC); a conflict while it is not extracted yet. */
    @Transactional
    public String text(long documentId, int number) {
        DocumentVersion version = version(documentId, number);
        Extraction extraction = documents.extraction(version.sha256())
                .orElseThrow(() -> new ConflictException("version " + number + " has not been extracted yet"));
        if (extraction.status() != ExtractionStatus.DONE) {
            throw new ConflictException("Văn bản của phiên bản " + number + " chưa trích xuất xong (" + extraction.status() + ")");
        }
        return extraction.text() == null ? "" : extraction.text();
    }

    @Transactional
    public TextComparison compare(long documentId, int from, int to) {
        List<String> original = text(documentId, from).lines().toList();
        List<String> revised = text(documentId, to).lines().toList();
        return TextDiff.compare(from, to, original, revised);
    }

    /** A page of the documents the caller may read, newest change first unless sorted otherwise. */
    public DocumentPage list(String titleFilter, String category, String organization, String sortField, boolean ascending,
                             int first, int pageSize) {
        return list(new Filters(titleFilter, category, organization, null, null, null, null), sortField, ascending, first, pageSize);
    }

    /**
     * The library's filters as typed: words of the title (with or without diacritics), a category, an organization, a
     * version number, an extraction state, a date of the last change ({@code 15/03/2025}, {@code 03/2025},
     * {@code 2025} or {@code 2025-03-15}) and a size class ({@link #SIZES}). Each either filters or is refused with
     * the reason.
     */
    public record Filters(String title, String category, String organization, String version, String extraction,
                          String updated, String size) {
    }

    /** The size classes of the library's size filter, in bytes: [from, to). */
    public static final Map<String, long[]> SIZES = new java.util.LinkedHashMap<>();

    static {
        SIZES.put("lt100k", new long[]{0, 100 * 1024});
        SIZES.put("100k-1m", new long[]{100 * 1024, 1024 * 1024});
        SIZES.put("1m-10m", new long[]{1024 * 1024, 10 * 1024 * 1024});
        SIZES.put("gt10m", new long[]{10 * 1024 * 1024, Long.MAX_VALUE});
    }

    public DocumentPage list(Filters filters, String sortField, boolean ascending, int first, int pageSize) {
        if (!DocumentAccess.hasAnyPortalRole(user)) {
            return new DocumentPage(0, List.of());
        }
        List<String> problems = new ArrayList<>();
        Integer version = null;
        if (blankToNull(filters.version()) != null) {
            String v = filters.version().strip().replaceFirst("^[vV]", "");
            try {
                version = Integer.parseInt(v);
                if (version < 1) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add("version: '" + filters.version().strip() + "' không phải số phiên bản (1, 2, 3...)");
            }
        }
        ExtractionStatus extraction = null;
        if (blankToNull(filters.extraction()) != null) {
            try {
                extraction = ExtractionStatus.valueOf(filters.extraction().strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("extraction: " + java.util.Arrays.stream(ExtractionStatus.values()).map(Enum::name)
                        .collect(java.util.stream.Collectors.joining(" | ")));
            }
        }
        OffsetDateTime[] updated = null;
        if (blankToNull(filters.updated()) != null) {
            updated = dateRange(filters.updated().strip());
            if (updated == null) {
                problems.add("updated: '" + filters.updated().strip() + "' không phải ngày (15/03/2025), tháng (03/2025) hay năm (2025)");
            }
        }
        long[] size = null;
        if (blankToNull(filters.size()) != null) {
            size = SIZES.get(filters.size().strip());
            if (size == null) {
                problems.add("sizeClass: " + String.join(" | ", SIZES.keySet()));
            }
        }
        LibraryQuery.Sort sort = sortField == null ? null : SORTS.get(sortField);
        if (sortField != null && !sortField.isBlank() && sort == null) {
            problems.add("sort: " + String.join(" | ", SORTS.keySet()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Bộ lọc thư viện không hợp lệ", problems);
        }
        return engine.documents(new LibraryQuery(Readers.of(user), blankToNull(filters.title()), blankToNull(filters.category()),
                blankToNull(filters.organization()), version, extraction, updated == null ? null : updated[0],
                updated == null ? null : updated[1], size == null ? null : size[0], size == null || size[1] == Long.MAX_VALUE ? null : size[1],
                sort, sort != null && ascending, Math.max(0, first), Math.min(Math.max(1, pageSize), 200)));
    }

    /** A day, a month or a year in Hanoi as [start, end); null when the text is none of them. */
    static OffsetDateTime[] dateRange(String text) {
        try {
            java.time.LocalDate from;
            java.time.LocalDate to;
            if (text.matches("\\d{4}")) {
                from = java.time.LocalDate.of(Integer.parseInt(text), 1, 1);
                to = from.plusYears(1);
            } else if (text.matches("\\d{1,2}[/.-]\\d{4}")) {
                String[] p = text.split("[/.-]");
                from = java.time.LocalDate.of(Integer.parseInt(p[1]), Integer.parseInt(p[0]), 1);
                to = from.plusMonths(1);
            } else if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                from = java.time.LocalDate.parse(text);
                to = from.plusDays(1);
            } else if (text.matches("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}")) {
                String[] p = text.split("[/.-]");
                from = java.time.LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
                to = from.plusDays(1);
            } else {
                return null;
            }
            return new OffsetDateTime[]{from.atStartOfDay(vn.hoalac.portal.application.Texts.HANOI).toOffsetDateTime(),
                    to.atStartOfDay(vn.hoalac.portal.application.Texts.HANOI).toOffsetDateTime()};
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private Document changeable(long documentId) {
        Document document = documents.findForUpdate(documentId).orElseThrow(() -> notFound(documentId));
        if (!DocumentAccess.canRead(user, document)) {
            throw notFound(documentId);
        }
        if (!DocumentAccess.canChange(user, document)) {
            throw new AccessDeniedException("Only members of " + document.organization() + " may change this document");
        }
        document.versions(); // load them inside the transaction: the caller answers with the whole document
        return document;
    }

    private DocumentVersion addVersionTo(Document document, StoredContent content, String filename, String declaredType,
                                         String note, Integer restoredFrom, Integer baseVersion) {
        try {
            return document.addVersion(content, filename, declaredType, blankToNull(note), restoredFrom, baseVersion,
                    user.username(), OffsetDateTime.now(ZoneOffset.UTC));
        } catch (vn.hoalac.portal.domain.model.document.StaleVersionException e) {
            throw new ConflictException("Tài liệu đã có phiên bản " + e.currentVersion() + " (do " + e.currentBy()
                    + " tải lên) sau phiên bản " + e.baseVersion() + " mà bạn dựa vào. Tệp của bạn chưa được lưu; "
                    + "hãy xem phiên bản mới rồi tải lên lại.", e);
        }
    }

    private StoredContent store(Upload upload) {
        if (upload.content() == null) {
            throw new InvalidInputException("Thiếu tệp", List.of("file: bắt buộc"));
        }
        StoredContent content;
        try {
            content = contents.store(upload.content(), maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.size() == 0) {
            throw new InvalidInputException("Tệp rỗng (0 byte): không có gì để lưu", List.of("file: rỗng"));
        }
        return content;
    }

    private void afterNewVersion(Document document, StoredContent content) {
        em.flush();
        extractionQueue.enqueue(content.sha256());
        queued.fire(new ContentQueued(content.sha256()));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("Không tìm thấy tài liệu " + id);
    }

    static String cleanFilename(String name) {
        if (name == null || name.isBlank()) {
            return "tep-khong-ten";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (base.length() > 255) {
            base = base.substring(base.length() - 255);
        }
        return base.isEmpty() ? "tep-khong-ten" : java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFC);
    }

    static String titleFromFilename(String filename) {
        int dot = filename.lastIndexOf('.');
        String stem = dot > 0 ? filename.substring(0, dot) : filename;
        return stem.replace('_', ' ').strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
