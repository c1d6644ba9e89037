package vn.hoalac.portal.interfaces.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.document.DocumentLibrary;
import vn.hoalac.portal.application.plan.PlanDrafting;

/**
 * The size limits the upload widgets check, each the one the server enforces for that upload. Every widget checks it
 * the same way, per file, with {@code onAdd="PortalUploads.withinLimit(this, file, callback, #{uploadLimits...})"}
 * (resources/js/portal.js): a file over the limit is not sent and is named under the widget, the other files of the
 * selection go on. (PrimeFaces' own sizeLimit checks the whole selection each time a file is added, so one file over
 * the limit would stop them all.) The server still refuses a file over its limit, whoever sends it.
 */
@Named
@RequestScoped
public class UploadLimits {

    @Inject
    DocumentLibrary library;

    /** Files into the library: documents, their new versions, the files of agreements and proposals ({@code upload.max-bytes}). */
    public long getLibrary() {
        return library.maxBytes();
    }

    /** The spreadsheet a plan's targets are imported from. */
    public long getTargetsFile() {
        return PlanDrafting.TARGETS_FILE_MAX_BYTES;
    }
}
