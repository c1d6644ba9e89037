package vn.hoalac.portal.stack;

import vn.hoalac.portal.application.audit.AuditChain;
import vn.hoalac.portal.application.audit.AuditLog;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

/**
 * The audit trail's verification from the command line, straight against the database (the portal need not run):
 * walks the hash chain and names the first broken event; exit status 0 when intact, 1 when broken, 2 on error.
 * Database from DB_URL / DB_USER / DB_PASSWORD, by default the run command's embedded one.
 */
public final class VerifyAuditTrail {

    private VerifyAuditTrail() {
    }

    public static void main(String[] args) {
        StackConfig config = StackConfig.forDevelopment();
        try (Connection db = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
             Statement sql = db.createStatement()) {
            sql.setFetchSize(5000);
            db.setAutoCommit(false);
            String previous = null;
            long checked = 0;
            try (ResultSet r = sql.executeQuery("SELECT id, at, actor, organization, action, entity_type, entity_id, details, "
                    + "previous_hash, hash FROM audit_event ORDER BY id")) {
                while (r.next()) {
                    AuditLog.Event e = new AuditLog.Event(r.getLong(1), r.getObject(2, OffsetDateTime.class), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                            r.getString(9) == null ? null : r.getString(9).strip(), r.getString(10).strip());
                    String broken = AuditChain.check(e, previous, checked == 0);
                    if (broken != null) {
                        System.out.println("BROKEN after " + checked + " intact events: " + broken);
                        System.exit(1);
                    }
                    previous = e.hash();
                    checked++;
                }
            }
            System.out.println("INTACT: " + checked + " events, each chained to the one before (" + config.jdbcUrl() + ")");
        } catch (SQLException e) {
            System.err.println("could not read the audit trail at " + config.jdbcUrl() + ": " + e.getMessage());
            System.exit(2);
        }
    }
}
