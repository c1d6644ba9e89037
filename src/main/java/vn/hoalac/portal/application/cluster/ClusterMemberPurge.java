package vn.hoalac.portal.application.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoalac.portal.application.job.ClusterJob;
import vn.hoalac.portal.application.job.ClusterJobs;

import java.time.Duration;
import java.time.Instant;

/** Once an hour, once in the cluster: the members not seen for {@link #FORGET_AFTER} are removed from the list. */
@ApplicationScoped
public class ClusterMemberPurge implements ClusterJob {

    public static final String JOB = "cluster-members";
    static final Duration EVERY = Duration.ofHours(1);
    public static final Duration FORGET_AFTER = Duration.ofDays(1);

    @Inject
    ClusterJobs jobs;

    @Inject
    ClusterMembers members;

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
        return Duration.ofMinutes(2);
    }

    @Override
    public int tick(Instant now) {
        boolean did = jobs.runOnce(JOB, ClusterJobs.slot(now, EVERY), () -> members.forgetUnseenFor(FORGET_AFTER));
        if (did) {
            jobs.forget(JOB, Duration.ofDays(2));
        }
        return did ? 1 : 0;
    }
}
