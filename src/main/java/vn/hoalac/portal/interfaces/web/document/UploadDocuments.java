package vn.hoalac.portal.interfaces.web.document;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.hoalac.portal.application.AccessDeniedException;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.document.DocumentLibrary;
import vn.hoalac.portal.application.document.Upload;
import vn.hoalac.portal.domain.model.document.ContentTooLargeException;
import vn.hoalac.portal.domain.model.document.Document;
import vn.hoalac.portal.domain.model.document.Visibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Uploading one or many files to the library. Each file is its own request with its own progress bar and its own
 * message; a rejected file never stops the others. The fields below apply to every file of the batch.
 */
@Named
@ViewScoped
public class UploadDocuments implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient DocumentLibrary library;

    private String title;
    private String description;
    private String category;
    private String tags;
    private Visibility visibility = Visibility.PORTAL;
    private final List<Long> uploaded = java.util.Collections.synchronizedList(new ArrayList<>());

    public void handle(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        String name = file.getFileName();
        try (InputStream in = file.getInputStream()) {
            Document document = library.upload(new Upload(in, name, file.getContentType(), title, description, category,
                    tags == null ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
                    visibility));
            uploaded.add(document.id());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.getString("upload.done"), name));
        } catch (ContentTooLargeException e) {
            reject(faces, name, msg.getString("upload.tooLarge").formatted(e.limit() / (1024 * 1024)));
        } catch (InvalidInputException | AccessDeniedException | vn.hoalac.portal.application.TooManyRequestsException e) {
            reject(faces, name, e.getMessage());
        } catch (IOException e) {
            reject(faces, name, msg.getString("upload.failed"));
        } finally {
            try {
                file.delete();
            } catch (IOException ignored) {
                // the container removes its temporary file at the end of the request anyway
            }
        }
    }

    private static void reject(FacesContext faces, String name, String why) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, name, why));
    }

    public long getMaxBytes() {
        return library.maxBytes();
    }

    public List<Long> getUploaded() { return uploaded; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility visibility) { this.visibility = visibility; }
    public Visibility[] getVisibilities() { return Visibility.values(); }
}
