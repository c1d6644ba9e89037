package vn.hoalac.portal.interfaces.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.OrganizationDirectory;
import vn.hoalac.portal.application.document.DocumentLibrary;
import vn.hoalac.portal.application.search.LibraryListing;
import vn.hoalac.portal.domain.model.document.Visibility;
import vn.hoalac.portal.application.plan.PlanDrafting;
import vn.hoalac.portal.application.plan.PlanReview;
import vn.hoalac.portal.domain.model.organization.Organization;
import vn.hoalac.portal.domain.model.plan.Attachment;
import vn.hoalac.portal.domain.model.plan.Plan;
import vn.hoalac.portal.domain.model.plan.PlanSection;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.domain.model.plan.StaleDraftException;
import vn.hoalac.portal.domain.model.plan.Target;
import vn.hoalac.portal.interfaces.web.shell.Formats;
import vn.hoalac.portal.interfaces.web.shell.LocaleSelection;
import vn.hoalac.portal.interfaces.web.shell.Downloads;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The plan page: the working copy (sections, targets, attachments) for the park to edit and the committee to read,
 * the submitted versions, and the form that submits a new version. Each section remembers the revision it was opened
 * at: a save over someone else's newer save is refused and the user's text stays in the form.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient PlanDrafting drafting;

    @Inject
    transient PlanReview review;

    @Inject
    transient LibraryListing library;

    @Inject
    transient OrganizationDirectory organizations;

    @Inject
    transient Formats formats;

    @Inject
    LocaleSelection locale;

    private Long id;
    private String code;
    private String title;
    private int horizonYear;
    private int visionYear;
    private boolean readsDraft;
    private boolean mayDraft;
    private long draftRevision;
    private List<SectionForm> sections = new ArrayList<>();
    private List<TargetRow> targets = new ArrayList<>();
    private List<Integer> years = new ArrayList<>();
    private long targetsRevision;
    private String targetsStaleBy;
    private String newSectionTitle;
    private Integer newYear;
    private transient List<Attachment> attachments;
    private transient List<PlanVersion> versions;
    private Long documentToAttach;
    private transient List<DocumentChoice> documentChoices;
    private String submitNote;
    private List<String> submitReviewers = new ArrayList<>();
    private LocalDate submitDeadline = PlanReview.today().plusDays(14);

    /** One section of the form, with the revision it was loaded at. */
    public static class SectionForm implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final String key;
        private String title;
        private String body;
        private long revision;
        private String staleBy;

        SectionForm(PlanSection s) {
            key = s.key();
            title = s.title();
            body = s.body();
            revision = s.revision();
        }

        public String getKey() { return key; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
        public long getRevision() { return revision; }
        public String getStaleBy() { return staleBy; }
    }

    /** A row of the editable targets table. */
    public static class TargetRow implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String code;
        private String name;
        private String unit;
        private String group;
        private String leadUnit;
        private Map<Integer, BigDecimal> values = new HashMap<>();

        TargetRow() {
        }

        TargetRow(Target t) {
            code = t.code();
            name = t.name();
            unit = t.unit();
            group = t.group();
            leadUnit = t.leadUnit();
            values = new HashMap<>(t.values());
        }

        Target toTarget() {
            return new Target(code, name, unit, group, leadUnit, new TreeMap<>(values));
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public String getGroup() { return group; }
        public void setGroup(String group) { this.group = group; }
        public String getLeadUnit() { return leadUnit; }
        public void setLeadUnit(String leadUnit) { this.leadUnit = leadUnit; }
        public Map<Integer, BigDecimal> getValues() { return values; }
    }

    /** A library document offered for attachment. */
    public record DocumentChoice(long id, String title) implements Serializable {
    }

    /** Called by the page's viewAction: loads the plan or answers 404. */
    public void load() {
        if (id == null) {
            throw new NotFoundException("no plan id");
        }
        Plan plan = drafting.plan(id);
        code = plan.code();
        title = plan.title();
        horizonYear = plan.horizonYear();
        visionYear = plan.visionYear();
        readsDraft = drafting.readsDrafts();
        mayDraft = drafting.mayDraft();
        if (readsDraft) {
            reloadDraft(plan);
        }
    }

    private void reloadDraft(Plan plan) {
        draftRevision = plan.draftRevision();
        sections = new ArrayList<>(plan.sections().stream().map(SectionForm::new).toList());
        reloadTargets(plan);
        attachments = null;
    }

    private void reloadTargets(Plan plan) {
        targets = new ArrayList<>(plan.targets().stream().map(TargetRow::new).toList());
        targetsRevision = plan.targetsRevision();
        targetsStaleBy = null;
        TreeSet<Integer> all = new TreeSet<>();
        plan.targets().forEach(t -> all.addAll(t.values().keySet()));
        if (all.isEmpty()) {
            all.addAll(List.of(2025, 2027, horizonYear, visionYear));
        }
        years = new ArrayList<>(all);
    }

    public void saveSection(SectionForm form) {
        try {
            if (PageActions.attempt(() -> drafting.saveSection(id, form.key, form.revision, form.title, form.body))) {
                Plan plan = drafting.draft(id);
                PlanSection saved = plan.section(form.key).orElseThrow();
                form.revision = saved.revision();
                form.title = saved.title();
                form.body = saved.body();
                form.staleBy = null;
                draftRevision = plan.draftRevision();
                PageActions.info(PageActions.text("plan.sectionSaved", saved.title()), null);
            }
        } catch (StaleDraftException e) {
            form.staleBy = e.changedBy() + " · " + formats.dateTime(e.changedAt());
            PageActions.error(PageActions.text("plan.stale", e.changedBy(), formats.dateTime(e.changedAt())),
                    PageActions.text("plan.staleKeep"));
        }
    }

    /** Throws away the user's edit of a section and shows what is saved now. */
    public void reloadSection(SectionForm form) {
        Plan plan = drafting.draft(id);
        plan.section(form.key).ifPresentOrElse(s -> {
            form.title = s.title();
            form.body = s.body();
            form.revision = s.revision();
            form.staleBy = null;
        }, () -> sections.remove(form));
    }

    public void addSection() {
        if (PageActions.attempt(() -> drafting.addSection(id, newSectionTitle))) {
            PageActions.info(PageActions.text("plan.sectionSaved", newSectionTitle.strip()), null);
            newSectionTitle = null;
            reloadDraft(drafting.draft(id));
        }
    }

    public void removeSection(SectionForm form) {
        try {
            if (PageActions.attempt(() -> drafting.removeSection(id, form.key, form.revision))) {
                PageActions.info(PageActions.text("plan.sectionRemoved", form.title), null);
                reloadDraft(drafting.draft(id));
            }
        } catch (StaleDraftException e) {
            form.staleBy = e.changedBy() + " · " + formats.dateTime(e.changedAt());
            PageActions.error(PageActions.text("plan.stale", e.changedBy(), formats.dateTime(e.changedAt())), null);
        }
    }

    public void moveSection(SectionForm form, int delta) {
        if (PageActions.attempt(() -> drafting.moveSection(id, form.key, delta))) {
            reloadDraft(drafting.draft(id));
        }
    }

    public void addTarget() {
        targets.add(new TargetRow());
    }

    public void removeTarget(TargetRow row) {
        targets.remove(row);
    }

    public void addYear() {
        if (newYear != null && newYear >= 2000 && newYear <= 2100 && !years.contains(newYear)) {
            years.add(newYear);
            years.sort(Integer::compareTo);
        }
        newYear = null;
    }

    public void saveTargets() {
        try {
            List<Target> rows = targets.stream().map(TargetRow::toTarget).toList();
            if (PageActions.attempt(() -> drafting.saveTargets(id, targetsRevision, rows))) {
                reloadTargets(drafting.draft(id));
                PageActions.info(PageActions.text("plan.targetsSaved", targets.size()), null);
            }
        } catch (StaleDraftException e) {
            targetsStaleBy = e.changedBy() + " · " + formats.dateTime(e.changedAt());
            PageActions.error(PageActions.text("plan.stale", e.changedBy(), formats.dateTime(e.changedAt())),
                    PageActions.text("plan.staleKeep"));
        }
    }

    public void reloadTargets() {
        reloadTargets(drafting.draft(id));
    }

    public void importTargets(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            List<Target>[] imported = new List[1];
            if (PageActions.attempt(() -> imported[0] = drafting.importTargets(id, targetsRevision, in))) {
                reloadTargets(drafting.draft(id));
                PageActions.info(PageActions.text("plan.targetsImported", imported[0].size()), event.getFile().getFileName());
            }
        } catch (StaleDraftException e) {
            PageActions.error(PageActions.text("plan.stale", e.changedBy(), formats.dateTime(e.changedAt())), null);
        } catch (IOException e) {
            PageActions.error(event.getFile().getFileName(), PageActions.text("upload.failed"));
        }
    }

    public StreamedContent getTargetsExport() {
        return Downloads.of("chi-tieu-" + code + ".xlsx", Downloads.XLSX, out -> drafting.exportTargets(id, out));
    }

    public List<Attachment> getAttachments() {
        if (attachments == null) {
            attachments = readsDraft ? drafting.attachments(id) : List.of();
        }
        return attachments;
    }

    /** Documents of the library that everyone may read (the only ones a plan can carry), newest first. */
    public List<DocumentChoice> getDocumentChoices() {
        if (documentChoices == null) {
            documentChoices = library.list(null, null, null, "updatedAt", false, 0, 200).items().stream()
                    .filter(d -> d.visibility() == Visibility.PORTAL)
                    .map(d -> new DocumentChoice(d.id(), d.title()))
                    .toList();
        }
        return documentChoices;
    }

    public void attach() {
        if (documentToAttach == null) {
            PageActions.error(PageActions.text("plan.chooseDocument"), null);
            return;
        }
        long documentId = documentToAttach;
        if (PageActions.attempt(() -> drafting.attach(id, documentId))) {
            PageActions.info(PageActions.text("plan.attached"), null);
            documentToAttach = null;
            attachments = null;
        }
    }

    public void detach(Attachment attachment) {
        if (PageActions.attempt(() -> drafting.detach(id, attachment.documentId()))) {
            attachments = null;
        }
    }

    public List<PlanVersion> getVersions() {
        if (versions == null) {
            versions = new ArrayList<>(review.versions(id));
            versions.sort((a, b) -> Integer.compare(b.number(), a.number()));
        }
        return versions;
    }

    public boolean isMaySubmit() {
        return mayDraft && getVersions().stream().noneMatch(v -> v.status().isOpen());
    }

    public List<Organization> getUniversities() {
        return organizations.universities();
    }

    public String organizationName(String orgCode) {
        return organizations.nameOf(orgCode, locale.getLanguage());
    }

    public void submit() {
        PlanVersion[] submitted = new PlanVersion[1];
        if (PageActions.attempt(() -> submitted[0] = review.submit(id, submitNote, submitReviewers, submitDeadline))) {
            PageActions.info(PageActions.text("plan.submitted", submitted[0].number()), null);
            submitNote = null;
            submitReviewers = new ArrayList<>();
            versions = null;
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCode() { return code; }
    public String getTitle() { return title; }
    public int getHorizonYear() { return horizonYear; }
    public int getVisionYear() { return visionYear; }
    public boolean isReadsDraft() { return readsDraft; }
    public boolean isMayDraft() { return mayDraft; }
    public long getDraftRevision() { return draftRevision; }
    public List<SectionForm> getSections() { return sections; }
    public List<TargetRow> getTargets() { return targets; }
    public List<Integer> getYears() { return years; }
    public String getTargetsStaleBy() { return targetsStaleBy; }
    public String getNewSectionTitle() { return newSectionTitle; }
    public void setNewSectionTitle(String newSectionTitle) { this.newSectionTitle = newSectionTitle; }
    public Integer getNewYear() { return newYear; }
    public void setNewYear(Integer newYear) { this.newYear = newYear; }
    public Long getDocumentToAttach() { return documentToAttach; }
    public void setDocumentToAttach(Long documentToAttach) { this.documentToAttach = documentToAttach; }
    public String getSubmitNote() { return submitNote; }
    public void setSubmitNote(String submitNote) { this.submitNote = submitNote; }
    public List<String> getSubmitReviewers() { return submitReviewers; }
    public void setSubmitReviewers(List<String> submitReviewers) { this.submitReviewers = submitReviewers; }
    public LocalDate getSubmitDeadline() { return submitDeadline; }
    public void setSubmitDeadline(LocalDate submitDeadline) { this.submitDeadline = submitDeadline; }
    public LocalDate getToday() { return PlanReview.today(); }
}
