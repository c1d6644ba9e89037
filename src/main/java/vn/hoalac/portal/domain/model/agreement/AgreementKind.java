package vn.hoalac.portal.domain.model.agreement;

/** Thỏa thuận hợp tác (agreement) or biên bản ghi nhớ (memorandum of understanding). */
public enum AgreementKind {
    AGREEMENT, MEMORANDUM
}
