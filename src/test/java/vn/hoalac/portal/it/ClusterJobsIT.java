package vn.hoalac.portal.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.hoalac.portal.infrastructure.persistence.SqlJobRuns;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The once-per-cluster protocol of the scheduled jobs on the real PostgreSQL, as two instances run it: each in its own
 * transaction on its own connection, with the portal's own statements ({@link SqlJobRuns}). While one does a period,
 * the other gets no lock and does nothing; after the first commits, the period is found done; a run that fails
 * (rolled back) leaves the period to be done again.
 */
@ExtendWith(PortalStackExtension.class)
class ClusterJobsIT {

    private static boolean tryLock(Connection c, String job) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(SqlJobRuns.TRY_LOCK.replace("?1", "?"))) {
            q.setString(1, job);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    private static boolean markDone(Connection c, String job, String period) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(SqlJobRuns.MARK_DONE.replace("?1", "?").replace("?2", "?"))) {
            q.setString(1, job);
            q.setString(2, period);
            return q.executeUpdate() == 1;
        }
    }

    private static Connection transaction() throws SQLException {
        Connection c = Portal.runtimeDatabase();
        c.setAutoCommit(false);
        return c;
    }

    @Test
    void twoInstancesRunningThePeriodAtOnceDoItOnce() throws SQLException {
        String job = "it-job-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection one = transaction(); Connection two = transaction()) {
            assertThat(tryLock(one, job)).isTrue();
            assertThat(markDone(one, job, "2026-12-01")).as("a new period: instance one does it").isTrue();
            assertThat(tryLock(two, job)).as("instance two, meanwhile: the job is being done elsewhere").isFalse();
            two.rollback();
            assertThat(tryLock(two, "other-" + job)).as("another job is not held up").isTrue();
            two.rollback();
            one.commit();

            assertThat(tryLock(two, job)).as("released by the commit").isTrue();
            assertThat(markDone(two, job, "2026-12-01")).as("done already: not again").isFalse();
            assertThat(markDone(two, job, "2026-12-02")).as("the next period").isTrue();
            two.rollback(); // its work failed

            assertThat(tryLock(one, job)).isTrue();
            assertThat(markDone(one, job, "2026-12-02")).as("a failed run leaves the period to be done again").isTrue();
            one.commit();
        }
    }

    @Test
    void theLockIsTransactionScopedSoAPooledConnectionKeepsNothing() throws SQLException {
        String job = "it-job-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection pooled = transaction(); Connection other = transaction()) {
            assertThat(tryLock(pooled, job)).isTrue();
            pooled.rollback();
            // the same connection goes back to the pool and serves a request: the job is not held by it
            assertThat(tryLock(other, job)).isTrue();
            other.rollback();
        }
    }
}
