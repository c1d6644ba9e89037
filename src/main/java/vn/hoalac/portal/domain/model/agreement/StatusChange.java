package vn.hoalac.portal.domain.model.agreement;

import java.time.LocalDate;

/**
 * What the passing of the days changed: an agreement's status (EXPIRING, EXPIRED), or one of its milestones became
 * OVERDUE ({@code milestoneId} set).
 */
public record StatusChange(long agreementId, String number, AgreementStatus status, Long milestoneId, String milestone, LocalDate milestoneDue) {

    public static StatusChange agreement(long agreementId, String number, AgreementStatus status) {
        return new StatusChange(agreementId, number, status, null, null, null);
    }

    public static StatusChange milestone(long agreementId, long milestoneId, String title, LocalDate due) {
        return new StatusChange(agreementId, null, null, milestoneId, title, due);
    }

    public boolean isMilestone() {
        return milestoneId != null;
    }

    /** As the audit trail words it: {@code agreement 12 01/2025/TTHT → EXPIRED}, {@code agreement 12 milestone 'Báo cáo' → OVERDUE}. */
    public String describe() {
        return isMilestone() ? "agreement " + agreementId + " milestone '" + milestone + "' → OVERDUE"
                : "agreement " + agreementId + " " + number + " → " + status;
    }
}
