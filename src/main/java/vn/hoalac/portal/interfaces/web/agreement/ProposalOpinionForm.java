package vn.hoalac.portal.interfaces.web.agreement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.proposal.ProposalDesk;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.proposal.OpinionKind;
import vn.hoalac.portal.domain.model.proposal.Proposal;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The opinion form of proposals/view: an invited university gives its opinion, or changes the one it gave. */
@Named
@ViewScoped
public class ProposalOpinionForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProposalDesk desk;

    @Inject
    PortalUser user;

    @Inject
    ProposalView view;

    private OpinionKind opinion; // none until the reviewer chooses
    private String comment;

    /** Starts from the opinion the user's organization gave before, if any. */
    void fill(Proposal proposal) {
        proposal.opinion(user.organizationCode()).ifPresent(o -> {
            opinion = o.opinion();
            comment = o.comment();
        });
    }

    public void give() throws IOException {
        if (PageActions.attempt(() -> desk.giveOpinion(view.getId(), opinion, comment))) {
            ProposalView.open(view.getId(), PageActions.text("proposal.opinionSaved"));
        }
    }

    public boolean isMayGiveOpinion() { return desk.mayGiveOpinion(view.getProposal()); }
    public List<OpinionKind> getOpinionKinds() { return List.of(OpinionKind.values()); }

    public OpinionKind getOpinion() { return opinion; }
    public void setOpinion(OpinionKind opinion) { this.opinion = opinion; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
