package vn.hoalac.portal.interfaces.web.agreement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.OrganizationDirectory;
import vn.hoalac.portal.application.proposal.ProposalDesk;
import vn.hoalac.portal.domain.model.organization.Organization;
import vn.hoalac.portal.domain.model.proposal.Proposal;
import vn.hoalac.portal.domain.model.proposal.TargetLink;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The park's forms of proposals/view: invite universities to review the proposal, decide on it, and link an accepted
 * proposal to an agreement and to plan targets.
 */
@Named
@ViewScoped
public class ProposalManagement implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProposalDesk desk;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    ProposalView view;

    private List<String> reviewers = new ArrayList<>();
    private String outcome; // none until the park chooses
    private String decisionNote;
    private Long linkAgreement;
    private String linkTargets;

    /** Starts the link form from the links the proposal has now. */
    void fill(Proposal proposal, String linkedTargets) {
        linkAgreement = proposal.agreementId();
        linkTargets = linkedTargets;
    }

    public void invite() throws IOException {
        if (PageActions.attempt(() -> desk.invite(view.getId(), reviewers))) {
            ProposalView.open(view.getId(), PageActions.text("proposal.invited"));
        }
    }

    public void decide() throws IOException {
        if (PageActions.attempt(() -> desk.decide(view.getId(), outcome, decisionNote))) {
            ProposalView.open(view.getId(), PageActions.text("proposal.decided"));
        }
    }

    /** The confirmation names the chosen decision and the proposal; empty while none is chosen (the page then asks for one). */
    public String getConfirmText() {
        if (outcome == null) {
            return "";
        }
        return PageActions.text("ACCEPTED".equals(outcome) ? "proposal.acceptConfirm" : "proposal.rejectConfirm",
                view.getProposal().title());
    }

    /** Links as typed: "planId:CODE, planId:CODE". */
    public void link() throws IOException {
        List<TargetLink> links = new ArrayList<>();
        for (String part : linkTargets == null ? new String[0] : linkTargets.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String[] bits = part.split(":");
            try {
                links.add(new TargetLink(Long.parseLong(bits[0].strip()), bits[1].strip()));
            } catch (RuntimeException e) {
                PageActions.error(PageActions.text("proposal.badLink", part), null);
                return;
            }
        }
        if (PageActions.attempt(() -> desk.link(view.getId(), linkAgreement, links))) {
            ProposalView.open(view.getId(), PageActions.text("proposal.linked"));
        }
    }

    public boolean isMayManage() { return desk.mayManage(); }

    public List<Organization> getUniversities() {
        return organizations.universities();
    }

    public List<String> getReviewers() { return reviewers; }
    public void setReviewers(List<String> reviewers) { this.reviewers = reviewers; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getDecisionNote() { return decisionNote; }
    public void setDecisionNote(String decisionNote) { this.decisionNote = decisionNote; }
    public Long getLinkAgreement() { return linkAgreement; }
    public void setLinkAgreement(Long linkAgreement) { this.linkAgreement = linkAgreement; }
    public String getLinkTargets() { return linkTargets; }
    public void setLinkTargets(String linkTargets) { this.linkTargets = linkTargets; }
}
