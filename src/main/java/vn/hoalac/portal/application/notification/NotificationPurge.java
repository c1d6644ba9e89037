package vn.hoalac.portal.application.notification;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notifications are kept {@value #KEEP_DAYS} days: once a day (and a few minutes after start) the older ones are
 * deleted. Harmless on several instances: deleting what is already gone deletes nothing.
 */
@ApplicationScoped
public class NotificationPurge {

    public static final int KEEP_DAYS = 180;

    private static final Logger LOG = Logger.getLogger(NotificationPurge.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    NotificationStore store;

    @Inject
    NotificationPurge self;

    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        task = scheduler.scheduleWithFixedDelay(this::tick, 300, TimeUnit.DAYS.toSeconds(1), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void tick() {
        try {
            int deleted = self.purge();
            LOG.fine(() -> deleted + " notifications older than " + KEEP_DAYS + " days deleted");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "old notifications not deleted: {0}", String.valueOf(e)); // tomorrow again
        }
    }

    /** Deletes the notifications older than {@value #KEEP_DAYS} days; the number deleted. */
    @Transactional
    public int purge() {
        return store.purgeBefore(OffsetDateTime.now(ZoneOffset.UTC).minusDays(KEEP_DAYS));
    }
}
