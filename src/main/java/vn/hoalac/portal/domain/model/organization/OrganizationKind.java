package vn.hoalac.portal.domain.model.organization;

public enum OrganizationKind {
    PARK,
    UNIVERSITY,
    COMMITTEE
}
