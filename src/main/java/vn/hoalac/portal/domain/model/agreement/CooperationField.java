package vn.hoalac.portal.domain.model.agreement;

/** What an agreement covers. */
public enum CooperationField {
    RESEARCH, TRAINING, INCUBATION, SHARED_LAB, TECH_TRANSFER, EVENTS
}
