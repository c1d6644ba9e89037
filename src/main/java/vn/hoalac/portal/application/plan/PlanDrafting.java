package vn.hoalac.portal.application.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.AccessDeniedException;
import vn.hoalac.portal.application.ConflictException;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Message;
import vn.hoalac.portal.application.Problem;
import static vn.hoalac.portal.application.Problems.atMost;
import static vn.hoalac.portal.application.Problems.required;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.Page;
import vn.hoalac.portal.application.audit.AuditAction;
import vn.hoalac.portal.application.audit.AuditTrail;
import vn.hoalac.portal.application.document.DocumentAccess;
import vn.hoalac.portal.domain.model.document.Document;
import vn.hoalac.portal.domain.model.document.DocumentRepository;
import vn.hoalac.portal.domain.model.document.Visibility;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.plan.Attachment;
import vn.hoalac.portal.domain.model.plan.Plan;
import vn.hoalac.portal.domain.model.plan.PlanRepository;
import vn.hoalac.portal.domain.model.plan.PlanSection;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.domain.model.plan.Section;
import vn.hoalac.portal.domain.model.plan.Target;
import vn.hoalac.portal.domain.model.plan.VersionStatus;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Use cases of the working copy of a plan: create, read, save (whole draft, one section, the targets table), import
 * and export targets, attach library documents. Only park managers change drafts; the committee reads them.
 */
@RequestScoped
public class PlanDrafting {

    /** A plan's code; the page checks it as the user types it too. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,49}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,50}");
    private static final int MAX_SECTIONS = 200;
    private static final int MAX_TARGETS = 500;
    private static final int MAX_BODY = 500_000;
    /** The longest title of a plan or a section (their columns' length). */
    static final int MAX_TITLE = 500;
    private static final int MAX_TARGET_NAME = 1000;
    /** The largest targets spreadsheet an import reads (a full 2,000 × 200 sheet packs to a few megabytes). */
    public static final int TARGETS_FILE_MAX_BYTES = 10 * 1024 * 1024;

    @Inject
    PortalUser user;

    @Inject
    PlanRepository plans;

    @Inject
    DocumentRepository documents;

    @Inject
    AuditTrail audit;

    @Inject
    TargetSpreadsheet spreadsheet;

    @Transactional
    public Plan create(String code, String title, Integer horizonYear, Integer visionYear) {
        requireDrafter("action.plan.create");
        List<Problem> problems = new ArrayList<>();
        String cleanCode = code == null ? "" : code.strip();
        if (cleanCode.isEmpty()) {
            problems.add(new Problem("code", "problem.required"));
        } else if (!CODE.matcher(cleanCode).matches()) {
            problems.add(new Problem("code", "problem.codeFormat", 50));
        }
        String cleanTitle = text(title);
        required(problems, "title", cleanTitle, MAX_TITLE);
        int horizon = horizonYear == null ? 2030 : horizonYear;
        int vision = visionYear == null ? 2045 : visionYear;
        if (horizon < 2000 || horizon > 2100) {
            problems.add(new Problem("horizonYear", "problem.yearRange", 2000, 2100));
        }
        if (vision < Math.max(horizon, 2000) || vision > 2100) {
            problems.add(new Problem("visionYear", "problem.visionYear", Math.max(horizon, 2000), 2100));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid.plan", problems);
        }
        if (plans.findByCode(cleanCode).isPresent()) {
            throw new ConflictException("conflict.planCode", cleanCode);
        }
        Plan plan = plans.add(new Plan(cleanCode, cleanTitle, horizon, vision, user.username(), now()));
        audit.record(user, AuditAction.PLAN_CREATED, "PLAN", plan.id(), cleanCode + " " + cleanTitle);
        return plan;
    }

    /** One page of {@link #list()}, newest plan first, with the number of plans the caller may see. */
    @Transactional
    public Page<PlanSummary> list(int first, int max) {
        return Page.of(list(), first, max);
    }

    /** The plans the caller may see: all for the park and the committee, for a university those with a version it may read. */
    @Transactional
    public List<PlanSummary> list() {
        List<PlanSummary> result = new ArrayList<>();
        // two queries whatever the number of plans and versions: the plans, and every version's head (no snapshot)
        java.util.Map<Long, List<vn.hoalac.portal.domain.model.plan.VersionHead>> heads = plans.versionHeads();
        for (Plan plan : plans.all()) {
            List<vn.hoalac.portal.domain.model.plan.VersionHead> visible = heads.getOrDefault(plan.id(), List.of()).stream()
                    .filter(v -> PlanAccess.readsVersion(user, v.reviewers(), v.status())).toList();
            if (!PlanAccess.readsDrafts(user) && visible.isEmpty()) {
                continue;
            }
            vn.hoalac.portal.domain.model.plan.VersionHead latest = visible.isEmpty() ? null : visible.getLast();
            Integer approved = visible.stream().filter(v -> v.status() == VersionStatus.APPROVED)
                    .map(vn.hoalac.portal.domain.model.plan.VersionHead::number).max(Comparator.naturalOrder()).orElse(null);
            result.add(new PlanSummary(plan.id(), plan.code(), plan.title(), plan.horizonYear(), plan.visionYear(),
                    latest == null ? null : latest.number(), latest == null ? null : latest.status(), approved,
                    PlanAccess.readsDrafts(user) ? plan.draftChangedAt() : null,
                    PlanAccess.readsDrafts(user) ? plan.draftChangedBy() : null));
        }
        return result;
    }

    /** A plan the caller may see at all (a 404 otherwise, so ids of plans reveal nothing). */
    @Transactional
    public Plan plan(long id) {
        Plan plan = planAlone(id);
        plan.sections().size();
        plan.targets();
        return plan;
    }

    /**
     * A plan the caller may see at all (a 404 otherwise), for its code, title and years only: its working copy (sections,
     * targets) is not read, for a page that shows it only when asked (the plan page's tabs).
     */
    @Transactional
    public Plan planAlone(long id) {
        Plan plan = plans.find(id).orElseThrow(() -> notFound(id));
        if (!PlanAccess.readsDrafts(user) && plans.versions(id).stream().noneMatch(v -> PlanAccess.readsVersion(user, v))) {
            throw notFound(id);
        }
        return plan;
    }

    /** The working copy: park managers and the committee only. */
    @Transactional
    public Plan draft(long id) {
        Plan plan = plan(id);
        if (!PlanAccess.readsDrafts(user)) {
            throw new AccessDeniedException("denied.draft.read");
        }
        return plan;
    }

    public boolean mayDraft() {
        return PlanAccess.drafts(user);
    }

    public boolean readsDrafts() {
        return PlanAccess.readsDrafts(user);
    }

    /** Replaces sections and targets at once (the API's PUT; a part left out stays as it is); returns the new draft revision. */
    @Transactional
    public long saveDraft(long id, Long revision, List<Section> sections, List<Target> targets) {
        requireDrafter("action.draft.edit");
        if (revision == null) {
            throw new InvalidInputException("invalid.draft", new Problem("revision", "problem.revisionRequired"));
        }
        List<Section> cleanSections = sections == null ? null : cleanSections(sections, true);
        List<Target> cleanTargets = targets == null ? null : cleanTargets(targets);
        Plan plan = lockedDraft(id);
        long before = plan.draftRevision();
        plan.replaceDraft(revision, cleanSections, cleanTargets, user.username(), now());
        if (plan.draftRevision() != before) {
            audit.record(user, AuditAction.DRAFT_SAVED, "PLAN", id, "revision " + plan.draftRevision() + ", "
                    + plan.sections().size() + " sections, " + plan.targets().size() + " targets");
        }
        return plan.draftRevision();
    }

    @Transactional
    public PlanSection saveSection(long id, String key, long sectionRevision, String title, String body) {
        requireDrafter("action.draft.edit");
        Section clean = cleanSections(List.of(new Section(key, title, body)), false).getFirst();
        Plan plan = lockedDraft(id);
        PlanSection section = plan.section(key).orElseThrow(() -> sectionNotFound(key));
        plan.saveSection(key, sectionRevision, clean.title(), clean.body(), user.username(), now());
        audit.record(user, AuditAction.SECTION_SAVED, "PLAN", id, key + " revision " + section.revision());
        return section;
    }

    @Transactional
    public PlanSection addSection(long id, String title) {
        requireDrafter("action.draft.edit");
        Section clean = cleanSections(List.of(new Section(null, title, "")), false).getFirst();
        Plan plan = lockedDraft(id);
        if (plan.sections().size() >= MAX_SECTIONS) {
            throw new InvalidInputException("invalid.tooManySections", MAX_SECTIONS);
        }
        PlanSection section = plan.addSection(clean.title(), "", user.username(), now());
        audit.record(user, AuditAction.SECTION_ADDED, "PLAN", id, section.key() + " " + clean.title());
        return section;
    }

    @Transactional
    public void removeSection(long id, String key, long sectionRevision) {
        requireDrafter("action.draft.edit");
        Plan plan = lockedDraft(id);
        PlanSection section = plan.section(key).orElseThrow(() -> sectionNotFound(key));
        plan.removeSection(key, sectionRevision, user.username(), now());
        audit.record(user, AuditAction.SECTION_REMOVED, "PLAN", id, key + " " + section.title());
    }

    @Transactional
    public void moveSection(long id, String key, int delta) {
        requireDrafter("action.draft.edit");
        Plan plan = lockedDraft(id);
        if (plan.section(key).isEmpty()) {
            throw sectionNotFound(key);
        }
        plan.moveSection(key, delta, user.username(), now());
        audit.record(user, AuditAction.SECTION_MOVED, "PLAN", id, key + (delta < 0 ? " up" : " down"));
    }

    /** Replaces the targets table if no one changed it since {@code targetsRevision}; returns the new targets revision. */
    @Transactional
    public long saveTargets(long id, long targetsRevision, List<Target> targets) {
        requireDrafter("action.targets.edit");
        List<Target> clean = cleanTargets(targets);
        Plan plan = lockedDraft(id);
        plan.replaceTargets(targetsRevision, clean, user.username(), now());
        audit.record(user, AuditAction.TARGETS_SAVED, "PLAN", id, clean.size() + " targets, revision " + plan.targetsRevision());
        return plan.targetsRevision();
    }

    /** Reads targets from a spreadsheet and replaces the table with them (same conflict rule as a save). */
    @Transactional
    public List<Target> importTargets(long id, long targetsRevision, InputStream xlsx) {
        requireDrafter("action.targets.import");
        List<Target> imported = spreadsheet.read(xlsx);
        saveTargets(id, targetsRevision, imported);
        return imported;
    }

    @Transactional
    public void exportTargets(long id, OutputStream out) {
        Plan plan = draft(id);
        spreadsheet.write(plan.title(), plan.targets(), out);
    }

    @Transactional
    public List<Attachment> attachments(long id) {
        draft(id);
        return plans.attachments(id);
    }

    /** Attaches a library document; only documents the whole portal may read, since reviewers must be able to open them. */
    @Transactional
    public void attach(long id, long documentId) {
        requireDrafter("action.attachment.add");
        Plan plan = lockedDraft(id);
        Document document = documents.find(documentId).filter(d -> DocumentAccess.canRead(user, d))
                .orElseThrow(() -> new NotFoundException("notFound.document", documentId));
        if (document.visibility() != Visibility.PORTAL) {
            throw new InvalidInputException("invalid.attachment",
                    new Problem("documentId", "problem.attachmentNotPortal", document.title()));
        }
        plans.attach(id, documentId, user.username());
        plan.touch(user.username(), now());
        audit.record(user, AuditAction.ATTACHMENT_ADDED, "PLAN", id, "document " + documentId + " " + document.title());
    }

    @Transactional
    public void detach(long id, long documentId) {
        requireDrafter("action.attachment.remove");
        Plan plan = lockedDraft(id);
        if (plans.detach(id, documentId)) {
            plan.touch(user.username(), now());
            audit.record(user, AuditAction.ATTACHMENT_REMOVED, "PLAN", id, "document " + documentId);
        }
    }

    private Plan lockedDraft(long id) {
        return plans.findForUpdate(id).orElseThrow(() -> notFound(id));
    }

    /** Refuses unless the user drafts plans; {@code actionKey} is the message key of what they tried. */
    private void requireDrafter(String actionKey) {
        if (!PlanAccess.drafts(user)) {
            throw new AccessDeniedException("denied.parkManagerOnly", new Message(actionKey));
        }
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("notFound.plan", id);
    }

    private static NotFoundException sectionNotFound(String key) {
        return new NotFoundException("notFound.section", key);
    }


    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static String text(String value) {
        return vn.hoalac.portal.application.Texts.clean(value);
    }

    /**
     * The sections cleaned, or a refusal naming each field to fix: {@code sections[2].title} for the whole draft
     * ({@code indexed}), {@code title} and {@code body} for one section.
     */
    private static List<Section> cleanSections(List<Section> sections, boolean indexed) {
        if (sections.size() > MAX_SECTIONS) {
            throw new InvalidInputException("invalid.tooManySections", MAX_SECTIONS);
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<Section> clean = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            String where = indexed ? "sections[" + i + "]." : "";
            if (s == null) {
                problems.add(new Problem("sections[" + i + "]", "problem.emptyEntry"));
                continue;
            }
            String key = s.key() == null || s.key().isBlank() ? null : s.key().strip();
            if (key != null && (!KEY.matcher(key).matches() || !keys.add(key))) {
                problems.add(new Problem(where + "key", "problem.sectionKey"));
            }
            String title = text(s.title());
            required(problems, where + "title", title, MAX_TITLE);
            String body = RichText.clean(s.body());
            atMost(problems, where + "body", body, MAX_BODY);
            clean.add(new Section(key, title, body));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid.draft", problems);
        }
        return clean;
    }

    static List<Target> cleanTargets(List<Target> targets) {
        if (targets.size() > MAX_TARGETS) {
            throw new InvalidInputException("invalid.tooManyTargets", MAX_TARGETS);
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<Target> clean = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            String where = "targets[" + i + "]";
            if (t == null) {
                problems.add(new Problem(where, "problem.emptyEntry"));
                continue;
            }
            String code = text(t.code());
            if (code.isEmpty()) {
                problems.add(new Problem(where + ".code", "problem.required"));
            } else if (!CODE.matcher(code).matches() || code.length() > 30) {
                problems.add(new Problem(where + ".code", "problem.codeFormat", 30));
            } else if (!codes.add(code)) {
                problems.add(new Problem(where + ".code", "problem.duplicateCode", code));
            }
            String name = text(t.name());
            required(problems, where + ".name", name, MAX_TARGET_NAME);
            t.values().forEach((year, value) -> {
                if (year < 2000 || year > 2100) {
                    problems.add(new Problem(where + ".values", "problem.valueYear", year, 2000, 2100));
                }
                if (value.abs().compareTo(new BigDecimal("1e15")) >= 0) {
                    problems.add(new Problem(where + ".values." + year, "problem.decimal"));
                }
            });
            clean.add(new Target(code, name, blankToNull(t.unit()), blankToNull(t.group()), blankToNull(t.leadUnit()), t.values()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid.targets", problems);
        }
        return clean;
    }

    private static String blankToNull(String value) {
        String clean = text(value);
        return clean.isEmpty() ? null : clean;
    }
}
