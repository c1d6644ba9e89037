package vn.hoalac.portal.interfaces.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.OrganizationDirectory;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.plan.PlanReview;
import vn.hoalac.portal.domain.model.organization.Organization;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The versions tab of the plan page: the submitted versions, newest first, and the form that submits the working copy
 * as a new version to the universities it names (once no version is open any more).
 */
@Named
@ViewScoped
public class PlanVersions implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PlanReview review;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    PlanPage page;

    private transient List<PlanVersion> versions;
    private String submitNote;
    private List<String> submitReviewers = new ArrayList<>();
    private LocalDate submitDeadline = PortalTime.today().plusDays(14);

    public List<PlanVersion> getVersions() {
        if (versions == null) {
            versions = new ArrayList<>(review.versions(page.getId()));
            versions.sort((a, b) -> Integer.compare(b.number(), a.number()));
        }
        return versions;
    }

    public boolean isMaySubmit() {
        return page.isMayDraft() && getVersions().stream().noneMatch(v -> v.status().isOpen());
    }

    public List<Organization> getUniversities() {
        return organizations.universities();
    }

    public void submit() {
        PageActions.attemptAndGet(() -> review.submit(page.getId(), submitNote, submitReviewers, submitDeadline)).ifPresent(submitted -> {
            PageActions.info(PageActions.text("plan.submitted", submitted.number()), null);
            submitNote = null;
            submitReviewers = new ArrayList<>();
            versions = null;
        });
    }

    public String getSubmitNote() { return submitNote; }
    public void setSubmitNote(String submitNote) { this.submitNote = submitNote; }
    public List<String> getSubmitReviewers() { return submitReviewers; }
    public void setSubmitReviewers(List<String> submitReviewers) { this.submitReviewers = submitReviewers; }
    public LocalDate getSubmitDeadline() { return submitDeadline; }
    public void setSubmitDeadline(LocalDate submitDeadline) { this.submitDeadline = submitDeadline; }
    public LocalDate getToday() { return PortalTime.today(); }
}
