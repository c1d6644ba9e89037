package vn.hoalac.portal.domain.model.plan;

/** What the committee decided on a version submitted for approval. */
public enum DecisionOutcome {
    APPROVED, RETURNED
}
