package vn.hoalac.portal.domain.model.plan;

/** How a target stands in a reporting period. */
public enum ProgressStatus {
    ON_TRACK, AT_RISK, BEHIND
}
