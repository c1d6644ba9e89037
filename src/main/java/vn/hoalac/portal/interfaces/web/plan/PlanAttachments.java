package vn.hoalac.portal.interfaces.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.plan.PlanDrafting;
import vn.hoalac.portal.application.search.LibraryListing;
import vn.hoalac.portal.domain.model.document.Visibility;
import vn.hoalac.portal.domain.model.plan.Attachment;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The attachments tab of the plan page: the library documents the working copy carries, to attach and detach. */
@Named
@ViewScoped
public class PlanAttachments implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    PlanDrafting drafting;

    @Inject
    LibraryListing library;

    @Inject
    PlanPage page;

    private transient List<Attachment> attachments;
    private transient List<DocumentChoice> documentChoices;
    private Long documentToAttach;

    /** A library document offered for attachment. */
    public record DocumentChoice(long id, String title) implements Serializable {
    }

    public List<Attachment> getAttachments() {
        if (attachments == null) {
            attachments = page.isReadsDraft() ? drafting.attachments(page.getId()) : List.of();
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
        if (PageActions.attempt(() -> drafting.attach(page.getId(), documentId))) {
            PageActions.info(PageActions.text("plan.attached"), null);
            documentToAttach = null;
            attachments = null;
        }
    }

    public void detach(Attachment attachment) {
        if (PageActions.attempt(() -> drafting.detach(page.getId(), attachment.documentId()))) {
            attachments = null;
        }
    }

    public Long getDocumentToAttach() { return documentToAttach; }
    public void setDocumentToAttach(Long documentToAttach) { this.documentToAttach = documentToAttach; }
}
