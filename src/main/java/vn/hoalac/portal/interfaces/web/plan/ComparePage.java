package vn.hoalac.portal.interfaces.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.plan.PlanComparison;
import vn.hoalac.portal.application.plan.PlanReview;
import vn.hoalac.portal.application.plan.VersionComparison;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** Two versions of a plan side by side: section texts with changes marked, and the target values that changed. */
@Named
@ViewScoped
public class ComparePage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient PlanReview review;

    @Inject
    transient VersionComparison comparer;

    private Long id;
    private Integer from;
    private Integer to;
    private String planTitle;
    private transient List<PlanVersion> versions;
    private transient PlanComparison comparison;

    public void load() {
        if (id == null) {
            throw new NotFoundException("notFound.noId");
        }
        List<PlanVersion> all = getVersions();
        if (all.isEmpty()) {
            throw new NotFoundException("notFound.noVersions");
        }
        planTitle = all.getFirst().plan().title();
        if (to == null) {
            to = all.getLast().number();
        }
        if (from == null) {
            from = all.size() > 1 ? all.get(all.size() - 2).number() : to;
        }
        compare();
    }

    public void compare() {
        PageActions.attempt(() -> comparison = comparer.compare(id, from, to));
    }

    public List<PlanVersion> getVersions() {
        if (versions == null) {
            versions = review.versions(id);
        }
        return versions;
    }

    public List<PlanComparison.SectionChange> getChangedSections() {
        return comparison == null ? List.of()
                : comparison.sections().stream().filter(s -> s.kind() != PlanComparison.Kind.EQUAL).toList();
    }

    public long getUnchangedSections() {
        return comparison == null ? 0 : comparison.sections().stream().filter(s -> s.kind() == PlanComparison.Kind.EQUAL).count();
    }

    public PlanComparison getComparison() { return comparison; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Integer getFrom() { return from; }
    public void setFrom(Integer from) { this.from = from; }
    public Integer getTo() { return to; }
    public void setTo(Integer to) { this.to = to; }
    public String getPlanTitle() { return planTitle; }
}
