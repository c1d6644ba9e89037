package vn.hoalac.portal.application.document;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.AccessPolicy;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;
import vn.hoalac.portal.infrastructure.audit.AuditTrail;
import vn.hoalac.portal.infrastructure.extraction.ContentQueued;
import vn.hoalac.portal.infrastructure.extraction.ExtractionQueue;

/**
 * Administrators have failed extractions done again, all of them or one document's, after a fix or an upgrade: the
 * same bytes uploaded again would reuse the stored result, so nothing else would try them again.
 */
@RequestScoped
public class ExtractionRerun {

    @Inject
    PortalUser user;

    @Inject
    ExtractionQueue queue;

    @Inject
    Event<ContentQueued> queued;

    @Inject
    AuditTrail audit;

    @Transactional
    public long failed() {
        AccessPolicy.requireAnyRole(user, "Viewing failed extractions", Role.ADMIN);
        return queue.failedCount();
    }

    /**
     * @param documentId one document's versions, or null for every failed extraction
     * @return how many extractions were queued again
     */
    @Transactional
    public int rerunFailed(Long documentId) {
        AccessPolicy.requireAnyRole(user, "Re-running failed extractions", Role.ADMIN);
        int queuedAgain = queue.retryFailed(documentId);
        audit.record(user, "EXTRACTIONS_RERUN", "DOCUMENT", documentId, queuedAgain + " failed extractions queued again");
        if (queuedAgain > 0) {
            queued.fire(new ContentQueued(null));
        }
        return queuedAgain;
    }
}
