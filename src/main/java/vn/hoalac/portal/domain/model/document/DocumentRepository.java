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
}
