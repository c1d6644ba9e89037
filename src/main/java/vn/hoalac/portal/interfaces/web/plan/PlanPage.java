package vn.hoalac.portal.interfaces.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.plan.PlanDrafting;
import vn.hoalac.portal.domain.model.plan.Plan;

import java.io.Serial;
import java.io.Serializable;

/**
 * The plan page (plans/plan.xhtml?id=): loads the plan, or answers 404, and says what the user may do with it. Each
 * tab has its own bean, which asks this one for the plan: {@link PlanVersions} (the submitted versions and the form
 * that submits a new one), and for those who read the working copy {@link PlanSections}, {@link PlanTargets} and
 * {@link PlanAttachments}.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PlanDrafting drafting;

    private Long id;
    private String code;
    private String title;
    private int horizonYear;
    private int visionYear;
    private boolean readsDraft;
    private boolean mayDraft;

    /**
     * Called by the page's viewAction: loads the plan, or answers 404. Its working copy is read by the tabs' beans when
     * their tab is first drawn (the tabs are drawn when opened).
     */
    public void load() {
        if (id == null) {
            throw new NotFoundException("notFound.noId");
        }
        Plan plan = drafting.planAlone(id);
        code = plan.code();
        title = plan.title();
        horizonYear = plan.horizonYear();
        visionYear = plan.visionYear();
        readsDraft = drafting.readsDrafts();
        mayDraft = drafting.mayDraft();
    }

    /**
     * Whether Faces is saving the view's state now. It walks every component then, the rows of the tables in tabs that
     * were never opened included: a tab's bean that has not read its part of the working copy yet answers empty
     * instead of reading it only for that walk (nothing was drawn, so there is no row state to keep).
     */
    static boolean savingState() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        return faces != null && faces.getAttributes().containsKey(jakarta.faces.application.StateManager.IS_SAVING_STATE);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public int getHorizonYear() { return horizonYear; }
    public int getVisionYear() { return visionYear; }
    public boolean isReadsDraft() { return readsDraft; }
    public boolean isMayDraft() { return mayDraft; }
}
