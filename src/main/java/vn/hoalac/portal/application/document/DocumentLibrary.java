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
import vn.hoalac.portal.infrastructure.search.SearchIndex;

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
    private static final Map<String, String> SORTS = Map.of(
            // titles and categories in Vietnamese alphabetical order (V5 migration), not by code point (which puts Đ after Z)
            "title", "d.title COLLATE vietnamese", "category", "d.category COLLATE vietnamese", "organization", "d.organization",
            "updatedAt", "d.updated_at", "size", "v.size", "currentVersion", "d.current_version");

    @Inject
    PortalUser user;

    @Inject
    DocumentRepository documents;

    @Inject
    ContentStore contents;

    @Inject
    ExtractionQueue extractionQueue;

    @Inject
    SearchIndex searchIndex;

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
    @Transactional
    public DocumentPage list(String titleFilter, String category, String organization, String sortField, boolean ascending,
                             int first, int pageSize) {
        if (!DocumentAccess.hasAnyPortalRole(user)) {
            return new DocumentPage(0, List.of());
        }
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" " + """
                 FROM document d
                 JOIN document_version v ON v.document_id = d.id AND v.number = d.current_version
                 LEFT JOIN extraction e ON e.sha256 = v.sha256
                 WHERE true""");
        // the same tokens DocumentAccess.canRead compares
        where.append(" AND EXISTS (SELECT 1 FROM document_reader r WHERE r.document_id = d.id AND r.token = ANY (?))");
        params.add(Readers.of(user).toArray(String[]::new));
        if (titleFilter != null && !titleFilter.isBlank()) {
            where.append(" AND lower(unaccent(d.title)) LIKE '%' || lower(unaccent(?)) || '%'");
            params.add(titleFilter.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        }
        if (category != null && !category.isBlank()) {
            where.append(" AND d.category = ?");
            params.add(category);
        }
        if (organization != null && !organization.isBlank()) {
            where.append(" AND d.organization = ?");
            params.add(organization);
        }
        String order = SORTS.getOrDefault(sortField == null ? "" : sortField, "d.updated_at");
        String direction = sortField == null || !ascending ? " DESC" : " ASC";
        jakarta.persistence.Query rows = em.createNativeQuery("""
                SELECT d.id, d.title, d.category, d.tags, d.organization, d.visibility, d.current_version,
                       v.filename, v.size, e.content_type, e.status, d.updated_at, d.updated_by""" + where
                + " ORDER BY " + order + direction + " NULLS LAST, d.id DESC OFFSET ? LIMIT ?");
        jakarta.persistence.Query count = em.createNativeQuery("SELECT count(*)" + where);
        for (int i = 0; i < params.size(); i++) {
            rows.setParameter(i + 1, params.get(i));
            count.setParameter(i + 1, params.get(i));
        }
        rows.setParameter(params.size() + 1, Math.max(0, first));
        rows.setParameter(params.size() + 2, Math.min(Math.max(1, pageSize), 200));
        List<DocumentSummary> items = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            Object[] r = (Object[]) row;
            String tags = (String) r[3];
            items.add(new DocumentSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    tags == null || tags.isBlank() ? List.of() : java.util.Arrays.stream(tags.split(",")).map(String::strip).toList(),
                    (String) r[4], Visibility.valueOf((String) r[5]), ((Number) r[6]).intValue(), (String) r[7],
                    ((Number) r[8]).longValue(), (String) r[9],
                    r[10] == null ? ExtractionStatus.PENDING : ExtractionStatus.valueOf((String) r[10]),
                    toOffsetDateTime(r[11]), (String) r[12]));
        }
        return new DocumentPage(((Number) count.getSingleResult()).longValue(), items);
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return value == null ? null : OffsetDateTime.parse(value.toString());
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
        searchIndex.reindexDocument(document.id());
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
