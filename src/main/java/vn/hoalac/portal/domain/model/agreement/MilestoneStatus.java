package vn.hoalac.portal.domain.model.agreement;

public enum MilestoneStatus {
    OPEN, DONE, OVERDUE
}
