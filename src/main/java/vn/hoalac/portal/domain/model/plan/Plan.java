package vn.hoalac.portal.domain.model.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import vn.hoalac.portal.domain.model.Rule;
import vn.hoalac.portal.domain.model.RuleViolation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A development plan and its working copy (draft): ordered sections and the targets table. Every change moves the
 * draft revision on; a change made from an older revision is refused ({@link StaleDraftException}) so that no one
 * overwrites what someone else saved meanwhile. Submitted versions are separate, immutable {@link PlanVersion}s.
 */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "horizon_year", nullable = false)
    private int horizonYear;

    @Column(name = "vision_year", nullable = false)
    private int visionYear;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "draft_revision", nullable = false)
    private long draftRevision;

    @Column(name = "draft_changed_at", nullable = false)
    private OffsetDateTime draftChangedAt;

    @Column(name = "draft_changed_by", nullable = false)
    private String draftChangedBy;

    @Column(name = "targets_revision", nullable = false)
    private long targetsRevision;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<PlanSection> sections = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<PlanTarget> targets = new ArrayList<>();

    protected Plan() {
    }

    public Plan(String code, String title, int horizonYear, int visionYear, String user, OffsetDateTime now) {
        this.code = code;
        this.title = title;
        this.horizonYear = horizonYear;
        this.visionYear = visionYear;
        this.createdAt = now;
        this.createdBy = user;
        this.draftRevision = 1;
        this.targetsRevision = 1;
        this.draftChangedAt = now;
        this.draftChangedBy = user;
    }

    /**
     * Replaces the draft's sections (by key) and targets (by code) if {@code expectedRevision} is still current; a null
     * list leaves that part as it is.
     */
    public void replaceDraft(long expectedRevision, List<Section> newSections, List<Target> newTargets, String user, OffsetDateTime now) {
        requireRevision(expectedRevision);
        boolean changed = newSections != null && reconcileSections(newSections, user, now);
        boolean targetsChanged = newTargets != null && reconcileTargets(newTargets);
        if (targetsChanged) {
            targetsRevision++;
        }
        if (changed || targetsChanged) {
            touch(user, now);
        }
    }

    /** Saves one section if it is still at {@code expectedSectionRevision}. */
    public void saveSection(String key, long expectedSectionRevision, String newTitle, String newBody, String user, OffsetDateTime now) {
        PlanSection section = section(key).orElseThrow(() -> new IllegalArgumentException("no section " + key));
        if (section.revision() != expectedSectionRevision) {
            throw new StaleDraftException("section", key, expectedSectionRevision, section.revision(), section.changedBy(), section.changedAt());
        }
        if (section.change(newTitle, newBody, user, now)) {
            touch(user, now);
        }
    }

    public PlanSection addSection(String newTitle, String body, String user, OffsetDateTime now) {
        PlanSection section = new PlanSection(this, nextSectionKey(), sections.size() + 1, newTitle, body, user, now);
        sections.add(section);
        touch(user, now);
        return section;
    }

    /** Removes one section if it is still at {@code expectedSectionRevision}. */
    public void removeSection(String key, long expectedSectionRevision, String user, OffsetDateTime now) {
        PlanSection section = section(key).orElseThrow(() -> new IllegalArgumentException("no section " + key));
        if (section.revision() != expectedSectionRevision) {
            throw new StaleDraftException("section", key, expectedSectionRevision, section.revision(), section.changedBy(), section.changedAt());
        }
        sections.remove(section);
        renumber();
        touch(user, now);
    }

    /** Moves a section one place up ({@code -1}) or down ({@code +1}). */
    public void moveSection(String key, int delta, String user, OffsetDateTime now) {
        PlanSection section = section(key).orElseThrow(() -> new IllegalArgumentException("no section " + key));
        int from = sections.indexOf(section);
        int to = Math.max(0, Math.min(sections.size() - 1, from + delta));
        if (from != to) {
            sections.remove(from);
            sections.add(to, section);
            renumber();
            touch(user, now);
        }
    }

    /** Replaces the targets table if it is still at {@code expectedTargetsRevision}. */
    public void replaceTargets(long expectedTargetsRevision, List<Target> newTargets, String user, OffsetDateTime now) {
        if (targetsRevision != expectedTargetsRevision) {
            throw new StaleDraftException("targets", code, expectedTargetsRevision, targetsRevision, draftChangedBy, draftChangedAt);
        }
        if (reconcileTargets(newTargets)) {
            targetsRevision++;
            touch(user, now);
        }
    }

    /**
     * Freezes the working copy as the next version (N+1 of {@code versions}, this plan's versions so far) and opens it
     * for review; refused while an earlier version is still open, or when the draft has no section.
     */
    public PlanVersion submitForReview(List<PlanVersion> versions, List<Attachment> attachments, String note, Set<String> reviewers,
                                       LocalDate reviewDeadline, String user, OffsetDateTime now) {
        versions.stream().filter(v -> v.status().isOpen()).findFirst().ifPresent(open -> {
            throw new RuleViolation(Rule.PLAN_VERSION_OPEN, open.number(), open.status());
        });
        if (sections.isEmpty()) {
            throw new RuleViolation(Rule.PLAN_DRAFT_EMPTY);
        }
        int number = versions.stream().mapToInt(PlanVersion::number).max().orElse(0) + 1;
        return new PlanVersion(this, number, note, content(attachments), reviewers, reviewDeadline, user, now);
    }

    public PlanContent content(List<Attachment> attachments) {
        return new PlanContent(code, title, horizonYear, visionYear,
                sections.stream().sorted(Comparator.comparingInt(PlanSection::position)).map(PlanSection::toSection).toList(),
                targets.stream().sorted(Comparator.comparingInt(PlanTarget::position)).map(PlanTarget::toTarget).toList(),
                attachments);
    }

    public void touch(String user, OffsetDateTime now) {
        draftRevision++;
        draftChangedBy = user;
        draftChangedAt = now;
    }

    private void requireRevision(long expected) {
        if (draftRevision != expected) {
            throw new StaleDraftException("draft", code, expected, draftRevision, draftChangedBy, draftChangedAt);
        }
    }

    private boolean reconcileSections(List<Section> wanted, String user, OffsetDateTime now) {
        Map<String, PlanSection> existing = sections.stream().collect(Collectors.toMap(PlanSection::key, Function.identity()));
        Set<String> keep = new HashSet<>();
        Set<String> taken = new HashSet<>(existing.keySet());
        wanted.stream().map(Section::key).filter(k -> k != null && !k.isBlank()).forEach(taken::add);
        boolean changed = false;
        List<PlanSection> ordered = new ArrayList<>();
        for (Section s : wanted) {
            String key = s.key() == null || s.key().isBlank() ? null : s.key();
            PlanSection section = key == null ? null : existing.get(key);
            if (section == null) {
                section = new PlanSection(this, key == null ? freeKey(taken) : key, ordered.size() + 1, s.title(), s.body(), user, now);
                changed = true;
            } else {
                changed |= section.change(s.title(), s.body(), user, now);
            }
            keep.add(section.key());
            ordered.add(section);
        }
        changed |= sections.stream().anyMatch(s -> !keep.contains(s.key()));
        List<String> before = sections.stream().map(PlanSection::key).toList();
        List<String> after = ordered.stream().map(PlanSection::key).toList();
        changed |= !before.equals(after);
        sections.clear();
        sections.addAll(ordered);
        renumber();
        return changed;
    }

    private boolean reconcileTargets(List<Target> wanted) {
        Map<String, PlanTarget> existing = targets.stream().collect(Collectors.toMap(PlanTarget::code, Function.identity()));
        boolean changed = false;
        List<PlanTarget> ordered = new ArrayList<>();
        int position = 1;
        for (Target t : wanted) {
            PlanTarget target = existing.remove(t.code());
            if (target == null) {
                target = new PlanTarget(this, t, position);
                changed = true;
            } else {
                changed |= target.change(t, position);
            }
            ordered.add(target);
            position++;
        }
        changed |= !existing.isEmpty();
        targets.clear();
        targets.addAll(ordered);
        return changed;
    }

    private void renumber() {
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).moveTo(i + 1);
        }
    }

    private String nextSectionKey() {
        return freeKey(sections.stream().map(PlanSection::key).collect(Collectors.toSet()));
    }

    /** "s1", "s2", ...: the first not in {@code taken}, which it then joins. */
    private static String freeKey(Set<String> taken) {
        int n = 1;
        while (taken.contains("s" + n)) {
            n++;
        }
        taken.add("s" + n);
        return "s" + n;
    }

    public Optional<PlanSection> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String title() { return title; }
    public int horizonYear() { return horizonYear; }
    public int visionYear() { return visionYear; }
    public OffsetDateTime createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public long draftRevision() { return draftRevision; }
    public OffsetDateTime draftChangedAt() { return draftChangedAt; }
    public String draftChangedBy() { return draftChangedBy; }
    public long targetsRevision() { return targetsRevision; }
    public List<PlanSection> sections() { return List.copyOf(sections); }
    public List<Target> targets() {
        return targets.stream().sorted(Comparator.comparingInt(PlanTarget::position)).map(PlanTarget::toTarget).toList();
    }
}
