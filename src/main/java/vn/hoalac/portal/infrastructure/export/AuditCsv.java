package vn.hoalac.portal.infrastructure.export;

import vn.hoalac.portal.application.audit.AuditLog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The audit trail as CSV: UTF-8 with a BOM (Excel), one event a line. */
final class AuditCsv {

    private AuditCsv() {
    }

    static void write(List<AuditLog.Event> events, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF'); // Excel reads UTF-8 with a BOM
            w.write("id,at,actor,organization,action,entityType,entityId,details,previousHash,hash\r\n");
            for (AuditLog.Event e : events) {
                w.write(String.join(",", String.valueOf(e.id()), cell(e.at().toString()), cell(e.actor()), cell(e.organization()),
                        cell(e.action()), cell(e.entityType()), cell(e.entityId()), cell(e.details()), cell(e.previousHash()),
                        cell(e.hash())) + "\r\n");
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV cell: quoted, quotes doubled, and a leading = + - @ neutralised so a spreadsheet never runs it as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
