package vn.hoalac.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.hoalac.portal.domain.model.document.Document;
import vn.hoalac.portal.domain.model.document.DocumentRepository;
import vn.hoalac.portal.domain.model.document.Extraction;

import java.util.Optional;

@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Document add(Document document) {
        em.persist(document);
        em.flush();
        return document;
    }

    @Override
    public Optional<Document> find(long id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }

    @Override
    public Optional<Document> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Document.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Extraction> extraction(String sha256) {
        return Optional.ofNullable(em.find(Extraction.class, sha256));
    }

    @Override
    public java.util.List<Document> grantedBy(String grantedBy) {
        @SuppressWarnings("unchecked")
        java.util.List<Number> ids = em.createNativeQuery("SELECT DISTINCT document_id FROM document_reader WHERE granted_by = ?1 ORDER BY 1")
                .setParameter(1, grantedBy).getResultList();
        return ids.stream().map(id -> findForUpdate(id.longValue())).flatMap(Optional::stream).toList();
    }

    @Override
    public void markTitleFromFile(long documentId) {
        em.createNativeQuery("UPDATE document SET title_from_file = true WHERE id = ?1").setParameter(1, documentId).executeUpdate();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
