package vn.hoalac.portal.interfaces.web.document;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.hoalac.portal.interfaces.web.shell.PageActions;
import vn.hoalac.portal.application.AccessDeniedException;
import vn.hoalac.portal.application.ConflictException;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.document.DocumentLibrary;
import vn.hoalac.portal.application.TextComparison;
import vn.hoalac.portal.domain.model.document.ContentTooLargeException;
import vn.hoalac.portal.domain.model.document.Document;
import vn.hoalac.portal.domain.model.document.DocumentVersion;
import vn.hoalac.portal.domain.model.document.Extraction;
import vn.hoalac.portal.domain.model.document.ExtractionStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The document page: metadata, extracted text, version timeline, new version, restore and comparison.
 * {@code baseVersion} is the version this page showed when it was opened: an upload on a stale page is refused.
 */
@Named
@ViewScoped
public class ViewDocument implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    DocumentLibrary library;

    private Long id;
    private transient Document document;
    private int baseVersion;
    private int shownVersion;
    private String note;
    private Integer compareFrom;
    private Integer compareTo;
    private transient TextComparison comparison;

    /** Called by the page's viewAction: loads the document or answers 404. */
    public void load() {
        if (id == null) {
            throw new NotFoundException("notFound.noId");
        }
        refresh();
        baseVersion = document.currentVersion();
        shownVersion = baseVersion;
        compareTo = baseVersion;
        compareFrom = baseVersion > 1 ? baseVersion - 1 : baseVersion;
    }

    private void refresh() {
        document = library.read(id);
    }

    private Document document() {
        if (document == null) {
            refresh();
        }
        return document;
    }

    public Document getDocument() {
        return document();
    }

    public List<DocumentVersion> getVersions() {
        return document().versions().stream().sorted(Comparator.comparingInt(DocumentVersion::number).reversed()).toList();
    }

    public Optional<Extraction> extractionOf(DocumentVersion version) {
        return library.extraction(version);
    }

    public Extraction extraction(DocumentVersion version) {
        return extractionOf(version).orElse(null);
    }

    public DocumentVersion getShown() {
        return document().version(shownVersion).orElseGet(() -> document().current().orElseThrow());
    }

    public Extraction getShownExtraction() {
        return extraction(getShown());
    }

    /** Whether the page should keep asking for the extraction status (it stops once the text is there). */
    public boolean isExtractionPending() {
        Extraction e = getShownExtraction();
        return e == null || !e.status().isFinal();
    }

    public String getShownText() {
        Extraction e = getShownExtraction();
        return e == null || e.status() != ExtractionStatus.DONE ? null : e.text();
    }

    public void show(int number) {
        shownVersion = number;
    }

    public boolean isChangeable() {
        return library.canChange(document());
    }

    public void uploadVersion(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        try (InputStream in = file.getInputStream()) {
            DocumentVersion version = library.addVersion(id, in, file.getFileName(), file.getContentType(), note, baseVersion);
            baseVersion = version.number();
            shownVersion = version.number();
            note = null;
            refresh();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    msg.getString("document.versionAdded").formatted(version.number()), file.getFileName()));
        } catch (ConflictException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("document.conflict"), PageActions.text(e)));
        } catch (ContentTooLargeException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, file.getFileName(),
                    msg.getString("upload.tooLarge").formatted(e.limit() / (1024 * 1024))));
        } catch (InvalidInputException | AccessDeniedException | vn.hoalac.portal.application.TooManyRequestsException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, file.getFileName(), PageActions.text(e)));
        } catch (IOException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, file.getFileName(), msg.getString("upload.failed")));
        }
    }

    public void restore(int number) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        DocumentVersion version = library.restore(id, number, null);
        baseVersion = version.number();
        shownVersion = version.number();
        refresh();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                msg.getString("document.restored").formatted(number, version.number()), null));
    }

    public void compare() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            comparison = library.compare(id, compareFrom, compareTo);
        } catch (ConflictException | NotFoundException e) {
            comparison = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, PageActions.text(e), null));
        }
    }

    public void poll() {
        refresh();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public int getBaseVersion() { return baseVersion; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Integer getCompareFrom() { return compareFrom; }
    public void setCompareFrom(Integer compareFrom) { this.compareFrom = compareFrom; }
    public Integer getCompareTo() { return compareTo; }
    public void setCompareTo(Integer compareTo) { this.compareTo = compareTo; }
    public TextComparison getComparison() { return comparison; }
}
