package vn.hoalac.portal.application.audit;

import java.io.OutputStream;
import java.util.List;

/**
 * The audit trail as a file, for the API and the page alike, the same columns in both formats. A port: the adapter
 * in {@code infrastructure.export} implements it.
 */
public interface AuditExport {

    /** The content type of {@link #csv}. */
    String CSV = "text/csv;charset=UTF-8";
    /** The content type of {@link #xlsx}. */
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** UTF-8 with a BOM (for Excel), one event a line; no cell can run as a formula. */
    void csv(List<AuditLog.Event> events, OutputStream out);

    /** A streamed spreadsheet of text cells, so that a long trail does not fill the heap. */
    void xlsx(List<AuditLog.Event> events, OutputStream out);
}
