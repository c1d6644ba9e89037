package vn.hoalac.portal.interfaces.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.OrganizationDirectory;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.plan.CommentRevision;
import vn.hoalac.portal.application.plan.DecisionWarnings;
import vn.hoalac.portal.application.plan.PlanAccess;
import vn.hoalac.portal.application.plan.PlanApproval;
import vn.hoalac.portal.application.plan.ReviewSynthesis;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.application.plan.PlanReview;
import vn.hoalac.portal.application.plan.SealCheck;
import vn.hoalac.portal.application.plan.SealedVersion;
import vn.hoalac.portal.application.plan.SealedVersionExport;
import vn.hoalac.portal.application.plan.SynthesisExport;
import vn.hoalac.portal.domain.model.plan.Decision;
import vn.hoalac.portal.domain.model.plan.DecisionOutcome;
import vn.hoalac.portal.domain.model.plan.Seal;
import vn.hoalac.portal.domain.model.plan.Disposition;
import vn.hoalac.portal.domain.model.plan.PlanComment;
import vn.hoalac.portal.domain.model.plan.PlanContent;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.domain.model.plan.Section;
import vn.hoalac.portal.interfaces.web.shell.LocaleSelection;
import vn.hoalac.portal.interfaces.web.shell.Downloads;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A submitted version: its frozen sections and targets, the comments (with the comment form for invited reviewers
 * and the answer forms for the park), the review synthesis, sending to the committee, the decision and the seal.
 */
@Named
@ViewScoped
public class VersionPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PlanReview review;

    @Inject
    PlanApproval approval;

    @Inject
    CommentRevision revision;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    SynthesisExport synthesisExport;

    @Inject
    SealedVersionExport sealedVersionExport;

    @Inject
    LocaleSelection locale;

    @Inject
    PortalUser user;

    private Long id;
    private Integer number;
    private transient PlanVersion version;
    private transient PlanContent content;
    private transient List<PlanComment> comments;
    private transient Map<String, List<PlanComment>> commentsBySection; // asked for by each section, several times a render
    private transient List<Integer> years; // the targets table's columns, asked for by each of its cells
    private final Map<String, CommentForm> commentForms = new HashMap<>();
    private final Map<Long, AnswerForm> answerForms = new HashMap<>();
    private DecisionOutcome outcome; // nothing chosen until the committee chooses
    private Long editing; // the comment whose text its reviewer is changing
    private String editBody;
    private String editQuote;
    private String conclusion;
    private String noticeNumber;
    private LocalDate noticeDate = PortalTime.today();
    private transient SealCheck sealCheck;

    /** A reviewer's comment being written on one section. */
    public static class CommentForm implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String quote;
        private String body;

        public String getQuote() { return quote; }
        public void setQuote(String quote) { this.quote = quote; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
    }

    /** The park's answer being written to one comment, with the comment's row version it was opened at. */
    public static class AnswerForm implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private Disposition disposition;
        private String rationale;
        private long rowVersion;

        public Disposition getDisposition() { return disposition; }
        public void setDisposition(Disposition disposition) { this.disposition = disposition; }
        public String getRationale() { return rationale; }
        public void setRationale(String rationale) { this.rationale = rationale; }
    }

    public void load() {
        if (id == null || number == null) {
            throw new NotFoundException("notFound.noId");
        }
        refresh();
    }

    private void refresh() {
        version = review.version(id, number);
        content = version.content();
        comments = review.visibleComments(version);
        commentsBySection = new HashMap<>();
        comments.forEach(c -> commentsBySection.computeIfAbsent(c.sectionKey(), k -> new ArrayList<>()).add(c));
        TreeSet<Integer> allYears = new TreeSet<>();
        content.targets().forEach(t -> allYears.addAll(t.values().keySet()));
        years = List.copyOf(allYears);
        sealCheck = null;
        for (PlanComment c : comments) {
            AnswerForm form = answerForms.computeIfAbsent(c.id(), k -> new AnswerForm());
            if (form.rowVersion != c.rowVersion()) {
                form.disposition = c.disposition();
                form.rationale = c.rationale();
                form.rowVersion = c.rowVersion();
            }
        }
    }

    private PlanVersion version() {
        if (version == null) {
            refresh();
        }
        return version;
    }

    public PlanVersion getVersion() {
        return version();
    }

    public PlanContent getContent() {
        version();
        return content;
    }

    public List<PlanComment> commentsOn(String sectionKey) {
        version();
        return commentsBySection.getOrDefault(sectionKey, List.of());
    }

    public List<PlanComment> getComments() {
        version();
        return comments;
    }

    /** The comments that stand (the synthesis leaves withdrawn ones out). */
    public List<PlanComment> getStandingComments() {
        return getComments().stream().filter(c -> !c.withdrawn()).toList();
    }

    // a reviewer's own comment: edit or withdraw it while nobody answered it and the review is open

    public boolean mayChange(PlanComment comment) {
        return revision.mayChange(version(), comment);
    }

    public boolean showsText(PlanComment comment) {
        return revision.showsText(comment);
    }

    public boolean mayAnswer(PlanComment comment) {
        return isMayAnswer() && !comment.withdrawn();
    }

    public boolean editing(PlanComment comment) {
        return editing != null && editing == comment.id();
    }

    public void startEdit(PlanComment comment) {
        editing = comment.id();
        editBody = comment.body();
        editQuote = comment.quote();
    }

    public void cancelEdit() {
        editing = null;
    }

    public void saveEdit(PlanComment comment) {
        if (PageActions.attempt(() -> revision.edit(id, number, comment.id(), editQuote, editBody))) {
            editing = null;
            refresh();
            PageActions.info(PageActions.text("version.commentEdited"), null);
        }
    }

    public void withdraw(PlanComment comment) {
        if (PageActions.attempt(() -> revision.withdraw(id, number, comment.id()))) {
            editing = null;
            refresh();
            PageActions.info(PageActions.text("version.commentWithdrawn"), null);
        }
    }

    /** The invited universities with no standing comment, by name (the park and the committee see them). */
    public String silentReviewerNames() {
        return String.join(", ", version().silentReviewers().stream().map(this::organizationName).toList());
    }

    public CommentForm commentForm(String sectionKey) {
        return commentForms.computeIfAbsent(sectionKey, k -> new CommentForm());
    }

    public AnswerForm answerForm(long commentId) {
        return answerForms.computeIfAbsent(commentId, k -> new AnswerForm());
    }

    public boolean isMayComment() {
        return review.mayComment(version());
    }

    public boolean isMayAnswer() {
        return review.mayAnswer(version());
    }

    public boolean isMaySendToCommittee() {
        return approval.maySendToCommittee(version());
    }

    public boolean isMayDecide() {
        return approval.mayDecide(version());
    }

    public boolean isReadsSynthesis() {
        return PlanAccess.readsAllComments(user);
    }

    public String organizationName(String code) {
        return organizations.nameOf(code, locale.getLanguage());
    }

    public String reviewerNames() {
        return String.join(", ", new TreeSet<>(version().reviewers()).stream().map(this::organizationName).toList());
    }

    public void comment(Section section) {
        CommentForm form = commentForm(section.key());
        if (PageActions.attempt(() -> review.comment(id, number, section.key(), form.quote, form.body))) {
            commentForms.remove(section.key());
            refresh();
            PageActions.info(PageActions.text("version.commented", section.title()), null);
        }
    }

    public void answer(PlanComment comment) {
        AnswerForm form = answerForm(comment.id());
        if (PageActions.attempt(() -> review.answer(id, number, comment.id(), form.disposition, form.rationale, form.rowVersion))) {
            refresh();
            PageActions.info(PageActions.text("version.answered"), null);
        }
    }

    public void sendToCommittee() {
        if (PageActions.attempt(() -> approval.submitForApproval(id, number))) {
            PageActions.info(PageActions.text("version.sentToCommittee", number), null);
            reopen();
        }
    }

    /** What the committee is warned of before approving; null when nothing is to be warned of. */
    public DecisionWarnings getWarnings() {
        DecisionWarnings warnings = approval.warnings(version());
        return warnings.any() ? warnings : null;
    }

    /** The chosen decision is complete (the page checks that one was chosen): the confirmation names it, with the warnings. */
    public void prepareDecision() {
        org.primefaces.PrimeFaces.current().executeScript("PF('decideConfirm').show()");
    }

    public String getConfirmText() {
        if (outcome == null) {
            return "";
        }
        return PageActions.text(outcome == DecisionOutcome.APPROVED ? "version.approveConfirm" : "version.returnConfirm",
                number, getContent().code());
    }

    public void decide() {
        if (PageActions.attempt(() -> approval.decide(id, number, outcome, conclusion, noticeNumber, noticeDate))) {
            PageActions.info(PageActions.text(outcome == DecisionOutcome.APPROVED ? "version.approvedDone" : "version.returnedDone", number),
                    null);
            reopen();
        }
    }

    /** After a change of state the whole page changes: open it again, keeping the message. */
    private void reopen() {
        jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + "/plans/version.xhtml?id=" + id + "&n=" + number);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public void verifySeal() {
        if (PageActions.attempt(() -> sealCheck = approval.verifySeal(id, number))) {
            if (sealCheck.intact()) {
                PageActions.info(PageActions.text("version.sealIntact"), sealCheck.recomputedSha256());
            } else {
                PageActions.error(PageActions.text("version.sealBroken"),
                        sealCheck.recomputedSha256() + " " + sealCheck.attachmentProblems().stream().map(PageActions::text).collect(java.util.stream.Collectors.joining("; ")));
            }
        }
    }

    public StreamedContent getSynthesisXlsx() {
        ReviewSynthesis synthesis = review.synthesis(id, number);
        return Downloads.of("tong-hop-y-kien-" + synthesis.planCode() + "-lan-" + number + ".xlsx", Downloads.XLSX,
                out -> synthesisExport.xlsx(synthesis, out));
    }

    public StreamedContent getSynthesisPdf() {
        ReviewSynthesis synthesis = review.synthesis(id, number);
        return Downloads.of("tong-hop-y-kien-" + synthesis.planCode() + "-lan-" + number + ".pdf", Downloads.PDF,
                out -> synthesisExport.pdf(synthesis, out));
    }

    public StreamedContent getApprovedPdf() {
        SealedVersion sealed = approval.sealedVersion(id, number);
        return Downloads.of(sealed.content().code() + "-phien-ban-" + number + "-da-phe-duyet.pdf", Downloads.PDF,
                out -> sealedVersionExport.pdf(sealed, out));
    }

    /** The decision, or null (EL unwraps Optionals on its own, so pages get plain values). */
    public Decision getDecision() {
        return version().decision().orElse(null);
    }

    public Seal getSeal() {
        return version().seal().orElse(null);
    }

    public String sectionTitle(String key) {
        return getContent().section(key).map(Section::title).orElse(key);
    }

    public List<Integer> getYears() {
        version();
        return years;
    }

    public List<Disposition> getDispositions() {
        return List.of(Disposition.values());
    }

    public String getEditBody() { return editBody; }
    public void setEditBody(String editBody) { this.editBody = editBody; }
    public String getEditQuote() { return editQuote; }
    public void setEditQuote(String editQuote) { this.editQuote = editQuote; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Integer getNumber() { return number; }
    public void setNumber(Integer number) { this.number = number; }
    public DecisionOutcome getOutcome() { return outcome; }
    public void setOutcome(DecisionOutcome outcome) { this.outcome = outcome; }
    public String getConclusion() { return conclusion; }
    public void setConclusion(String conclusion) { this.conclusion = conclusion; }
    public String getNoticeNumber() { return noticeNumber; }
    public void setNoticeNumber(String noticeNumber) { this.noticeNumber = noticeNumber; }
    public LocalDate getNoticeDate() { return noticeDate; }
    public void setNoticeDate(LocalDate noticeDate) { this.noticeDate = noticeDate; }
    public SealCheck getSealCheck() { return sealCheck; }
    public LocalDate getToday() { return PortalTime.today(); }
}
