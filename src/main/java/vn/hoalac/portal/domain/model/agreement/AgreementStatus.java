package vn.hoalac.portal.domain.model.agreement;

import java.time.LocalDate;

/**
 * DRAFT → NEGOTIATING → ACTIVE (signed, effective dates) → EXPIRING (within 90 days of its end) → EXPIRED, or
 * TERMINATED. ACTIVE, EXPIRING and EXPIRED follow from the end date: whoever saves "active" gets the one the date
 * says, and a timer moves them on as the days pass.
 */
public enum AgreementStatus {
    DRAFT, NEGOTIATING, ACTIVE, EXPIRING, EXPIRED, TERMINATED;

    public static final int EXPIRING_DAYS = 90;

    public boolean inForce() {
        return this == ACTIVE || this == EXPIRING || this == EXPIRED;
    }

    /** The status a signed agreement has on {@code today} given its end date; other statuses stay as they are. */
    public AgreementStatus on(LocalDate today, LocalDate effectiveTo) {
        if (!inForce() || effectiveTo == null) {
            return this;
        }
        if (effectiveTo.isBefore(today)) {
            return EXPIRED;
        }
        return effectiveTo.isAfter(today.plusDays(EXPIRING_DAYS)) ? ACTIVE : EXPIRING;
    }
}
