package vn.hoalac.portal.domain.model.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One reviewer organization's opinion on a proposal; given again, it replaces the earlier one until the decision. */
@Entity
@Table(name = "proposal_opinion")
public class Opinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    @Column(name = "organization", nullable = false)
    private String organization;

    @Enumerated(EnumType.STRING)
    @Column(name = "opinion", nullable = false)
    private OpinionKind opinion;

    @Column(name = "comment")
    private String comment;

    @Column(name = "author", nullable = false)
    private String author;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "given_at", nullable = false)
    private OffsetDateTime givenAt;

    protected Opinion() {
    }

    Opinion(Proposal proposal, String organization) {
        this.proposal = proposal;
        this.organization = organization;
    }

    void give(OpinionKind kind, String text, String user, String userName, OffsetDateTime now) {
        opinion = kind;
        comment = text;
        author = user;
        authorName = userName;
        givenAt = now;
    }

    public String organization() { return organization; }
    public OpinionKind opinion() { return opinion; }
    public String comment() { return comment; }
    public String author() { return author; }
    public String authorName() { return authorName; }
    public OffsetDateTime givenAt() { return givenAt; }
    public long id() { return id == null ? 0 : id; }
}
