package vn.hoalac.portal.domain.model.plan;

/** The drafters' answer to a reviewer's comment (tiếp thu, giải trình). */
public enum Disposition {
    ACCEPTED, PARTIALLY_ACCEPTED, NOT_ACCEPTED
}
