package vn.hoalac.portal.domain.model.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hoalac.portal.domain.model.Rule;
import vn.hoalac.portal.domain.model.RuleViolation;
import vn.hoalac.portal.domain.model.Sha256;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A submitted version of a plan (Dự thảo lần N): an immutable snapshot of the draft, the organizations invited to
 * review it and their comments, and, once decided, the committee's conclusion. An approved version is sealed: the
 * SHA-256 of its canonical content and decision is stored and the database refuses any change to it.
 */
@Entity
@Table(name = "plan_version")
public class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "note")
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private VersionStatus status;

    @Column(name = "snapshot", nullable = false)
    private String snapshot;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "review_deadline", nullable = false)
    private LocalDate reviewDeadline;

    @Column(name = "to_approval_at")
    private OffsetDateTime toApprovalAt;

    @Column(name = "to_approval_by")
    private String toApprovalBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_outcome")
    private DecisionOutcome decisionOutcome;

    @Column(name = "conclusion")
    private String conclusion;

    @Column(name = "notice_number")
    private String noticeNumber;

    @Column(name = "notice_date")
    private LocalDate noticeDate;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "seal_sha256")
    private String sealSha256;

    @Column(name = "sealed_at")
    private OffsetDateTime sealedAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_version_reviewer", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "organization")
    private Set<String> reviewers = new TreeSet<>();

    @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
    @OrderBy("id ASC")
    private List<PlanComment> comments = new ArrayList<>();

    protected PlanVersion() {
    }

    public PlanVersion(Plan plan, int number, String note, PlanContent content, Set<String> reviewers, LocalDate reviewDeadline,
                       String user, OffsetDateTime now) {
        this.plan = plan;
        this.number = number;
        this.note = note;
        this.snapshot = content.toCanonicalJson();
        this.reviewers = new TreeSet<>(reviewers);
        this.reviewDeadline = reviewDeadline;
        this.status = VersionStatus.IN_REVIEW;
        this.submittedBy = user;
        this.submittedAt = now;
    }

    public PlanContent content() {
        return PlanContent.fromJson(snapshot);
    }

    public boolean invites(String organization) {
        return organization != null && reviewers.contains(organization);
    }

    /** Whether reviewers may still comment on {@code today} (the deadline day included). */
    public boolean openForComments(LocalDate today) {
        return status == VersionStatus.IN_REVIEW && !today.isAfter(reviewDeadline);
    }

    /** Refuses a comment once the review is over or past its deadline. */
    public void requireOpenForComments(LocalDate today) {
        if (status != VersionStatus.IN_REVIEW) {
            throw new RuleViolation(Rule.VERSION_REVIEW_CLOSED, number, status);
        }
        if (!openForComments(today)) {
            throw new RuleViolation(Rule.VERSION_DEADLINE_PASSED, reviewDeadline);
        }
    }

    public PlanComment comment(String sectionKey, String quote, String body, String author, String authorName,
                               String organization, LocalDate today, OffsetDateTime now) {
        requireOpenForComments(today);
        PlanComment comment = new PlanComment(this, sectionKey, quote, body, author, authorName, organization, now);
        comments.add(comment);
        return comment;
    }

    public Optional<PlanComment> findComment(long commentId) {
        return comments.stream().filter(c -> c.id() == commentId).findFirst();
    }

    /** Comments that still wait for the drafters' answer (a withdrawn comment waits for none). */
    public long unansweredComments() {
        return comments.stream().filter(c -> !c.answered() && !c.withdrawn()).count();
    }

    /** The comments that stand: every comment but the withdrawn ones. */
    public List<PlanComment> standingComments() {
        return comments.stream().filter(c -> !c.withdrawn()).toList();
    }

    /** The invited organizations that have no standing comment on this version, in code order. */
    public List<String> silentReviewers() {
        Set<String> heard = new TreeSet<>();
        standingComments().forEach(c -> heard.add(c.organization()));
        return reviewers.stream().filter(r -> !heard.contains(r)).sorted().toList();
    }

    /**
     * Whether the reviewer may still edit or withdraw a comment on {@code today}: while the review is open (the
     * deadline day included) and nobody has answered or withdrawn it.
     */
    public boolean commentChangeable(PlanComment comment, LocalDate today) {
        return comments.contains(comment) && openForComments(today) && !comment.answered() && !comment.withdrawn();
    }

    /** The reviewer's new text of their comment; refused once it is answered or withdrawn, or the review is over. */
    public void editComment(PlanComment comment, String quote, String body, LocalDate today, OffsetDateTime now) {
        requireCommentChangeable(comment, today);
        comment.edit(quote, body, now);
    }

    /** The reviewer takes their comment back; it is kept, marked withdrawn. Refused as {@link #editComment} is. */
    public void withdrawComment(PlanComment comment, LocalDate today, OffsetDateTime now) {
        requireCommentChangeable(comment, today);
        comment.withdraw(now);
    }

    /** Refuses, with the reason, a reviewer's change of a comment that is answered or withdrawn, or after the review. */
    public void requireCommentChangeable(PlanComment comment, LocalDate today) {
        if (!comments.contains(comment)) {
            throw new IllegalArgumentException("comment " + comment.id() + " is not on version " + number);
        }
        comment.requireChangeable();
        requireOpenForComments(today);
    }

    /** Answers may be given and corrected while the version is in review, and are final after. */
    public boolean openForAnswers() {
        return status == VersionStatus.IN_REVIEW;
    }

    public void requireOpenForAnswers() {
        if (!openForAnswers()) {
            throw new RuleViolation(Rule.VERSION_ANSWERS_CLOSED, number, status);
        }
    }

    /**
     * The drafters' answer to one of this version's comments. {@code expectedRowVersion} (optional) refuses to
     * overwrite an answer someone else gave meanwhile.
     */
    public void answer(PlanComment comment, Disposition disposition, String rationale, Long expectedRowVersion, String user,
                       OffsetDateTime now) {
        if (!comments.contains(comment)) {
            throw new IllegalArgumentException("comment " + comment.id() + " is not on version " + number);
        }
        requireOpenForAnswers();
        if (comment.withdrawn()) {
            throw new RuleViolation(Rule.COMMENT_WITHDRAWN, comment.id());
        }
        if (expectedRowVersion != null && expectedRowVersion != comment.rowVersion()) {
            if (comment.answered()) {
                throw new RuleViolation(Rule.COMMENT_ANSWERED_MEANWHILE, comment.id(), comment.answeredBy());
            }
            // the reviewer changed the text the answer was written to
            throw new RuleViolation(Rule.COMMENT_EDITED_MEANWHILE, comment.id(), comment.authorName());
        }
        comment.answer(disposition, rationale, user, now);
    }

    /** The review is closed and every comment answered: the version may go to the committee. */
    public boolean readyForApproval() {
        return status == VersionStatus.IN_REVIEW && unansweredComments() == 0;
    }

    public void submitForApproval(String user, OffsetDateTime now) {
        if (status != VersionStatus.IN_REVIEW) {
            throw new RuleViolation(Rule.VERSION_NOT_IN_REVIEW, number, status);
        }
        long unanswered = unansweredComments();
        if (unanswered > 0) {
            throw new RuleViolation(Rule.VERSION_COMMENTS_UNANSWERED, unanswered);
        }
        status = VersionStatus.SUBMITTED_FOR_APPROVAL;
        toApprovalBy = user;
        toApprovalAt = now;
    }

    public boolean awaitingDecision() {
        return status == VersionStatus.SUBMITTED_FOR_APPROVAL;
    }

    /**
     * Records the committee's decision on a version waiting for it; an approval seals the version. A sealed version
     * is APPROVED, which every change above refuses, so nothing changes it after.
     */
    public void decide(DecisionOutcome outcome, String conclusionText, String notice, LocalDate date, String user, OffsetDateTime now) {
        if (!awaitingDecision()) {
            throw new RuleViolation(Rule.VERSION_NOT_AWAITING_DECISION, number, status);
        }
        decisionOutcome = outcome;
        conclusion = conclusionText;
        noticeNumber = notice;
        noticeDate = date;
        decidedBy = user;
        decidedAt = now;
        if (outcome == DecisionOutcome.APPROVED) {
            status = VersionStatus.APPROVED;
            sealedAt = now;
            sealSha256 = computeSeal();
        } else {
            status = VersionStatus.RETURNED;
        }
    }

    /**
     * SHA-256 over the canonical content (which carries every attachment's SHA-256), the version number and the
     * decision. Recomputing it from the stored rows and comparing with {@link #seal()} verifies the version.
     */
    public String computeSeal() {
        StringBuilder review = new StringBuilder();
        review.append("reviewers:").append(String.join(",", new TreeSet<>(reviewers))).append('\n');
        comments.stream().sorted(java.util.Comparator.comparingLong(PlanComment::id)).forEach(c -> review
                .append("comment:").append(c.id()).append('|').append(c.sectionKey()).append('|').append(c.organization())
                .append('|').append(c.author()).append('|').append(field(c.quote())).append('|').append(field(c.body()))
                .append('|').append(c.disposition()).append('|').append(field(c.rationale()))
                // only a withdrawn comment adds a mark, so seals computed before withdrawal existed stay valid
                .append(c.withdrawn() ? "|withdrawn" : "").append('\n'));
        String canonical = "plan-version:" + number + "\n"
                + snapshot + "\n"
                + review
                + "decision:" + decisionOutcome + "\n"
                + "notice:" + noticeNumber + "\n"
                + "date:" + noticeDate + "\n"
                + "conclusion:" + conclusion;
        return Sha256.hex(canonical);
    }

    /** A text field in the seal's canonical form: length-prefixed, so no text can pass for two fields. */
    private static String field(String text) {
        return text == null ? "-" : text.length() + ":" + text;
    }

    public Optional<Decision> decision() {
        return decisionOutcome == null ? Optional.empty()
                : Optional.of(new Decision(decisionOutcome, conclusion, noticeNumber, noticeDate, decidedBy, decidedAt));
    }

    public Optional<Seal> seal() {
        return sealSha256 == null ? Optional.empty() : Optional.of(new Seal(sealSha256, sealedAt));
    }

    public Long id() { return id; }
    public Plan plan() { return plan; }
    public int number() { return number; }
    public String note() { return note; }
    public VersionStatus status() { return status; }
    public OffsetDateTime submittedAt() { return submittedAt; }
    public String submittedBy() { return submittedBy; }
    public LocalDate reviewDeadline() { return reviewDeadline; }
    public OffsetDateTime toApprovalAt() { return toApprovalAt; }
    public String toApprovalBy() { return toApprovalBy; }
    public Set<String> reviewers() { return Set.copyOf(reviewers); }
    public List<PlanComment> comments() { return List.copyOf(comments); }
    public boolean sealed() { return sealSha256 != null; }
}
