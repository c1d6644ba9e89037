package vn.hoalac.portal.application.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.application.job.ClusterJob;
import vn.hoalac.portal.application.job.ClusterJobs;
import vn.hoalac.portal.application.notification.Notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends the reminders of {@link ReminderRules} (review deadlines near and missed, progress reports due): every
 * {@code reminders.check-seconds} (15 minutes) each instance looks at what is due today in Hanoi, and each reminder is
 * published once in the cluster, in the transaction that records it in {@code job_run}.
 */
@ApplicationScoped
public class ReminderJob implements ClusterJob {

    public static final String JOB = "reminders";

    @Inject
    ReminderSource source;

    @Inject
    ClusterJobs jobs;

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "reminders.check-seconds", defaultValue = "900")
    long checkSeconds;

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public Duration every() {
        return Duration.ofSeconds(Math.max(1, checkSeconds));
    }

    @Override
    public Duration firstTick() {
        return Duration.ofSeconds(30); // after the people directory's first sync, so the recipients are known
    }

    @Override
    public int tick(Instant now) {
        List<Reminder> due = source.due(ClusterJobs.hanoiDay(now));
        int sent = 0;
        for (Reminder r : due) {
            if (jobs.runOnce(JOB, r.period(), () -> notifications.publish(r.event(), r.audience()))) {
                sent++;
            }
        }
        return sent;
    }
}
