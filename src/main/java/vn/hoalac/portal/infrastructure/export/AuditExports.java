package vn.hoalac.portal.infrastructure.export;

import jakarta.enterprise.context.ApplicationScoped;
import vn.hoalac.portal.application.audit.AuditExport;
import vn.hoalac.portal.application.audit.AuditLog;

import java.io.OutputStream;
import java.util.List;

/** The audit trail in both formats, the same columns: {@link AuditCsv} and {@link AuditSpreadsheet}. */
@ApplicationScoped
public class AuditExports implements AuditExport {

    @Override
    public void csv(List<AuditLog.Event> events, OutputStream out) {
        AuditCsv.write(events, out);
    }

    @Override
    public void xlsx(List<AuditLog.Event> events, OutputStream out) {
        AuditSpreadsheet.write(events, out);
    }
}
