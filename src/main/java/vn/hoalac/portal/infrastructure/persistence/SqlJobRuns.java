package vn.hoalac.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoalac.portal.application.job.JobRuns;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * {@code job_run} and PostgreSQL advisory locks. A job's lock is the two-key advisory lock (14, hashtext(job)): the
 * first key keeps the scheduled jobs apart from the portal's other advisory locks (the audit chain's).
 */
@ApplicationScoped
public class SqlJobRuns implements JobRuns {

    /** The first key of every scheduled job's advisory lock (issue 14 brought them). */
    static final int JOB_LOCKS = 14;

    /** Takes the job's lock for the transaction, without waiting: true when taken. */
    public static final String TRY_LOCK = "SELECT pg_try_advisory_xact_lock(" + JOB_LOCKS + ", hashtext(?1))";
    /** Records a period: one row inserted when it is new. */
    public static final String MARK_DONE = "INSERT INTO job_run (job, period) VALUES (?1, ?2) ON CONFLICT DO NOTHING";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public boolean tryLock(String job) {
        Object got = em.createNativeQuery(TRY_LOCK).setParameter(1, job).getSingleResult();
        return Boolean.TRUE.equals(got);
    }

    @Override
    public boolean markDone(String job, String period) {
        return em.createNativeQuery(MARK_DONE)
                .setParameter(1, job).setParameter(2, period).executeUpdate() == 1;
    }

    @Override
    public boolean done(String job, String period) {
        return !em.createNativeQuery("SELECT 1 FROM job_run WHERE job = ?1 AND period = ?2")
                .setParameter(1, job).setParameter(2, period).getResultList().isEmpty();
    }

    @Override
    public int forget(String job, Instant before) {
        return em.createNativeQuery("DELETE FROM job_run WHERE job = ?1 AND ran_at < ?2")
                .setParameter(1, job).setParameter(2, OffsetDateTime.ofInstant(before, ZoneOffset.UTC)).executeUpdate();
    }
}
