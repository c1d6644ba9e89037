package vn.hoalac.portal.domain.model.proposal;

/** SUBMITTED → IN_REVIEW (reviewer organizations invited) → ACCEPTED or REJECTED by the park. */
public enum ProposalStatus {
    SUBMITTED, IN_REVIEW, ACCEPTED, REJECTED;

    public boolean decided() {
        return this == ACCEPTED || this == REJECTED;
    }
}
