package vn.hoalac.portal.application.cluster;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.application.search.SearchEngine;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every instance writes its row in {@code cluster_member} every {@code cluster.heartbeat.seconds} (10): its name and
 * address, when it started, the extraction jobs it runs now and its search index's lag. Per instance by nature (each
 * says it is alive), so not a {@link vn.hoalac.portal.application.job.ClusterJob}; the removal of old rows is one
 * ({@link ClusterMemberPurge}).
 */
@ApplicationScoped
public class ClusterHeartbeat {

    private static final Logger LOG = Logger.getLogger(ClusterHeartbeat.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ClusterMembers members;

    @Inject
    ThisInstance instance;

    @Inject
    RunningExtractions extractions;

    @Inject
    SearchEngine search;

    @Inject
    ClusterHeartbeat self;

    @Inject
    @ConfigProperty(name = "cluster.heartbeat.seconds", defaultValue = "10")
    int everySeconds;

    private ScheduledFuture<?> task;
    private volatile boolean failing;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        task = scheduler.scheduleWithFixedDelay(this::tick, 1, Math.max(1, everySeconds), TimeUnit.SECONDS);
        LOG.info(() -> "cluster member " + instance.name() + " (" + instance.address() + "): heartbeat every "
                + everySeconds + " s");
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void tick() {
        try {
            self.beat();
            if (failing) {
                failing = false;
                LOG.info("cluster heartbeat written again");
            }
        } catch (RuntimeException e) {
            if (!failing) { // the database down: said once, tried again at every tick
                failing = true;
                LOG.log(Level.WARNING, "cluster heartbeat not written: {0}", String.valueOf(e));
            }
        }
    }

    /** Writes this instance's row now. */
    @Transactional
    public void beat() {
        members.beat(new ClusterMembers.Beat(instance.name(), instance.address(), instance.startedAt(),
                extractions.runningHere(), indexLag()));
    }

    private long indexLag() {
        try {
            return search.status().lag();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
