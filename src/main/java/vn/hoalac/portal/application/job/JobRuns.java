package vn.hoalac.portal.application.job;

import java.time.Instant;

/** The port to the record of scheduled work done ({@code job_run}) and the cluster-wide lock of a job. */
public interface JobRuns {

    /**
     * Takes the job's lock for the rest of the caller's transaction, without waiting: false when another transaction
     * (another instance, or another thread) holds it now. Released by the commit or rollback.
     */
    boolean tryLock(String job);

    /**
     * Records the period as done in the caller's transaction: true when it is new (so the caller does it now), false
     * when it was done before. Rolled back with the caller's work, so a failed period is not recorded.
     */
    boolean markDone(String job, String period);

    /** Whether the period was done (committed). */
    boolean done(String job, String period);

    /** Forgets the job's periods recorded before the moment (for jobs with many short periods); how many. */
    int forget(String job, Instant before);
}
