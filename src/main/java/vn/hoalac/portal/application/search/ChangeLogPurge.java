package vn.hoalac.portal.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoalac.portal.application.job.ClusterJob;
import vn.hoalac.portal.application.job.ClusterJobs;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/** Once an hour, once in the cluster: the search change log's old rows are removed ({@link SearchChanges#prune}). */
@ApplicationScoped
public class ChangeLogPurge implements ClusterJob {

    public static final String JOB = "search-change-purge";
    static final Duration EVERY = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(ChangeLogPurge.class.getName());

    @Inject
    ClusterJobs jobs;

    @Inject
    SearchChanges changes;

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public Duration every() {
        return EVERY;
    }

    @Override
    public Duration firstTick() {
        return Duration.ofMinutes(3);
    }

    @Override
    public int tick(Instant now) {
        boolean did = jobs.runOnce(JOB, ClusterJobs.slot(now, EVERY), () -> {
            int pruned = changes.prune();
            if (pruned > 0) {
                LOG.info(() -> pruned + " search change log rows removed (older than the log keeps them)");
            }
        });
        if (did) {
            jobs.forget(JOB, Duration.ofDays(2));
        }
        return did ? 1 : 0;
    }
}
