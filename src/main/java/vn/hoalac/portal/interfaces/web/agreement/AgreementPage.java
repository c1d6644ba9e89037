package vn.hoalac.portal.interfaces.web.agreement;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import vn.hoalac.portal.application.agreement.AgreementRegister;
import vn.hoalac.portal.application.document.DocumentLibrary;
import vn.hoalac.portal.domain.model.agreement.Agreement;
import vn.hoalac.portal.domain.model.agreement.AgreementDetails;
import vn.hoalac.portal.domain.model.agreement.AgreementKind;
import vn.hoalac.portal.domain.model.agreement.AgreementStatus;
import vn.hoalac.portal.domain.model.agreement.CooperationField;
import vn.hoalac.portal.domain.model.agreement.MilestoneStatus;
import vn.hoalac.portal.domain.model.organization.Organization;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One agreement: read by the park, the committee and its parties; registered and changed by the park on the same
 * page (id absent: a new agreement). Files dropped on the page go into the library, visible to the parties only.
 */
@Named
@ViewScoped
public class AgreementPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    AgreementRegister register;

    @Inject
    DocumentLibrary library;

    private Long id;
    private Long version;
    private String number;
    private String title;
    private AgreementKind kind = AgreementKind.AGREEMENT;
    private List<String> parties = new ArrayList<>();
    private List<CooperationField> fields = new ArrayList<>();
    private LocalDate signedOn;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    private AgreementStatus status = AgreementStatus.DRAFT;
    private String contacts;
    private List<MilestoneRow> milestones = new ArrayList<>();
    private final AttachedUploads documents = new AttachedUploads("Thỏa thuận hợp tác");
    private transient Agreement agreement;

    /** An editable milestone line. */
    public static class MilestoneRow implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String title;
        private LocalDate due;
        private MilestoneStatus status = MilestoneStatus.OPEN;

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public LocalDate getDue() { return due; }
        public void setDue(LocalDate due) { this.due = due; }
        public MilestoneStatus getStatus() { return status; }
        public void setStatus(MilestoneStatus status) { this.status = status; }
    }

    public void load() {
        if (id == null) {
            if (!register.mayEdit()) {
                throw new vn.hoalac.portal.application.AccessDeniedException("denied.parkManagerOnly",
                        new vn.hoalac.portal.application.Message("action.agreement.register"));
            }
            return;
        }
        fill(register.read(id));
    }

    private void fill(Agreement a) {
        agreement = a;
        version = a.rowVersion();
        number = a.number();
        title = a.title();
        kind = a.kind();
        parties = new ArrayList<>(new TreeSet<>(a.parties()));
        parties.remove(AgreementRegister.PARK);
        fields = new ArrayList<>(a.fields());
        signedOn = a.signedOn();
        effectiveFrom = a.effectiveFrom();
        effectiveTo = a.effectiveTo();
        status = a.status();
        contacts = a.contacts();
        milestones = new ArrayList<>();
        a.milestones().forEach(m -> {
            MilestoneRow row = new MilestoneRow();
            row.title = m.title();
            row.due = m.due();
            row.status = m.status();
            milestones.add(row);
        });
        documents.clear();
        for (Long documentId : a.documents()) {
            documents.put(documentId, documentTitle(documentId));
        }
    }

    private String documentTitle(long documentId) {
        try {
            return library.read(documentId).title();
        } catch (RuntimeException e) {
            return "#" + documentId;
        }
    }

    public Agreement getAgreement() {
        if (agreement == null && id != null) {
            agreement = register.read(id);
        }
        return agreement;
    }

    public void save() throws IOException {
        AgreementDetails details = new AgreementDetails(number, title, kind, new TreeSet<>(parties),
                fields.isEmpty() ? EnumSet.noneOf(CooperationField.class) : EnumSet.copyOf(fields), signedOn, effectiveFrom, effectiveTo,
                status, contacts, milestones.stream().map(m -> new AgreementDetails.MilestoneLine(m.title, m.due, m.status)).toList());
        List<Long> documentIds = documents.ids();
        boolean created = id == null;
        Optional<Agreement> saved = PageActions.attemptAndGet(() -> created ? register.register(details, documentIds)
                : register.update(id, details, documentIds, version));
        if (saved.isPresent()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            PageActions.info(PageActions.text("agreement.saved", saved.get().number()), null);
            external.redirect(external.getRequestContextPath() + "/agreements/view.xhtml?id=" + saved.get().id());
        }
    }

    /** A file dropped on the form: into the library (visible to its own organization, shared with the parties on save). */
    public void upload(FileUploadEvent event) {
        documents.upload(library, event);
    }

    public void removeDocument(long documentId) {
        documents.remove(documentId);
    }

    public void addMilestone() {
        milestones.add(new MilestoneRow());
    }

    public void removeMilestone(MilestoneRow row) {
        milestones.remove(row);
    }

    public boolean isMayEdit() {
        return register.mayEdit();
    }

    public boolean isEditing() {
        return register.mayEdit();
    }

    public List<Organization> getUniversities() {
        return register.universities();
    }

    public List<Map.Entry<Long, String>> getDocumentList() {
        return documents.attached();
    }

    /** The files of this page the library did not store, with why. */
    public List<AttachedUploads.Refused> getRefusedFiles() {
        return documents.refused();
    }

    public List<AgreementKind> getKinds() { return List.of(AgreementKind.values()); }
    public List<AgreementStatus> getStatuses() { return List.of(AgreementStatus.values()); }
    public List<CooperationField> getFieldChoices() { return List.of(CooperationField.values()); }
    public List<MilestoneStatus> getMilestoneStatuses() { return List.of(MilestoneStatus.OPEN, MilestoneStatus.DONE); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public AgreementKind getKind() { return kind; }
    public void setKind(AgreementKind kind) { this.kind = kind; }
    public List<String> getParties() { return parties; }
    public void setParties(List<String> parties) { this.parties = parties; }
    public List<CooperationField> getFields() { return fields; }
    public void setFields(List<CooperationField> fields) { this.fields = fields; }
    public LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(LocalDate signedOn) { this.signedOn = signedOn; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public LocalDate getEffectiveTo() { return effectiveTo; }
    public void setEffectiveTo(LocalDate effectiveTo) { this.effectiveTo = effectiveTo; }
    public AgreementStatus getStatus() { return status; }
    public void setStatus(AgreementStatus status) { this.status = status; }
    public String getContacts() { return contacts; }
    public void setContacts(String contacts) { this.contacts = contacts; }
    public List<MilestoneRow> getMilestones() { return milestones; }
}
