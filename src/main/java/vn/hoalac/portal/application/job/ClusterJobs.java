package vn.hoalac.portal.application.job;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.application.PortalTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs scheduled work once per cluster. Every instance ticks every {@link ClusterJob} on the managed scheduler; a
 * tick does each due period through {@link #runOnce}, which, in a transaction of its own:
 * <ol>
 *     <li>takes the job's PostgreSQL advisory lock for that transaction ({@code pg_try_advisory_xact_lock}): another
 *     instance doing the job at this moment makes it return at once, doing nothing;</li>
 *     <li>records the period in {@code job_run} ({@code INSERT ... ON CONFLICT DO NOTHING}): a period done before
 *     (by this instance before a restart, or by another one) is not done again;</li>
 *     <li>does the work in the same transaction: the period is recorded exactly when the work is committed, and work
 *     that fails is rolled back with its record, so the next tick tries it again.</li>
 * </ol>
 * The lock is transaction-scoped, so it is released by the commit or rollback and never stays with a pooled
 * connection. A period missed while the portal was down is done at the first tick after it comes back, if the job
 * still says it is due (each job decides how far back a period stays meaningful).
 */
@ApplicationScoped
public class ClusterJobs {

    private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    JobRuns runs;

    @Inject
    Instance<ClusterJob> jobs;

    /** Shifts the jobs' clock (ISO-8601 duration such as P2D): for trying reminders on a stack, never in production. */
    @Inject
    @ConfigProperty(name = "jobs.clock-offset", defaultValue = "PT0S")
    String clockOffset;

    /** The jobs' clock; tests replace it. */
    Clock clock = Clock.systemUTC();

    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

    public ClusterJobs() {
    }

    /** For tests: this store of periods done and this clock (no scheduling, no transactions). */
    public ClusterJobs(JobRuns runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        Duration offset = Duration.parse(clockOffset);
        if (!offset.isZero()) {
            clock = Clock.offset(Clock.systemUTC(), offset);
            LOG.warning(() -> "the scheduled jobs' clock is shifted by " + offset + " (jobs.clock-offset)");
        }
        for (ClusterJob job : jobs) {
            String name = job.name();
            long every = Math.max(1, job.every().toSeconds());
            tasks.add(scheduler.scheduleWithFixedDelay(() -> tick(job), Math.max(0, job.firstTick().toSeconds()), every, TimeUnit.SECONDS));
            LOG.info(() -> "scheduled job " + name + " every " + every + " s, once per cluster");
        }
    }

    @PreDestroy
    void stop() {
        tasks.forEach(t -> t.cancel(false));
    }

    private void tick(ClusterJob job) {
        try {
            job.tick(now());
        } catch (RuntimeException e) {
            // the database may be down, or the job's work failed: its period is not recorded, the next tick tries again
            LOG.log(Level.WARNING, "scheduled job {0} did not run: {1}", new Object[]{job.name(), String.valueOf(e)});
        }
    }

    /** The jobs' present moment. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Does one period of a job on one instance of the cluster, once: see the class comment. Call it from a
     * {@link ClusterJob#tick} (outside a transaction: it makes its own).
     *
     * @param job    the job's name
     * @param period what this run covers, e.g. {@code 2026-12-01} for a day, {@code 12/3:D-3} for a reminder
     * @param work   done in the transaction that records the period
     * @return whether this call did the work (false: done before, or being done elsewhere now)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean runOnce(String job, String period, Runnable work) {
        if (!runs.tryLock(job) || !runs.markDone(job, period)) {
            return false;
        }
        work.run();
        LOG.fine(() -> "job " + job + " did " + period);
        return true;
    }

    /** Whether the period of the job was done. */
    @Transactional
    public boolean done(String job, String period) {
        return runs.done(job, period);
    }

    /** Forgets a job's periods older than the age (jobs whose periods are short slots, so the table stays small). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forget(String job, Duration age) {
        return runs.forget(job, now().minus(age));
    }

    /** The scheduled jobs by name. */
    public List<String> names() {
        return new ArrayList<>(byName().keySet());
    }

    /**
     * Ticks the job now, on this thread (administrators, tests): still once per cluster and period.
     *
     * @return how many periods it did, empty for a job that does not exist
     */
    public Optional<Integer> tickNow(String name) {
        return tickAt(name, now());
    }

    /** Ticks the job as if it were {@code at}: how many periods it did; empty for a job that does not exist. */
    public Optional<Integer> tickAt(String name, Instant at) {
        ClusterJob job = byName().get(name);
        return job == null ? Optional.empty() : Optional.of(job.tick(at));
    }

    /** Whether administrators may tick a job as of another day (a test stack's setting, never production's). */
    @Inject
    @ConfigProperty(name = "jobs.run-as-of.enabled", defaultValue = "false")
    boolean runAsOfEnabled;

    public boolean runAsOfEnabled() {
        return runAsOfEnabled;
    }

    private TreeMap<String, ClusterJob> byName() {
        TreeMap<String, ClusterJob> byName = new TreeMap<>();
        for (ClusterJob job : jobs) {
            byName.put(job.name(), job);
        }
        return byName;
    }

    /**
     * The period of a daily job due at {@code now}: the latest Hanoi day whose {@code at} has come (yesterday before
     * {@code at}), as 2026-12-01. A day missed while the portal was down is not done separately: the next day's run
     * covers it.
     */
    public static String dayDue(Instant now, LocalTime at) {
        ZonedDateTime hanoi = now.atZone(PortalTime.HANOI);
        LocalDate day = hanoi.toLocalTime().isBefore(at) ? hanoi.toLocalDate().minusDays(1) : hanoi.toLocalDate();
        return day.toString();
    }

    /** The Hanoi day of a moment. */
    public static LocalDate hanoiDay(Instant now) {
        return now.atZone(PortalTime.HANOI).toLocalDate();
    }

    /** The slot of a job running every {@code every}: 2026-12-01T21:00:00Z for an hourly one at 21:40 UTC. */
    public static String slot(Instant now, Duration every) {
        long seconds = Math.max(1, every.toSeconds());
        return Instant.ofEpochSecond(now.getEpochSecond() / seconds * seconds).toString();
    }
}
