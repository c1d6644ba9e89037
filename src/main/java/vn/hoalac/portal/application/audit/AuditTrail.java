package vn.hoalac.portal.application.audit;

import vn.hoalac.portal.domain.model.identity.PortalUser;

/**
 * The port through which use cases append to the audit trail. An adapter keeps the events in a hash chain
 * ({@link AuditChain}); appends happen one at a time.
 */
public interface AuditTrail {

    /**
     * Appends an event in the caller's transaction, which must exist: the event exists exactly when the change it
     * records was committed. Fires {@link AuditRecorded} in that transaction.
     */
    void record(PortalUser actor, AuditAction action, String entityType, Object entityId, String details);

    /** Appends an event in a transaction of its own: for what is not a change of data (a login, a refusal). */
    void recordNow(PortalUser actor, AuditAction action, String entityType, Object entityId, String details);

    /**
     * Waits until no audited change is in progress, and keeps the next ones waiting until the caller's transaction
     * ends: every change holds the chain's lock from its audit event to its commit.
     */
    void awaitChanges();
}
