package vn.hoalac.portal.domain.model.plan;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A numeric target (chỉ tiêu): its code, name, unit, group, responsible lead unit and its value for each year
 * (to the horizon year and the vision year). Values are kept without trailing zeros so that 20000 and 20000.00
 * are the same target value.
 */
public record Target(String code, String name, String unit, String group, String leadUnit, SortedMap<Integer, BigDecimal> values) {

    public Target {
        TreeMap<Integer, BigDecimal> copy = new TreeMap<>();
        if (values != null) {
            values.forEach((year, value) -> {
                if (year != null && value != null) {
                    copy.put(year, normalise(value));
                }
            });
        }
        values = Collections.unmodifiableSortedMap(copy);
    }

    public BigDecimal value(int year) {
        return values.get(year);
    }

    /** Below 10^15 in magnitude and with at most 6 decimals: what a target value or an actual value can be. */
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
