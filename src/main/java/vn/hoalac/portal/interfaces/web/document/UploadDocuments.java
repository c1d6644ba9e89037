package vn.hoalac.portal.interfaces.web.document;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.hoalac.portal.interfaces.web.shell.PageActions;
import vn.hoalac.portal.application.AccessDeniedException;
import vn.hoalac.portal.application.Failures;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.TooManyRequestsException;
import vn.hoalac.portal.application.document.DocumentLibrary;
import vn.hoalac.portal.application.document.Upload;
import vn.hoalac.portal.domain.model.document.ContentTooLargeException;
import vn.hoalac.portal.domain.model.document.Document;
import vn.hoalac.portal.domain.model.document.Visibility;
import vn.hoalac.portal.application.audit.Refusals;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Uploading one or many files to the library. Each file is its own request with its own progress bar, and its own
 * line in the dialog's list of results (stored, or not stored and why), which stays until the page is left: a refused
 * file is never hidden by the files that came after it. A rejected file never stops the others. The fields below
 * apply to every file of the batch. Files that never reach this bean (refused by the browser for their size, or
 * without an answer from the server) are named by {@code resources/js/portal.js}.
 * <p>
 * The browser sends three files at a time, so this view's bean serves concurrent requests: its results are a
 * synchronized list and the contents it has seen a concurrent map. A file with the same bytes as one already stored
 * (or being stored) from this page is refused as a duplicate, naming that file; if that one is refused in the end,
 * its bytes may be sent again.
 */
@Named
@ViewScoped
public class UploadDocuments implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadDocuments.class.getName());

    @Inject
    DocumentLibrary library;

    private String title;
    private String description;
    private String category;
    private String tags;
    private Visibility visibility = Visibility.PORTAL;
    private final List<Result> results = Collections.synchronizedList(new ArrayList<>());
    /** SHA-256 of each content stored or being stored from this page → the name of the file that brought it. */
    private final Map<String, String> contents = new ConcurrentHashMap<>();

    /** What became of one file of this page's uploads: stored as a document, or not stored and why. */
    public record Result(String filename, boolean stored, String detail, Long documentId) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    public void handle(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        String name = file.getFileName();
        InputStream in = null;
        String sha256 = null;
        boolean stored = false;
        try {
            sha256 = sha256(file);
            String first = contents.putIfAbsent(sha256, name);
            if (first != null) {
                sha256 = null; // the content stays claimed by the first file
                reject(name, msg.getString("upload.duplicate").formatted(first));
                return;
            }
            in = file.getInputStream();
            Document document = library.upload(new Upload(in, name, file.getContentType(), title, description, category,
                    tags == null ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
                    visibility));
            stored = true;
            results.add(new Result(name, true, null, document.id()));
        } catch (ContentTooLargeException e) {
            reject(name, msg.getString("upload.tooLarge").formatted(e.limit() / (1024 * 1024)));
        } catch (AccessDeniedException e) {
            Refusals.record("upload: " + vn.hoalac.portal.interfaces.i18n.RuleMessages.forAudit(e.message()));
            reject(name, PageActions.text(e));
        } catch (InvalidInputException | TooManyRequestsException e) {
            reject(name, PageActions.text(e));
        } catch (IOException | RuntimeException e) {
            // whatever went wrong, the transaction is rolled back (nothing of this file is kept), the person is told
            // which file, and the other files of the batch carry on; the page is not replaced by an error page
            LOG.log(Level.SEVERE, "upload of " + name.replaceAll("\\p{Cntrl}", "?") + " failed", e);
            reject(name, msg.getString(Failures.isDatabaseOutage(e) ? "error.unavailable.database" : "upload.failed"));
        } finally {
            if (!stored && sha256 != null) {
                contents.remove(sha256, name); // not stored: the same bytes may come again
            }
            // after the upload's outcome is known: a failure to let go of the temporary file changes nothing of it
            try {
                if (in != null) {
                    in.close();
                }
                file.delete();
            } catch (IOException ignored) {
                // the container removes its temporary file at the end of the request anyway
            }
        }
    }

    private static String sha256(UploadedFile file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = file.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private void reject(String name, String why) {
        results.add(new Result(name, false, why, null));
    }

    /** Every file uploaded on this page so far, in the order they arrived. */
    public List<Result> getResults() {
        synchronized (results) {
            return List.copyOf(results);
        }
    }

    public long getStoredCount() {
        return getResults().stream().filter(Result::stored).count();
    }

    public long getRejectedCount() {
        return getResults().stream().filter(r -> !r.stored()).count();
    }

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
