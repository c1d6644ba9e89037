package vn.hoalac.portal.domain.model.agreement;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hoalac.portal.domain.model.Rule;
import vn.hoalac.portal.domain.model.RuleViolation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A collaboration agreement (thỏa thuận hợp tác) or memorandum between the park and one or more universities: its
 * parties, fields, dates, status, contacts, milestones and documents.
 */
@Entity
@Table(name = "agreement")
public class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number", nullable = false)
    private String number;

    @Column(name = "title", nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private AgreementKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AgreementStatus status;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "fields", nullable = false)
    private String fields = "";

    @Column(name = "contacts", nullable = false)
    private String contacts = "";

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "organization")
    private Set<String> parties = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_document", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "document_id")
    private Set<Long> documents = new TreeSet<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position ASC")
    private List<Milestone> milestones = new ArrayList<>();

    protected Agreement() {
    }

    public Agreement(String number, String user, OffsetDateTime now) {
        this.number = number;
        this.createdBy = user;
        this.createdAt = now;
    }

    /** Sets every field; {@code today} decides the status of a signed agreement and which open milestones are overdue. */
    public void describe(AgreementDetails d, LocalDate today, String user, OffsetDateTime now) {
        number = d.number();
        title = d.title();
        kind = d.kind();
        signedOn = d.signedOn();
        effectiveFrom = d.effectiveFrom();
        effectiveTo = d.effectiveTo();
        status = d.status().on(today, effectiveTo);
        fields = d.fields().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        contacts = d.contacts() == null ? "" : d.contacts();
        parties.clear();
        parties.addAll(d.parties());
        List<Milestone> kept = new ArrayList<>();
        for (int i = 0; i < d.milestones().size(); i++) {
            AgreementDetails.MilestoneLine line = d.milestones().get(i);
            Milestone m = i < milestones.size() ? milestones.get(i) : new Milestone(this, i + 1, line.title(), line.due(), line.status());
            m.change(i + 1, line.title(), line.due(), line.status(), today);
            kept.add(m);
        }
        milestones.clear();
        milestones.addAll(kept);
        updatedBy = user;
        updatedAt = now;
    }

    /** Refuses an edit made from an older copy than the one stored ({@code expectedVersion} null: no check). */
    public void requireUnchangedSince(Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != rowVersion) {
            throw new RuleViolation(Rule.AGREEMENT_CHANGED_MEANWHILE, number, updatedBy);
        }
    }

    /** An edit of a registered agreement: {@link #describe} unless someone changed it since {@code expectedVersion}. */
    public void revise(Long expectedVersion, AgreementDetails d, LocalDate today, String user, OffsetDateTime now) {
        requireUnchangedSince(expectedVersion);
        describe(d, today, user, now);
    }

    public void attach(long documentId) {
        documents.add(documentId);
    }

    public boolean detach(long documentId) {
        return documents.remove(documentId);
    }

    public boolean hasParty(String organization) {
        return organization != null && parties.contains(organization);
    }

    public Set<CooperationField> fields() {
        return fields.isBlank() ? Set.of() : Arrays.stream(fields.split(","))
                .map(CooperationField::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(CooperationField.class)));
    }

    public Long id() { return id; }
    public String number() { return number; }
    public String title() { return title; }
    public AgreementKind kind() { return kind; }
    public AgreementStatus status() { return status; }
    public LocalDate signedOn() { return signedOn; }
    public LocalDate effectiveFrom() { return effectiveFrom; }
    public LocalDate effectiveTo() { return effectiveTo; }
    public String contacts() { return contacts; }
    public OffsetDateTime updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
    public long rowVersion() { return rowVersion; }
    public Set<String> parties() { return Set.copyOf(parties); }
    public Set<Long> documents() { return Set.copyOf(documents); }
    public List<Milestone> milestones() {
        return milestones.stream().sorted(Comparator.comparingInt(Milestone::position)).toList();
    }
}
