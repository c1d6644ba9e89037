package vn.hoalac.portal.domain.model.plan;

/** Life cycle of a submitted plan version (DOMAIN.md); the working copy (draft) is not a version. */
public enum VersionStatus {
    IN_REVIEW, SUBMITTED_FOR_APPROVAL, APPROVED, RETURNED;

    public boolean isOpen() {
        return this == IN_REVIEW || this == SUBMITTED_FOR_APPROVAL;
    }
}
