package vn.hoalac.portal.infrastructure.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.search.SearchChanges;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The search's change log in PostgreSQL ({@code search_change}, V9): a row per change, appended in the transaction of
 * the change, carrying that transaction's id. An index follows it by a <em>watermark</em>: the oldest transaction
 * still running when it last looked ({@code pg_snapshot_xmin}). Every transaction below the watermark has ended, so
 * the rows of transactions at or above it are all an index can still be missing; it re-reads those (and skips the
 * ones it applied) until the watermark passes them. Rows therefore need not commit in the order of their numbers,
 * and an index whose commit stores its watermark resumes exactly where it was after a crash or a restart.
 */
@ApplicationScoped
public class ChangeLog implements SearchChanges {

    /** How long rows are kept; an index whose watermark is older is rebuilt instead of resumed. */
    static final int KEEP_DAYS = 7;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    /** One change, as the follower reads it. */
    record Change(long seq, long tx, String recordType, long recordId) {
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String recordType, long id) {
        update("INSERT INTO search_change (record_type, record_id) VALUES (?, ?)", recordType, id);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void contentChanged(String sha256) {
        update("""
                INSERT INTO search_change (record_type, record_id)
                SELECT DISTINCT 'DOCUMENT', document_id FROM document_version WHERE sha256 = ?""", sha256);
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not log a change for search: " + e.getMessage(), e);
        }
    }

    /** The watermark now: every transaction below it has ended. */
    long watermark() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")) {
            rs.next();
            return Long.parseLong(rs.getString(1));
        }
    }

    /** The committed changes of transactions at or above {@code watermark}, in order. */
    List<Change> since(long watermark) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT seq, tx::text, record_type, record_id FROM search_change
                     WHERE tx >= ?::text::xid8 ORDER BY seq""")) {
            s.setString(1, Long.toString(watermark));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Change(rs.getLong(1), Long.parseLong(rs.getString(2)), rs.getString(3), rs.getLong(4)));
                }
            }
        }
        return changes;
    }

    /** Committed changes an index at this watermark has not applied yet, given how many of them it did apply. */
    long pending(long watermark, int appliedAboveWatermark) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM search_change WHERE tx >= ?::text::xid8")) {
            s.setString(1, Long.toString(watermark));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return Math.max(0, rs.getLong(1) - appliedAboveWatermark);
            }
        }
    }

    /** Removes rows older than {@link #KEEP_DAYS} (they are all past every live watermark). */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int prune() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return s.executeUpdate("DELETE FROM search_change WHERE at < now() - interval '" + KEEP_DAYS + " days'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not prune the search change log: " + e.getMessage(), e);
        }
    }
}
