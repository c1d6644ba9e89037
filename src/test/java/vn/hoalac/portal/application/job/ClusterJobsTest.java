package vn.hoalac.portal.application.job;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A period of a job is done once, never while another instance holds the job, and done again only if it failed. */
class ClusterJobsTest {

    private final MemoryJobRuns runs = new MemoryJobRuns();
    private final ClusterJobs jobs = new ClusterJobs(runs, Clock.fixed(Instant.parse("2026-12-01T00:30:00Z"), ZoneOffset.UTC));

    @Test
    void aPeriodIsDoneOnceWhateverTheNumberOfTicks() {
        AtomicInteger work = new AtomicInteger();
        assertThat(jobs.runOnce("digest", "2026-12-01", work::incrementAndGet)).isTrue();
        assertThat(jobs.runOnce("digest", "2026-12-01", work::incrementAndGet)).as("a restart or a second instance").isFalse();
        assertThat(jobs.runOnce("digest", "2026-12-02", work::incrementAndGet)).as("the next period").isTrue();
        assertThat(jobs.runOnce("reminders", "2026-12-01", work::incrementAndGet)).as("another job's period of the same name").isTrue();
        assertThat(work).hasValue(3);
    }

    @Test
    void anInstanceHoldingTheJobMakesTheOthersSkipWithoutRecordingThePeriod() {
        AtomicInteger work = new AtomicInteger();
        runs.lockedElsewhere = true;
        assertThat(jobs.runOnce("digest", "2026-12-01", work::incrementAndGet)).isFalse();
        assertThat(runs.done).isEmpty();
        runs.lockedElsewhere = false;
        assertThat(jobs.runOnce("digest", "2026-12-01", work::incrementAndGet)).isTrue();
        assertThat(work).hasValue(1);
    }

    @Test
    void dailyPeriodsAreHanoiDaysWhoseHourHasCome() {
        // 00:30 UTC is 07:30 in Hanoi
        assertThat(ClusterJobs.dayDue(jobs.now(), LocalTime.of(7, 0))).isEqualTo("2026-12-01");
        assertThat(ClusterJobs.dayDue(jobs.now(), LocalTime.of(8, 0))).as("before the hour: yesterday's").isEqualTo("2026-11-30");
        assertThat(ClusterJobs.hanoiDay(Instant.parse("2026-11-30T17:00:00Z"))).as("midnight in Hanoi").hasToString("2026-12-01");
        assertThat(ClusterJobs.slot(Instant.parse("2026-12-01T21:40:12Z"), Duration.ofHours(1))).isEqualTo("2026-12-01T21:00:00Z");
    }

    @Test
    void workThatFailsIsNotSwallowed() {
        assertThatThrownBy(() -> jobs.runOnce("digest", "2026-12-01", () -> {
            throw new IllegalStateException("mail server down");
        })).hasMessage("mail server down"); // the transaction rolls the job_run row back with it (ClusterJobsIT)
    }
}
