package vn.hoalac.portal.application.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.domain.model.document.Document;
import vn.hoalac.portal.domain.model.document.DocumentRepository;
import vn.hoalac.portal.domain.model.document.ReaderGrant;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the shares of a record's files equal to the record: each file the record lists is read by the record's readers,
 * and a file it no longer lists (or a reader it no longer has) loses what the record granted. Called by each use case
 * that changes a record's files or its readers (agreement parties, proposal reviewers), in the same transaction, so
 * the library, the document's page, its downloads and search follow at once.
 */
@ApplicationScoped
public class DocumentShares {

    @Inject
    DocumentRepository documents;

    @Inject
    Event<ReadersChanged> readersChanged;

    /**
     * @param recordType  AGREEMENT or PROPOSAL
     * @param documentIds every document the record lists now
     * @param readers     the record's reader tokens now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void grant(String recordType, long recordId, Collection<Long> documentIds, Set<String> readers) {
        String source = ReaderGrant.record(recordType, recordId);
        Map<Long, Document> affected = new LinkedHashMap<>();
        for (Document d : documents.grantedBy(source)) {
            affected.put(d.id(), d);
        }
        for (Long id : documentIds) {
            if (id != null && !affected.containsKey(id)) {
                documents.findForUpdate(id).ifPresent(d -> affected.put(id, d));
            }
        }
        affected.values().forEach(d -> {
            d.grant(source, documentIds.contains(d.id()) ? readers : Set.of());
            readersChanged.fire(new ReadersChanged(d.id())); // who finds it changed
        });
    }
}
