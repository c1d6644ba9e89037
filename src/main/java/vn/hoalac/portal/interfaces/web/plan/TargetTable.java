package vn.hoalac.portal.interfaces.web.plan;

import vn.hoalac.portal.domain.model.plan.Plan;
import vn.hoalac.portal.domain.model.plan.Target;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The editable targets table of a plan's working copy, as the user is changing it: its rows, the years shown as
 * columns, the revision it was loaded at, and who saved over that revision meanwhile ("who · when") once a save was
 * refused for it.
 */
public class TargetTable implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final List<Row> rows;
    private final List<Integer> years;
    private final long revision;
    private String staleBy;

    /** A row of the table. */
    public static class Row implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String code;
        private String name;
        private String unit;
        private String group;
        private String leadUnit;
        private Map<Integer, BigDecimal> values = new HashMap<>();

        Row() {
        }

        Row(Target t) {
            code = t.code();
            name = t.name();
            unit = t.unit();
            group = t.group();
            leadUnit = t.leadUnit();
            values = new HashMap<>(t.values());
        }

        Target toTarget() {
            return new Target(code, name, unit, group, leadUnit, new TreeMap<>(values));
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public String getGroup() { return group; }
        public void setGroup(String group) { this.group = group; }
        public String getLeadUnit() { return leadUnit; }
        public void setLeadUnit(String leadUnit) { this.leadUnit = leadUnit; }
        public Map<Integer, BigDecimal> getValues() { return values; }
    }

    /** No rows and no years (never changed): a table not read yet, while Faces saves the view's state ({@link PlanTargets#getTable}). */
    static final TargetTable EMPTY = new TargetTable(List.of(), List.of(), 0);

    private TargetTable(List<Row> rows, List<Integer> years, long revision) {
        this.rows = rows;
        this.years = years;
        this.revision = revision;
    }

    /** The table as the working copy has it now; a plan without targets offers 2025, 2027 and its horizon and vision years. */
    static TargetTable of(Plan plan) {
        TreeSet<Integer> years = new TreeSet<>();
        plan.targets().forEach(t -> years.addAll(t.values().keySet()));
        if (years.isEmpty()) {
            years.addAll(List.of(2025, 2027, plan.horizonYear(), plan.visionYear()));
        }
        return new TargetTable(new ArrayList<>(plan.targets().stream().map(Row::new).toList()), new ArrayList<>(years),
                plan.targetsRevision());
    }

    List<Target> toTargets() {
        return rows.stream().map(Row::toTarget).toList();
    }

    void addRow() {
        rows.add(new Row());
    }

    void removeRow(Row row) {
        rows.remove(row);
    }

    /** Adds a column for a year between 2000 and 2100 that the table does not show yet. */
    void addYear(Integer year) {
        if (year != null && year >= 2000 && year <= 2100 && !years.contains(year)) {
            years.add(year);
            years.sort(Integer::compareTo);
        }
    }

    void markStale(String by) {
        staleBy = by;
    }

    /** The revision of the table it was loaded at (the page marks its form with it). */
    public long getRevision() {
        return revision;
    }

    long revision() {
        return revision;
    }

    public List<Row> getRows() { return rows; }
    public List<Integer> getYears() { return years; }
    public String getStaleBy() { return staleBy; }
    public int size() { return rows.size(); }
}
