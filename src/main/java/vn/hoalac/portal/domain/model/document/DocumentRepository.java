package vn.hoalac.portal.domain.model.document;

import java.util.Optional;

public interface DocumentRepository {

    Document add(Document document);

    Optional<Document> find(long id);

    /** The document locked for update (no one else adds a version until this transaction ends). */
    Optional<Document> findForUpdate(long id);

    Optional<Extraction> extraction(String sha256);

    /** The documents some of whose readers {@code grantedBy} grants ({@link ReaderGrant}). */
    java.util.List<Document> grantedBy(String grantedBy);

    /** The document's title is its file's name until the extraction finds the file's own title metadata. */
    void markTitleFromFile(long documentId);

    /** Writes pending changes now, so that work joining the transaction in SQL (the extraction queue) sees them. */
    void flush();
}
