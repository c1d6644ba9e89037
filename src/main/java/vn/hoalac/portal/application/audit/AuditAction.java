package vn.hoalac.portal.application.audit;

/**
 * Every kind of event the audit trail records. The name is what is stored in {@code audit_event.action}, exported and
 * filtered on, so a constant is never renamed. The pages read each as a sentence of the bundles ({@code audit.sentence.*})
 * and name it in words ({@code audit.action.*}); a new constant needs both, in both languages (AuditSentencesTest).
 */
public enum AuditAction {
    LOGIN,
    ACCESS_DENIED,

    DOCUMENT_UPLOADED,
    DOCUMENT_VERSION_ADDED,
    DOCUMENT_RESTORED,
    EXTRACTIONS_RERUN,

    PLAN_CREATED,
    DRAFT_SAVED,
    SECTION_SAVED,
    SECTION_ADDED,
    SECTION_REMOVED,
    SECTION_MOVED,
    TARGETS_SAVED,
    ATTACHMENT_ADDED,
    ATTACHMENT_REMOVED,
    VERSION_SUBMITTED,
    COMMENT_ADDED,
    COMMENT_ANSWERED,
    COMMENT_EDITED,
    COMMENT_WITHDRAWN,
    VERSION_TO_APPROVAL,
    VERSION_APPROVED,
    VERSION_RETURNED,
    PROGRESS_REPORTED,
    PROGRESS_CORRECTED,

    AGREEMENT_REGISTERED,
    AGREEMENT_UPDATED,
    AGREEMENT_STATUS_REFRESHED,

    PROPOSAL_SUBMITTED,
    PROPOSAL_REVIEWERS_INVITED,
    PROPOSAL_OPINION,
    PROPOSAL_DECIDED,
    PROPOSAL_LINKED,

    SEARCH_INDEX_REBUILT
}
