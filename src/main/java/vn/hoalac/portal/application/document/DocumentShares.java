package vn.hoalac.portal.application.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.Readers;
import vn.hoalac.portal.application.notification.Audience;
import vn.hoalac.portal.application.notification.NotificationEvent;
import vn.hoalac.portal.application.notification.NotificationKind;
import vn.hoalac.portal.application.notification.Notifications;
import vn.hoalac.portal.domain.model.Sha256;
import vn.hoalac.portal.domain.model.document.Document;
import vn.hoalac.portal.domain.model.document.DocumentRepository;
import vn.hoalac.portal.domain.model.document.ReaderGrant;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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

    @Inject
    Notifications notifications;

    /**
     * @param recordType  AGREEMENT or PROPOSAL
     * @param documentIds every document the record lists now
     * @param readers     the record's reader tokens now
     * @param actor       who changed the record (told to those who can read a file now and could not before)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void grant(String recordType, long recordId, Collection<Long> documentIds, Set<String> readers, String actor) {
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
            Set<String> before = d.readers();
            d.grant(source, documentIds.contains(d.id()) ? readers : Set.of());
            readersChanged.fire(new ReadersChanged(d.id())); // who finds it changed
            Set<String> added = new TreeSet<>(d.readers());
            added.removeAll(before);
            if (!added.isEmpty()) {
                notifications.publish(NotificationEvent.of(NotificationKind.DOCUMENT_SHARED, "DOCUMENT", d.id(), d.title(), actor,
                                source + ":" + Sha256.hex(String.join(",", added)).substring(0, 16), java.util.Map.of()),
                        audience(added), user -> DocumentAccess.hasAnyPortalRole(user) && Readers.reads(user, before));
            }
        });
    }

    /** The people the reader tokens name: everyone with a role, or the members with a role of an organization. */
    static Audience audience(Set<String> tokens) {
        Audience audience = Audience.users(Set.of());
        for (String token : tokens) {
            String[] parts = token.split(":");
            if (parts.length == 2 && "role".equals(parts[0])) {
                Optional<Role> role = Role.fromClaim(parts[1]);
                if (role.isPresent()) {
                    audience = audience.and(Audience.roles(role.get()));
                }
            } else if (parts.length == 3 && "org".equals(parts[0])) {
                Optional<Role> role = Role.fromClaim(parts[2]);
                if (role.isPresent()) {
                    audience = audience.and(Audience.members(role.get(), Set.of(parts[1])));
                }
            }
        }
        return audience;
    }
}
