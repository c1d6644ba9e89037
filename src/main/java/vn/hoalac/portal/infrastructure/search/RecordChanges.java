package vn.hoalac.portal.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.hoalac.portal.application.audit.AuditRecorded;
import vn.hoalac.portal.application.document.ReadersChanged;

/**
 * Every change of a document, plan (draft, version, comment, answer, decision), agreement or proposal (opinions,
 * reviewers, decision) is recorded in the audit trail in the transaction that makes it; this logs it for search in
 * that same transaction. A plan version ({@code PLAN_VERSION 3/2}) is its plan's: the plan's entries are re-read whole.
 * A document whose readers change through a record that shares it is logged the same way.
 */
@ApplicationScoped
public class RecordChanges {

    @Inject
    ChangeLog log;

    void recorded(@Observes AuditRecorded change) {
        if (change.entityType() == null || change.entityId() == null) {
            return;
        }
        String type = switch (change.entityType()) {
            case "DOCUMENT", "PLAN", "AGREEMENT", "PROPOSAL" -> change.entityType();
            case "PLAN_VERSION" -> "PLAN";
            default -> null;
        };
        if (type == null) {
            return;
        }
        String id = change.entityId();
        int slash = id.indexOf('/');
        try {
            log.changed(type, Long.parseLong(slash < 0 ? id : id.substring(0, slash)));
        } catch (NumberFormatException e) {
            // not a record id (e.g. an administrator's action on all documents): nothing searchable changed
        }
    }

    void readersChanged(@Observes ReadersChanged change) {
        log.changed("DOCUMENT", change.documentId());
    }
}
