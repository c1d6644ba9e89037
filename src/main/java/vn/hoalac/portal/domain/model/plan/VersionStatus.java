package vn.hoalac.portal.domain.model.plan;

import vn.hoalac.portal.domain.model.Worded;

/** Life cycle of a submitted plan version (DOMAIN.md); the working copy (draft) is not a version. */
public enum VersionStatus implements Worded {
    IN_REVIEW, SUBMITTED_FOR_APPROVAL, APPROVED, RETURNED;

    public boolean isOpen() {
        return this == IN_REVIEW || this == SUBMITTED_FOR_APPROVAL;
    }

    /** The status as a refusal's sentence says it ("đang lấy ý kiến"), not the label of a table ("Đang lấy ý kiến"). */
    @Override
    public String wordsKey() {
        return "version.statusWords." + name();
    }
}
