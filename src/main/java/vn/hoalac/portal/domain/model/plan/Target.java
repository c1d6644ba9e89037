package vn.hoalac.portal.domain.model.plan;

import vn.hoalac.portal.domain.model.Amounts;

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

    /** What a target value or an actual value can be ({@link Amounts}). */
    public static boolean inRange(BigDecimal value) {
        return Amounts.inRange(value);
    }

    public static BigDecimal normalise(BigDecimal value) {
        return Amounts.normalise(value);
    }
}
