package vn.hoalac.portal.interfaces.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.plan.PlanAccess;
import vn.hoalac.portal.domain.model.identity.PortalUser;
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
    PlanReview review;

    @Inject
    VersionComparison comparer;

    @Inject
    PortalUser user;

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
            // a single version is set against the working draft, for those who read it
            to = all.size() == 1 && isReadsDraft() ? VersionComparison.DRAFT : all.getLast().number();
        }
        if (from == null) {
            from = all.size() > 1 ? all.get(all.size() - 2).number() : all.getLast().number();
        }
        compare();
    }

    /** Whether the working draft is among the choices (the park and the committee). */
    public boolean isReadsDraft() {
        return PlanAccess.readsDrafts(user);
    }

    /** What can be compared: the working draft first (for those who read it), then every version the caller may read. */
    public List<Integer> getChoices() {
        List<Integer> choices = new java.util.ArrayList<>();
        if (isReadsDraft()) {
            choices.add(VersionComparison.DRAFT);
        }
        getVersions().forEach(v -> choices.add(v.number()));
        return choices;
    }

    /** "Bản đang soạn" for the draft, "Dự thảo lần N" for a version. */
    public String label(Integer number) {
        if (number == null) {
            return "";
        }
        return number == VersionComparison.DRAFT ? PageActions.text("compare.draft") : PageActions.text("version.draftN") + " " + number;
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
