package vn.hoalac.portal.application.audit;

/**
 * A change was recorded, in the transaction that makes it: observers that keep derived data (the search index's
 * change log) bring it up to date before that transaction commits.
 */
public record AuditRecorded(AuditAction action, String entityType, String entityId) {
}
