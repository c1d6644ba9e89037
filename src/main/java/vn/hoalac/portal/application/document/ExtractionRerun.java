package vn.hoalac.portal.application.document;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.AccessPolicy;
import vn.hoalac.portal.application.audit.AuditAction;
import vn.hoalac.portal.application.audit.AuditTrail;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

/**
 * Administrators have failed extractions done again, all of them or one document's, after a fix or an upgrade: the
 * same bytes uploaded again would reuse the stored result, so nothing else would try them again.
 */
@RequestScoped
public class ExtractionRerun {

    @Inject
    PortalUser user;

    @Inject
    ExtractionScheduling queue;

    @Inject
    AuditTrail audit;

    @Transactional
    public long failed() {
        AccessPolicy.requireAnyRole(user, "action.extractions.read", Role.ADMIN);
        return queue.failedCount();
    }

    /**
     * @param documentId one document's versions, or null for every failed extraction
     * @return how many extractions were queued again
     */
    @Transactional
    public int rerunFailed(Long documentId) {
        AccessPolicy.requireAnyRole(user, "action.extractions.rerun", Role.ADMIN);
        int queuedAgain = queue.retryFailed(documentId);
        audit.record(user, AuditAction.EXTRACTIONS_RERUN, "DOCUMENT", documentId, queuedAgain + " failed extractions queued again");
        return queuedAgain;
    }
}
