package vn.hoalac.portal.interfaces.web.agreement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.proposal.ProposalDesk;
import vn.hoalac.portal.domain.model.proposal.Proposal;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The list of proposals the user may read (proposals/index); {@link ProposalSubmission} is its form for a new one. */
@Named
@ViewScoped
public class ProposalList implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProposalDesk desk;

    private transient List<Proposal> proposals;

    public List<Proposal> getProposals() {
        if (proposals == null) {
            proposals = desk.list();
        }
        return proposals;
    }

    public boolean isMaySubmit() { return desk.maySubmit(); }
}
