package vn.hoalac.portal.application.plan;

import vn.hoalac.portal.application.TextComparison;

import java.math.BigDecimal;
import java.util.List;

/** Two versions of a plan compared: each section's text side by side, and every target value that changed. */
public record PlanComparison(int from, int to, List<SectionChange> sections, List<TargetChange> targets) {

    public enum Kind { ADDED, REMOVED, CHANGED, EQUAL }

    public record SectionChange(String key, String title, Kind kind, TextComparison text) {
    }

    /** A target value for one year: {@code from} null when added, {@code to} null when removed. */
    public record TargetChange(String code, String name, Integer year, BigDecimal from, BigDecimal to, Kind kind) {
    }
}
