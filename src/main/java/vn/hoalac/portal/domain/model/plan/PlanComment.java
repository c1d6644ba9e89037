package vn.hoalac.portal.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hoalac.portal.domain.model.Rule;
import vn.hoalac.portal.domain.model.RuleViolation;

import java.time.OffsetDateTime;

/** A reviewer's comment (góp ý) on a section of a version, and the drafters' answer (tiếp thu, giải trình). */
@Entity
@Table(name = "plan_comment")
public class PlanComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id")
    private PlanVersion version;

    @Column(name = "section_key", nullable = false)
    private String sectionKey;

    @Column(name = "quote")
    private String quote;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "author", nullable = false)
    private String author;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "organization", nullable = false)
    private String organization;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "disposition")
    private Disposition disposition;

    @Column(name = "rationale")
    private String rationale;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "edited_at")
    private OffsetDateTime editedAt;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected PlanComment() {
    }

    PlanComment(PlanVersion version, String sectionKey, String quote, String body, String author, String authorName,
                String organization, OffsetDateTime now) {
        this.version = version;
        this.sectionKey = sectionKey;
        this.quote = quote;
        this.body = body;
        this.author = author;
        this.authorName = authorName;
        this.organization = organization;
        this.createdAt = now;
    }

    /** Only through {@link PlanVersion#answer}, which knows whether answers are still open. */
    void answer(Disposition newDisposition, String newRationale, String user, OffsetDateTime now) {
        disposition = newDisposition;
        rationale = newRationale;
        answeredBy = user;
        answeredAt = now;
    }

    public boolean answered() {
        return disposition != null;
    }

    /** Withdrawn by its reviewer: kept (the review's record is never rewritten), but no longer asks for an answer. */
    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** Whether {@code username} wrote this comment (only its author edits or withdraws it). */
    public boolean writtenBy(String username) {
        return username != null && username.equals(author);
    }

    /**
     * Refuses a change by the reviewer of a comment that has been answered (the answer speaks to its text) or withdrawn.
     * Whether the review is still open is {@link PlanVersion}'s to say.
     */
    void requireChangeable() {
        if (withdrawn()) {
            throw new RuleViolation(Rule.COMMENT_WITHDRAWN, id());
        }
        if (answered()) {
            throw new RuleViolation(Rule.COMMENT_ALREADY_ANSWERED, id());
        }
    }

    /** Only through {@link PlanVersion#editComment}. */
    void edit(String newQuote, String newBody, OffsetDateTime now) {
        requireChangeable();
        quote = newQuote;
        body = newBody;
        editedAt = now;
    }

    /** Only through {@link PlanVersion#withdrawComment}. */
    void withdraw(OffsetDateTime now) {
        requireChangeable();
        withdrawnAt = now;
    }

    public long id() { return id == null ? 0 : id; }
    public String sectionKey() { return sectionKey; }
    public String quote() { return quote; }
    public String body() { return body; }
    public String author() { return author; }
    public String authorName() { return authorName; }
    public String organization() { return organization; }
    public OffsetDateTime createdAt() { return createdAt; }
    public Disposition disposition() { return disposition; }
    public String rationale() { return rationale; }
    public String answeredBy() { return answeredBy; }
    public OffsetDateTime answeredAt() { return answeredAt; }
    public long rowVersion() { return rowVersion; }
    public OffsetDateTime editedAt() { return editedAt; }
    public OffsetDateTime withdrawnAt() { return withdrawnAt; }
}
