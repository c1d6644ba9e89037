package vn.hoalac.portal.interfaces.web.plan;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.plan.PlanDrafting;
import vn.hoalac.portal.application.plan.PlanSummary;
import vn.hoalac.portal.domain.model.plan.Plan;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The plans page: the plans the user may see, and a new plan for park managers. */
@Named
@ViewScoped
public class PlanList implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PlanDrafting drafting;

    /** The list is the same on every visit until a plan or version changes. */
    @Inject
    vn.hoalac.portal.application.audit.ChangeCache cache;

    @Inject
    vn.hoalac.portal.domain.model.identity.PortalUser user;

    private transient List<PlanSummary> plans;
    private String code;
    private String title;
    private Integer horizonYear = 2030;
    private Integer visionYear = 2045;

    public List<PlanSummary> getPlans() {
        if (plans == null) {
            plans = cache.get("plans.list", user, () -> List.copyOf(drafting.list()));
        }
        return plans;
    }

    public boolean isMayCreate() {
        return drafting.mayDraft();
    }

    public void create() throws IOException {
        Optional<Plan> created = PageActions.attemptAndGet(() -> drafting.create(code, title, horizonYear, visionYear));
        if (created.isPresent()) {
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                            + "/plans/plan.xhtml?id=" + created.get().id());
        }
    }

    /** The pattern of a plan's code, for the page to check before sending (the rule itself is PlanDrafting's). */
    public String getCodePattern() {
        return PlanDrafting.CODE.pattern();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Integer getHorizonYear() { return horizonYear; }
    public void setHorizonYear(Integer horizonYear) { this.horizonYear = horizonYear; }
    public Integer getVisionYear() { return visionYear; }
    public void setVisionYear(Integer visionYear) { this.visionYear = visionYear; }
}
