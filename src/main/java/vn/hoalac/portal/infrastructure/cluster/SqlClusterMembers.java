package vn.hoalac.portal.infrastructure.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import vn.hoalac.portal.application.cluster.ClusterMembers;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** {@code cluster_member} (V16) in PostgreSQL; last seen is the database's {@code now()}. */
@ApplicationScoped
public class SqlClusterMembers implements ClusterMembers {

    static final String BEAT = """
            INSERT INTO cluster_member (name, address, started_at, last_seen, extraction_jobs, index_lag)
            VALUES (?, ?, ?, now(), ?, ?)
            ON CONFLICT (name) DO UPDATE SET address = excluded.address, started_at = excluded.started_at,
                last_seen = now(), extraction_jobs = excluded.extraction_jobs, index_lag = excluded.index_lag""";

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Override
    public void beat(Beat beat) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(BEAT)) {
            s.setString(1, beat.name());
            s.setString(2, beat.address());
            s.setTimestamp(3, Timestamp.from(beat.startedAt()));
            s.setInt(4, Math.max(0, beat.extractionJobs()));
            s.setLong(5, beat.indexLag());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the cluster heartbeat: " + e.getMessage(), e);
        }
    }

    @Override
    public Snapshot all() {
        List<Row> rows = new ArrayList<>();
        OffsetDateTime now = null;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT name, address, started_at, last_seen, extraction_jobs, index_lag, now() FROM cluster_member
                UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, now()
                ORDER BY 1 NULLS LAST""");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                now = rs.getObject(7, OffsetDateTime.class);
                if (rs.getString(1) != null) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                            rs.getObject(4, OffsetDateTime.class), rs.getInt(5), rs.getLong(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the cluster members: " + e.getMessage(), e);
        }
        return new Snapshot(now, rows);
    }

    @Override
    public int forgetUnseenFor(Duration age) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM cluster_member WHERE last_seen < now() - make_interval(secs => ?)")) {
            s.setLong(1, age.toSeconds());
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not remove old cluster members: " + e.getMessage(), e);
        }
    }
}
