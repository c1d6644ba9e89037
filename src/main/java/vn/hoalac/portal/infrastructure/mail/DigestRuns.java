package vn.hoalac.portal.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Which days' digests were done, in {@code job_run} (job 'digest', period yyyy-mm-dd), so that a restart or a second
 * instance does not start the day's run again. Meant to give way to the once-per-cluster job runner of the scheduled
 * jobs when it exists; the digest itself is safe to run twice ({@code MailOutbox.writeDigest}).
 */
@ApplicationScoped
public class DigestRuns {

    static final String JOB = "digest";

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    /**
     * Takes the day's run: true for exactly one caller over every instance while nobody has done it (an advisory lock
     * keeps two instances from checking at the same instant), false when it was done or is being done.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean due(LocalDate day) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtext('job_run|digest'))");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return false;
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM job_run WHERE job = ? AND period = ?")) {
                s.setString(1, JOB);
                s.setString(2, day.toString());
                try (ResultSet rs = s.executeQuery()) {
                    return !rs.next();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the digest runs", e);
        }
    }

    /** Records the day's run as done. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void done(LocalDate day) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO job_run (job, period) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, JOB);
            s.setString(2, day.toString());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the digest run", e);
        }
    }
}
