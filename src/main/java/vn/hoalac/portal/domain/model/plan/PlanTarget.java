package vn.hoalac.portal.domain.model.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A target row of the working copy, with its value per year. */
@Entity
@Table(name = "plan_target")
public class PlanTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "unit")
    private String unit;

    @Column(name = "target_group")
    private String group;

    @Column(name = "lead_unit")
    private String leadUnit;

    @Column(name = "position", nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_target_value", joinColumns = @JoinColumn(name = "target_id"))
    @MapKeyColumn(name = "year")
    @Column(name = "value")
    private Map<Integer, BigDecimal> values = new HashMap<>();

    protected PlanTarget() {
    }

    PlanTarget(Plan plan, Target target, int position) {
        this.plan = plan;
        this.code = target.code();
        this.position = position;
        change(target, position);
    }

    /** @return whether anything changed */
    boolean change(Target target, int newPosition) {
        boolean changed = !Objects.equals(name, target.name()) || !Objects.equals(unit, target.unit())
                || !Objects.equals(group, target.group()) || !Objects.equals(leadUnit, target.leadUnit())
                || position != newPosition || !toTarget().values().equals(target.values());
        name = target.name();
        unit = target.unit();
        group = target.group();
        leadUnit = target.leadUnit();
        position = newPosition;
        if (!new TreeMap<>(values).equals(new TreeMap<>(target.values()))) {
            values.keySet().retainAll(target.values().keySet());
            values.putAll(target.values());
        }
        return changed;
    }

    public Target toTarget() {
        return new Target(code, name, unit, group, leadUnit, new TreeMap<>(values));
    }

    public Long id() { return id; }
    public String code() { return code; }
    public int position() { return position; }
}
