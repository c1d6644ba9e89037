package vn.hoalac.portal.interfaces.web.agreement;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.document.DocumentLibrary;
import vn.hoalac.portal.application.document.Upload;
import vn.hoalac.portal.domain.model.document.ContentTooLargeException;
import vn.hoalac.portal.domain.model.document.Visibility;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A file dropped on an agreement or proposal form: into the library, readable by the uploader's organization only
 * until the record it is attached to shares it; the page remembers it (id → title) until the record is saved.
 */
final class PrivateUploads {

    private PrivateUploads() {
    }

    static void upload(DocumentLibrary library, FileUploadEvent event, String category, Map<Long, String> attached) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            PageActions.attemptAndGet(() -> {
                try {
                    return library.upload(new Upload(in, file.getFileName(), file.getContentType(), null, null, category,
                            List.of(), Visibility.ORGANIZATION));
                } catch (ContentTooLargeException e) {
                    throw new InvalidInputException(new vn.hoalac.portal.application.Message("invalid.upload", file.getFileName()),
                            List.of(new vn.hoalac.portal.application.Problem("file", "error.fileTooLarge", e.limit() / (1024 * 1024))));
                }
            }).ifPresent(doc -> {
                attached.put(doc.id(), doc.title());
                PageActions.info(PageActions.text("agreement.fileAdded"), file.getFileName());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
