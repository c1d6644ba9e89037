package vn.hoalac.portal.interfaces.web.agreement;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.OrganizationDirectory;
import vn.hoalac.portal.application.document.DocumentLibrary;
import vn.hoalac.portal.application.proposal.ProposalDesk;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.proposal.Opinion;
import vn.hoalac.portal.domain.model.proposal.Proposal;
import vn.hoalac.portal.interfaces.web.shell.LocaleSelection;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One proposal (proposals/view?id=), or 404: its facts, documents, reviewers, the opinions the user may read, the
 * decision and its links. Its forms have their own beans: {@link ProposalOpinionForm} (an invited university's
 * opinion) and {@link ProposalManagement} (the park's invitations, decision and links).
 */
@Named
@ViewScoped
public class ProposalView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProposalDesk desk;

    @Inject
    DocumentLibrary library;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    PortalUser user;

    @Inject
    LocaleSelection locale;

    @Inject
    ProposalOpinionForm opinionForm;

    @Inject
    ProposalManagement management;

    private Long id;
    private transient Proposal proposal;
    private String linkedTargets;

    /** Called by the page's viewAction: loads the proposal and fills its forms with what it has now, or answers 404. */
    public void load() {
        if (id == null) {
            throw new NotFoundException("notFound.noId");
        }
        proposal = desk.read(id);
        linkedTargets = String.join(", ", proposal.targets().stream().map(t -> t.planId() + ":" + t.targetCode()).sorted().toList());
        opinionForm.fill(proposal);
        management.fill(proposal, linkedTargets);
    }

    /** Shows the proposal's page with a message, after a change to it (the message survives the redirect). */
    static void open(long proposalId, String message) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        PageActions.info(message, null);
        external.redirect(external.getRequestContextPath() + "/proposals/view.xhtml?id=" + proposalId);
    }

    public Proposal getProposal() {
        if (proposal == null && id != null) {
            proposal = desk.read(id);
        }
        return proposal;
    }

    public List<Opinion> getOpinions() {
        return getProposal().opinions().stream()
                .filter(o -> ProposalDesk.readsAll(user) || o.organization().equals(user.organizationCode())).toList();
    }

    public List<Map.Entry<Long, String>> getDocumentsOf() {
        List<Map.Entry<Long, String>> list = new ArrayList<>();
        for (Long documentId : getProposal().documents()) {
            String name;
            try {
                name = library.read(documentId).title();
            } catch (RuntimeException e) {
                name = "#" + documentId;
            }
            list.add(Map.entry(documentId, name));
        }
        return list;
    }

    public String organizationName(String code) {
        return organizations.nameOf(code, locale.getLanguage());
    }

    public String getReviewerNames() {
        return String.join(", ", new TreeSet<>(getProposal().reviewers()).stream().map(this::organizationName).toList());
    }

    /** The targets the proposal is linked to, as the link form takes them: "planId:CODE, planId:CODE". */
    public String getLinkedTargets() { return linkedTargets; }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
