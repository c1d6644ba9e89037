package vn.hoalac.portal.application.document;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.application.AccessDeniedException;
import vn.hoalac.portal.application.ConflictException;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Message;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.application.Problems;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.TextComparison;
import vn.hoalac.portal.application.TextDiff;
import vn.hoalac.portal.application.audit.AuditAction;
import vn.hoalac.portal.application.audit.AuditTrail;
import vn.hoalac.portal.application.notification.Audience;
import vn.hoalac.portal.application.notification.Following;
import vn.hoalac.portal.application.notification.NotificationEvent;
import vn.hoalac.portal.application.notification.NotificationKind;
import vn.hoalac.portal.application.notification.Notifications;
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

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Use cases of the document library: upload, new version, restore, read, download, text and comparison (the list is
 * {@link vn.hoalac.portal.application.search.LibraryListing}).
 * Every one checks who may do it ({@link DocumentAccess}); a document the caller may not read does not exist for them.
 */
@RequestScoped
public class DocumentLibrary {

    /** The longest note of a document version (the page counts down to it). */
    public static final int MAX_VERSION_NOTE = 1_000;

    @Inject
    PortalUser user;

    @Inject
    DocumentRepository documents;

    @Inject
    ContentStore contents;

    @Inject
    ExtractionScheduling extractionQueue;

    @Inject
    AuditTrail audit;

    @Inject
    vn.hoalac.portal.application.ratelimit.RateLimits limits;

    @Inject
    Notifications notifications;

    @Inject
    Following following;

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
            throw new AccessDeniedException(user.organizationCode() == null ? "denied.upload.noOrganization" : "denied.upload");
        }
        limits.take(user.username(), vn.hoalac.portal.application.ratelimit.RateLimits.Kind.UPLOAD);
        String filename = cleanFilename(upload.filename());
        boolean titleGiven = upload.title() != null && !upload.title().isBlank();
        String title = titleGiven ? upload.title().strip() : titleFromFilename(filename);
        List<Problem> problems = new ArrayList<>();
        Problems.atMost(problems, "title", title, 500);
        Problems.atMost(problems, "category", upload.category(), 100);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid.document", problems);
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
            documents.markTitleFromFile(document.id());
        }
        afterNewVersion(document, content);
        audit.record(user, AuditAction.DOCUMENT_UPLOADED, "DOCUMENT", document.id(), filename + " " + content.sha256());
        following.involve("DOCUMENT", document.id(), user.username()); // the uploader follows it
        return document;
    }

    /** Version n+1 from a new file; {@code baseVersion} guards against overwriting a version uploaded meanwhile. */
    @Transactional
    public DocumentVersion addVersion(long documentId, java.io.InputStream bytes, String filename, String declaredType,
                                      String note, Integer baseVersion) {
        Document document = changeable(documentId);
        requireNoteWithinLimit(note);
        limits.take(user.username(), vn.hoalac.portal.application.ratelimit.RateLimits.Kind.UPLOAD);
        StoredContent content = store(new Upload(bytes, filename, declaredType, null, null, null, null, null));
        DocumentVersion version = addVersionTo(document, content, cleanFilename(filename), declaredType, note, null, baseVersion);
        afterNewVersion(document, content);
        audit.record(user, AuditAction.DOCUMENT_VERSION_ADDED, "DOCUMENT", documentId, "v" + version.number() + " " + content.sha256());
        versionAdded(document, version);
        return version;
    }

    /** A version's note is at most {@link #MAX_VERSION_NOTE} characters: refused over it with the limit named, never cut. */
    private static void requireNoteWithinLimit(String note) {
        List<Problem> problems = new ArrayList<>();
        Problems.atMost(problems, "note", note == null ? null : note.strip(), MAX_VERSION_NOTE);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid.document", problems);
        }
    }

    /** Makes version n current again, as a new version carrying the same bytes (nothing is overwritten). */
    @Transactional
    public DocumentVersion restore(long documentId, int number, String note) {
        Document document = changeable(documentId);
        requireNoteWithinLimit(note);
        DocumentVersion old = document.version(number)
                .orElseThrow(() -> new NotFoundException("notFound.documentVersion", number, documentId));
        // no note of its own: none is stored, the pages say "restored from version n" in the reader's language
        DocumentVersion version = addVersionTo(document, old.content(), old.filename(), old.declaredType(), note, number, null);
        afterNewVersion(document, old.content());
        audit.record(user, AuditAction.DOCUMENT_RESTORED, "DOCUMENT", documentId, "v" + number + " → v" + version.number());
        versionAdded(document, version);
        return version;
    }

    /** Who follows the document hears of its new version (and the one who added it follows it from now on). */
    private void versionAdded(Document document, DocumentVersion version) {
        notifications.publish(NotificationEvent.of(NotificationKind.DOCUMENT_VERSION_ADDED, "DOCUMENT", document.id(), document.title(),
                user.username(), "v" + version.number(), java.util.Map.of("version", String.valueOf(version.number()))),
                Audience.users(java.util.Set.of()));
        following.involve("DOCUMENT", document.id(), user.username());
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
                .orElseThrow(() -> new NotFoundException("notFound.documentVersion", number, documentId));
    }

    /** The extracted text of a version (NFC); a conflict while it is not extracted yet. */
    @Transactional
    public String text(long documentId, int number) {
        DocumentVersion version = version(documentId, number);
        Extraction extraction = documents.extraction(version.sha256())
                .orElseThrow(() -> new ConflictException("conflict.notExtracted", number, new Message("extraction.PENDING")));
        if (extraction.status() != ExtractionStatus.DONE) {
            throw new ConflictException("conflict.notExtracted", number, new Message("extraction." + extraction.status().name()));
        }
        return extraction.text() == null ? "" : extraction.text();
    }

    @Transactional
    public TextComparison compare(long documentId, int from, int to) {
        List<String> original = text(documentId, from).lines().toList();
        List<String> revised = text(documentId, to).lines().toList();
        return TextDiff.compare(from, to, original, revised);
    }

    private Document changeable(long documentId) {
        Document document = documents.findForUpdate(documentId).orElseThrow(() -> notFound(documentId));
        if (!DocumentAccess.canRead(user, document)) {
            throw notFound(documentId);
        }
        if (!DocumentAccess.canChange(user, document)) {
            throw new AccessDeniedException("denied.document.change", document.organization());
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
            throw new ConflictException(new Message("conflict.staleVersion", e.currentVersion(), e.currentBy(), e.baseVersion()), e);
        }
    }

    private StoredContent store(Upload upload) {
        if (upload.content() == null) {
            throw new InvalidInputException("invalid.file", new Problem("file", "problem.fileRequired"));
        }
        StoredContent content;
        try {
            content = contents.store(upload.content(), maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.size() == 0) {
            throw new InvalidInputException("invalid.emptyFile", new Problem("file", "problem.emptyFile"));
        }
        return content;
    }

    private void afterNewVersion(Document document, StoredContent content) {
        documents.flush();
        extractionQueue.enqueue(content.sha256());
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("notFound.document", id);
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
