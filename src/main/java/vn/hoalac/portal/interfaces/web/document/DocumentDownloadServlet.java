package vn.hoalac.portal.interfaces.web.document;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.document.DocumentLibrary;
import vn.hoalac.portal.domain.model.document.DocumentVersion;
import vn.hoalac.portal.domain.model.document.Extraction;
import vn.hoalac.portal.interfaces.SafeFilename;

import java.io.IOException;

/** Downloads for the pages (browser session): {@code /files/download?id=&v=}, the exact bytes, as an attachment. */
@WebServlet("/files/download")
public class DocumentDownloadServlet extends HttpServlet {

    @Inject
    DocumentLibrary library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        int number;
        try {
            id = Long.parseLong(request.getParameter("id"));
            number = Integer.parseInt(request.getParameter("v"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentVersion version;
        try {
            version = library.version(id, number);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String type = library.extraction(version).map(Extraction::contentType).filter(t -> t != null && !t.isBlank())
                .orElse("application/octet-stream");
        response.setContentType(type);
        response.setHeader("Content-Disposition", SafeFilename.contentDisposition(version.filename()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", SafeFilename.DOWNLOAD_POLICY);
        response.setContentLengthLong(version.size());
        library.download(version, response.getOutputStream());
    }
}
