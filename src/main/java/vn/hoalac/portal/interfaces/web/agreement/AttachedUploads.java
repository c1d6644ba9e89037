package vn.hoalac.portal.interfaces.web.agreement;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Message;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.application.RefusalException;
import vn.hoalac.portal.application.document.DocumentLibrary;
import vn.hoalac.portal.application.document.Upload;
import vn.hoalac.portal.domain.model.document.ContentTooLargeException;
import vn.hoalac.portal.domain.model.document.Visibility;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files dropped on an agreement or proposal form: each goes into the library, readable by the uploader's
 * organization only until the record it is attached to shares it, and the page remembers it (id → title) until the
 * record is saved; a file the library refuses is remembered with why, so the page lists every file it was sent.
 * The widget sends three files at a time (portal-upload-parallel), so one page's requests run concurrently: every
 * access holds this object's lock.
 */
public final class AttachedUploads implements Serializable {

    /** A file that was not stored, and why in the page's language (public: the page reads it). */
    public record Refused(String filename, String reason) implements Serializable {
    }

    private final String category;
    private final Map<Long, String> attached = new LinkedHashMap<>();
    private final List<Refused> refused = new ArrayList<>();

    /** @param category the library category the files are filed under (the record's kind) */
    AttachedUploads(String category) {
        this.category = category;
    }

    void upload(DocumentLibrary library, FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            var document = library.upload(new Upload(in, file.getFileName(), file.getContentType(), null, null, category,
                    List.of(), Visibility.ORGANIZATION));
            synchronized (this) {
                attached.put(document.id(), document.title());
            }
            PageActions.info(PageActions.text("agreement.fileAdded"), file.getFileName());
        } catch (ContentTooLargeException e) {
            refuse(file.getFileName(), PageActions.text(new InvalidInputException(new Message("invalid.upload", file.getFileName()),
                    List.of(new Problem("file", "error.fileTooLarge", e.limit() / (1024 * 1024))))));
        } catch (RefusalException e) {
            refuse(file.getFileName(), PageActions.text(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refuse(String filename, String reason) {
        synchronized (this) {
            refused.add(new Refused(filename, reason));
        }
        PageActions.error(filename, reason);
    }

    synchronized void put(long documentId, String title) {
        attached.put(documentId, title);
    }

    synchronized void remove(long documentId) {
        attached.remove(documentId);
    }

    synchronized void clear() {
        attached.clear();
        refused.clear();
    }

    synchronized List<Long> ids() {
        return List.copyOf(attached.keySet());
    }

    synchronized List<Map.Entry<Long, String>> attached() {
        return List.copyOf(attached.entrySet());
    }

    synchronized List<Refused> refused() {
        return List.copyOf(refused);
    }
}
