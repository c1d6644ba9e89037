package vn.hoalac.portal.interfaces.web.agreement;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.OrganizationDirectory;
import vn.hoalac.portal.application.document.DocumentLibrary;
import vn.hoalac.portal.application.proposal.ProposalDesk;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.organization.Organization;
import vn.hoalac.portal.domain.model.proposal.Opinion;
import vn.hoalac.portal.domain.model.proposal.OpinionKind;
import vn.hoalac.portal.domain.model.proposal.Proposal;
import vn.hoalac.portal.domain.model.proposal.TargetLink;
import vn.hoalac.portal.interfaces.web.shell.LocaleSelection;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The proposal pages: the list with the submission form (proposals/index) and one proposal with its documents,
 * reviewers, opinions, decision and links (proposals/view?id=).
 */
@Named
@ViewScoped
public class ProposalPages implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient ProposalDesk desk;

    @Inject
    transient DocumentLibrary library;

    @Inject
    transient OrganizationDirectory organizations;

    @Inject
    transient PortalUser user;

    @Inject
    LocaleSelection locale;

    private Long id;
    private transient Proposal proposal;
    private transient List<Proposal> proposals;
    // submission
    private String title;
    private String purpose;
    private BigDecimal budget;
    private BigDecimal area;
    private String timeline;
    private final Map<Long, String> documents = new LinkedHashMap<>();
    // review and decision
    private List<String> reviewers = new ArrayList<>();
    private OpinionKind opinion = OpinionKind.SUPPORT;
    private String opinionComment;
    private String outcome = "ACCEPTED";
    private String decisionNote;
    private Long linkAgreement;
    private String linkTargets;

    public void load() {
        if (id == null) {
            throw new NotFoundException("no proposal id");
        }
        proposal = desk.read(id);
        proposal.opinion(user.organizationCode()).ifPresent(o -> {
            opinion = o.opinion();
            opinionComment = o.comment();
        });
        linkAgreement = proposal.agreementId();
        linkTargets = String.join(", ", proposal.targets().stream().map(t -> t.planId() + ":" + t.targetCode()).sorted().toList());
    }

    public Proposal getProposal() {
        if (proposal == null && id != null) {
            proposal = desk.read(id);
        }
        return proposal;
    }

    public List<Proposal> getProposals() {
        if (proposals == null) {
            proposals = desk.list();
        }
        return proposals;
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

    public void upload(FileUploadEvent event) {
        PrivateUploads.upload(library, event, "Đề xuất", documents);
    }

    public void removeDocument(long documentId) {
        documents.remove(documentId);
    }

    public void submit() throws IOException {
        Proposal[] created = new Proposal[1];
        if (PageActions.attempt(() -> created[0] = desk.submit(title, purpose, budget, area, timeline, new ArrayList<>(documents.keySet())))) {
            open(created[0].id(), PageActions.text("proposal.submitted"));
        }
    }

    public void invite() throws IOException {
        if (PageActions.attempt(() -> desk.invite(id, reviewers))) {
            open(id, PageActions.text("proposal.invited"));
        }
    }

    public void giveOpinion() throws IOException {
        if (PageActions.attempt(() -> desk.giveOpinion(id, opinion, opinionComment))) {
            open(id, PageActions.text("proposal.opinionSaved"));
        }
    }

    public void decide() throws IOException {
        if (PageActions.attempt(() -> desk.decide(id, outcome, decisionNote))) {
            open(id, PageActions.text("proposal.decided"));
        }
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
        if (PageActions.attempt(() -> desk.link(id, linkAgreement, links))) {
            open(id, PageActions.text("proposal.linked"));
        }
    }

    private void open(long proposalId, String message) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        PageActions.info(message, null);
        external.redirect(external.getRequestContextPath() + "/proposals/view.xhtml?id=" + proposalId);
    }

    public boolean isMayManage() { return desk.mayManage(); }
    public boolean isMaySubmit() { return desk.maySubmit(); }
    public boolean isMayGiveOpinion() { return desk.mayGiveOpinion(getProposal()); }

    public List<Organization> getUniversities() {
        return organizations.universities();
    }

    public String organizationName(String code) {
        return organizations.nameOf(code, locale.getLanguage());
    }

    public String getReviewerNames() {
        return String.join(", ", new java.util.TreeSet<>(getProposal().reviewers()).stream().map(this::organizationName).toList());
    }

    public List<OpinionKind> getOpinionKinds() { return List.of(OpinionKind.values()); }
    public List<Map.Entry<Long, String>> getNewDocuments() { return List.copyOf(documents.entrySet()); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
    public BigDecimal getArea() { return area; }
    public void setArea(BigDecimal area) { this.area = area; }
    public String getTimeline() { return timeline; }
    public void setTimeline(String timeline) { this.timeline = timeline; }
    public List<String> getReviewers() { return reviewers; }
    public void setReviewers(List<String> reviewers) { this.reviewers = reviewers; }
    public OpinionKind getOpinion() { return opinion; }
    public void setOpinion(OpinionKind opinion) { this.opinion = opinion; }
    public String getOpinionComment() { return opinionComment; }
    public void setOpinionComment(String opinionComment) { this.opinionComment = opinionComment; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getDecisionNote() { return decisionNote; }
    public void setDecisionNote(String decisionNote) { this.decisionNote = decisionNote; }
    public Long getLinkAgreement() { return linkAgreement; }
    public void setLinkAgreement(Long linkAgreement) { this.linkAgreement = linkAgreement; }
    public String getLinkTargets() { return linkTargets; }
    public void setLinkTargets(String linkTargets) { this.linkTargets = linkTargets; }
}
