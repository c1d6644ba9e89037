package vn.hoalac.portal.application.job;

import java.time.Duration;
import java.time.Instant;

/**
 * Scheduled work of the portal that must happen once per cluster, whatever the number of instances running: a CDI bean
 * implementing it is found and ticked by {@link ClusterJobs} on every instance, every {@link #every()}. A tick looks at
 * what is due at {@code now} (including what was due while the portal was down) and does each due <em>period</em> with
 * {@link ClusterJobs#runOnce}, which does it in its own transaction on one instance only, and never twice.
 */
public interface ClusterJob {

    /** The job's name: the key of its advisory lock and its rows in {@code job_run}; never renamed (a-z, 0-9, -). */
    String name();

    /** How often each instance looks for due periods. */
    Duration every();

    /** The delay after the portal started before the first tick. */
    default Duration firstTick() {
        return Duration.ofSeconds(5);
    }

    /**
     * Does the periods due at {@code now} through {@link ClusterJobs#runOnce} (never directly: another instance may be
     * doing the same tick).
     *
     * @return how many periods this call did (0 when nothing was due or another instance did them)
     */
    int tick(Instant now);
}
