package vn.hoalac.portal.interfaces.web.agreement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;
import vn.hoalac.portal.application.agreement.AgreementRegister;
import vn.hoalac.portal.domain.model.agreement.Agreement;
import vn.hoalac.portal.domain.model.agreement.AgreementStatus;
import vn.hoalac.portal.domain.model.agreement.CooperationField;
import vn.hoalac.portal.domain.model.organization.Organization;
import vn.hoalac.portal.interfaces.web.shell.Downloads;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The agreements register page: filters (university, status, field, end date), sortable table, XLSX export. */
@Named
@ViewScoped
public class AgreementList implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    AgreementRegister register;

    private String university;
    private AgreementStatus status;
    private CooperationField field;
    private java.time.LocalDate endsBefore;
    private transient List<Agreement> agreements;

    public List<Agreement> getAgreements() {
        if (agreements == null) {
            agreements = register.list(university, status, field, endsBefore, "effectiveTo", true);
        }
        return agreements;
    }

    public void filter() {
        agreements = null;
    }

    public StreamedContent getExport() {
        return Downloads.of("so-thoa-thuan.xlsx", Downloads.XLSX, out -> register.export(university, status, field, endsBefore, out));
    }

    public boolean isMayEdit() {
        return register.mayEdit();
    }

    public List<Organization> getUniversities() {
        return register.universities();
    }

    public List<AgreementStatus> getStatuses() {
        return List.of(AgreementStatus.values());
    }

    public List<CooperationField> getFields() {
        return List.of(CooperationField.values());
    }

    public String getUniversity() { return university; }
    public void setUniversity(String university) { this.university = university; }
    public AgreementStatus getStatus() { return status; }
    public void setStatus(AgreementStatus status) { this.status = status; }
    public CooperationField getField() { return field; }
    public void setField(CooperationField field) { this.field = field; }
    public java.time.LocalDate getEndsBefore() { return endsBefore; }
    public void setEndsBefore(java.time.LocalDate endsBefore) { this.endsBefore = endsBefore; }
}
