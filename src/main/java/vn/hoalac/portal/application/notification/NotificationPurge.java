package vn.hoalac.portal.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoalac.portal.application.job.ClusterJob;
import vn.hoalac.portal.application.job.ClusterJobs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Notifications are kept {@value #KEEP_DAYS} days: once a day, once in the cluster (period: the Hanoi day), the older
 * ones are deleted; a day missed while the portal was down is caught up at the first tick after it comes back.
 */
@ApplicationScoped
public class NotificationPurge implements ClusterJob {

    public static final int KEEP_DAYS = 180;
    public static final String JOB = "notification-purge";

    private static final Logger LOG = Logger.getLogger(NotificationPurge.class.getName());

    @Inject
    ClusterJobs jobs;

    @Inject
    NotificationStore store;

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public Duration every() {
        return Duration.ofHours(1);
    }

    @Override
    public Duration firstTick() {
        return Duration.ofMinutes(5);
    }

    @Override
    public int tick(Instant now) {
        String day = ClusterJobs.hanoiDay(now).toString();
        boolean did = jobs.runOnce(JOB, day, () -> {
            int deleted = store.purgeBefore(now.atOffset(ZoneOffset.UTC).minusDays(KEEP_DAYS));
            LOG.fine(() -> deleted + " notifications older than " + KEEP_DAYS + " days deleted");
        });
        return did ? 1 : 0;
    }
}
