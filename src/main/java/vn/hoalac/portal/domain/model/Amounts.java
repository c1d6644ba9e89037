package vn.hoalac.portal.domain.model;

import java.math.BigDecimal;

/**
 * The numbers the portal stores (target values, reported actuals, a proposal's budget and area): below 10^15 in
 * magnitude with at most 6 decimals. A number outside that is refused where it enters, never stored cut or rounded
 * (1e200000 is not 0, 1e-20000 is not an error deep in the database).
 */
public final class Amounts {

    private Amounts() {
    }

    public static boolean inRange(BigDecimal value) {
        return value.scale() >= -15 && value.scale() <= 20 && value.precision() - value.scale() <= 15
                && value.stripTrailingZeros().scale() <= 6;
    }

    /** 20000, 12.5 or 0.75, never 2E+4: the form used in the snapshot, the seal and the pages. */
    public static BigDecimal normalise(BigDecimal value) {
        if (!inRange(value)) {
            throw new IllegalArgumentException("value out of range: " + value.toString().substring(0, Math.min(40, value.toString().length())));
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
