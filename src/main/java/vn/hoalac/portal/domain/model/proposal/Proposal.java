package vn.hoalac.portal.domain.model.proposal;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hoalac.portal.domain.model.Rule;
import vn.hoalac.portal.domain.model.RuleViolation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A proposal (đề xuất), e.g. a university's laboratory in the park: submitted by an organization, reviewed by the
 * organizations the park invites, decided by the park, and once accepted linked to an agreement and plan targets.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "purpose", nullable = false)
    private String purpose;

    @Column(name = "budget")
    private BigDecimal budget;

    @Column(name = "area")
    private BigDecimal area;

    @Column(name = "timeline")
    private String timeline;

    @Column(name = "organization", nullable = false)
    private String organization;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ProposalStatus status;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proposal_reviewer", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "organization")
    private Set<String> reviewers = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proposal_document", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "document_id")
    private Set<Long> documents = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proposal_target", joinColumns = @JoinColumn(name = "proposal_id"))
    private Set<TargetLink> targets = new HashSet<>();

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    private List<Opinion> opinions = new ArrayList<>();

    protected Proposal() {
    }

    public Proposal(String title, String purpose, BigDecimal budget, BigDecimal area, String timeline, String organization,
                    Set<Long> documents, String user, OffsetDateTime now) {
        this.title = title;
        this.purpose = purpose;
        this.budget = budget;
        this.area = area;
        this.timeline = timeline;
        this.organization = organization;
        this.documents.addAll(documents);
        this.status = ProposalStatus.SUBMITTED;
        this.createdBy = user;
        this.createdAt = now;
    }

    /** Reviewers may be invited until the park decides. */
    public void requireOpenForInvitations() {
        if (status.decided()) {
            throw new RuleViolation(Rule.PROPOSAL_DECIDED_NO_INVITATIONS);
        }
    }

    public void invite(Set<String> organizations) {
        requireOpenForInvitations();
        reviewers.addAll(organizations);
        status = ProposalStatus.IN_REVIEW;
    }

    /** Invited organizations give (and may correct) their opinion while the proposal is in review. */
    public boolean openForOpinions() {
        return status == ProposalStatus.IN_REVIEW;
    }

    public void requireOpenForOpinions() {
        if (!openForOpinions()) {
            throw new RuleViolation(Rule.PROPOSAL_NOT_IN_REVIEW);
        }
    }

    public void giveOpinion(String org, OpinionKind kind, String comment, String user, String userName, OffsetDateTime now) {
        requireOpenForOpinions();
        Opinion opinion = opinion(org).orElseGet(() -> {
            Opinion created = new Opinion(this, org);
            opinions.add(created);
            return created;
        });
        opinion.give(kind, comment, user, userName, now);
    }

    /** The park decides once. */
    public void requireUndecided() {
        if (status.decided()) {
            throw new RuleViolation(Rule.PROPOSAL_ALREADY_DECIDED);
        }
    }

    public void decide(boolean accepted, String note, String user, OffsetDateTime now) {
        requireUndecided();
        status = accepted ? ProposalStatus.ACCEPTED : ProposalStatus.REJECTED;
        decisionNote = note;
        decidedBy = user;
        decidedAt = now;
    }

    /** Only an accepted proposal is linked to an agreement and to the targets it serves. */
    public void requireAccepted() {
        if (status != ProposalStatus.ACCEPTED) {
            throw new RuleViolation(Rule.PROPOSAL_NOT_ACCEPTED);
        }
    }

    public void link(Long agreement, Set<TargetLink> links) {
        requireAccepted();
        agreementId = agreement;
        targets.clear();
        targets.addAll(links);
    }

    public Optional<Opinion> opinion(String org) {
        return opinions.stream().filter(o -> o.organization().equals(org)).findFirst();
    }

    public boolean invites(String org) {
        return org != null && reviewers.contains(org);
    }

    public Long id() { return id; }
    public String title() { return title; }
    public String purpose() { return purpose; }
    public BigDecimal budget() { return budget; }
    public BigDecimal area() { return area; }
    public String timeline() { return timeline; }
    public String organization() { return organization; }
    public ProposalStatus status() { return status; }
    public String decisionNote() { return decisionNote; }
    public String decidedBy() { return decidedBy; }
    public OffsetDateTime decidedAt() { return decidedAt; }
    public Long agreementId() { return agreementId; }
    public OffsetDateTime createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Set<String> reviewers() { return Set.copyOf(reviewers); }
    public Set<Long> documents() { return Set.copyOf(documents); }
    public Set<TargetLink> targets() { return Set.copyOf(targets); }
    public List<Opinion> opinions() { return List.copyOf(opinions); }
}
