package vn.hoalac.portal.interfaces.web.agreement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import vn.hoalac.portal.application.document.DocumentLibrary;
import vn.hoalac.portal.application.proposal.ProposalDesk;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The form of proposals/index that submits a new proposal, with the files uploaded for it on the way (readable by the
 * uploader's organization until the proposal shares them); a submitted proposal opens on its own page.
 */
@Named
@ViewScoped
public class ProposalSubmission implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ProposalDesk desk;

    @Inject
    DocumentLibrary library;

    private String title;
    private String purpose;
    private BigDecimal budget;
    private BigDecimal area;
    private String timeline;
    private final AttachedUploads documents = new AttachedUploads("Đề xuất");

    public void upload(FileUploadEvent event) {
        documents.upload(library, event);
    }

    public void submit() throws IOException {
        var created = PageActions.attemptAndGet(() -> desk.submit(title, purpose, budget, area, timeline, documents.ids()));
        if (created.isPresent()) {
            ProposalView.open(created.get().id(), PageActions.text("proposal.submitted"));
        }
    }

    public List<Map.Entry<Long, String>> getNewDocuments() { return documents.attached(); }

    /** The files of this dialog the library did not store, with why. */
    public List<AttachedUploads.Refused> getRefusedFiles() { return documents.refused(); }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal budget) { this.budget = budget; }
    public BigDecimal getArea() { return area; }
    public void setArea(BigDecimal area) { this.area = area; }
    public String getTimeline() { return timeline; }
    public void setTimeline(String timeline) { this.timeline = timeline; }
}
