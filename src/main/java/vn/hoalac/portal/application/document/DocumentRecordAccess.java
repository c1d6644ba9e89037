package vn.hoalac.portal.application.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoalac.portal.application.Readers;
import vn.hoalac.portal.application.notification.RecordAccess;
import vn.hoalac.portal.domain.model.document.DocumentRepository;
import vn.hoalac.portal.domain.model.identity.PortalUser;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Who reads a document ({@link DocumentAccess#canRead}: its reader tokens as they are now), for notifications and following. */
@ApplicationScoped
public class DocumentRecordAccess implements RecordAccess {

    @Inject
    DocumentRepository documents;

    @Override
    public Optional<Predicate<PortalUser>> readers(String recordType, String recordId) {
        return RecordAccess.byId("DOCUMENT", recordType, recordId, id -> documents.find(id).map(d -> {
            Set<String> readers = Set.copyOf(d.readers());
            return (Predicate<PortalUser>) user -> DocumentAccess.hasAnyPortalRole(user) && Readers.reads(user, readers);
        }));
    }
}
