package vn.hoalac.portal.application.reminder;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.job.ClusterJobs;
import vn.hoalac.portal.application.job.MemoryJobRuns;
import vn.hoalac.portal.application.notification.Audience;
import vn.hoalac.portal.application.notification.NotificationEvent;
import vn.hoalac.portal.application.notification.Notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each reminder is published once, however often the job ticks, on one instance or two, and late after downtime. */
class ReminderJobTest {

    /** Two rounds: one due a reminder on 7 December, one silent-free. */
    static final class Rounds extends ReminderSource {
        final List<LocalDate> asked = new ArrayList<>();

        @Override
        public List<Reminder> due(LocalDate today) {
            asked.add(today);
            List<Reminder> due = new ArrayList<>(ReminderRules.review(new ReminderRules.ReviewRound(1, 1, "A", LocalDate.of(2026, 12, 10),
                    List.of("HVNN")), today));
            due.addAll(ReminderRules.review(new ReminderRules.ReviewRound(2, 1, "B", LocalDate.of(2026, 12, 10), List.of()), today));
            return due;
        }
    }

    static final class Published extends Notifications {
        final List<String> keys = new ArrayList<>();

        @Override
        public List<String> publish(NotificationEvent event, Audience audience) {
            keys.add(event.eventKey());
            return List.of();
        }
    }

    private final MemoryJobRuns runs = new MemoryJobRuns();
    private final Published published = new Published();

    private ReminderJob instance() {
        ReminderJob job = new ReminderJob();
        job.source = new Rounds();
        job.notifications = published;
        job.jobs = new ClusterJobs(runs, Clock.systemUTC());
        return job;
    }

    private static Instant hanoi(String dayAndTime) {
        return java.time.LocalDateTime.parse(dayAndTime).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }

    @Test
    void eachReminderOnceWhateverTheTicksAndInstances() {
        ReminderJob one = instance();
        ReminderJob two = instance(); // a second instance sharing job_run
        assertThat(one.tick(hanoi("2026-12-07T00:05"))).isEqualTo(1);
        assertThat(two.tick(hanoi("2026-12-07T00:05"))).isZero();
        assertThat(one.tick(hanoi("2026-12-07T09:00"))).as("later the same day").isZero();
        assertThat(two.tick(hanoi("2026-12-08T09:00"))).as("the next day: the same reminder").isZero();
        assertThat(published.keys).containsExactly("REVIEW_DEADLINE_NEAR:PLAN_VERSION:1/1:NEAR-3");

        assertThat(one.tick(hanoi("2026-12-09T00:01"))).as("one day before").isEqualTo(1);
        assertThat(one.tick(hanoi("2026-12-11T08:00"))).as("the day after: the park").isEqualTo(1);
        assertThat(two.tick(hanoi("2026-12-11T08:15"))).isZero();
        assertThat(published.keys).containsExactly("REVIEW_DEADLINE_NEAR:PLAN_VERSION:1/1:NEAR-3",
                "REVIEW_DEADLINE_NEAR:PLAN_VERSION:1/1:NEAR-1", "REVIEW_DEADLINE_MISSED:PLAN_VERSION:1/1:MISSED");
    }

    @Test
    void thePortalDownOnTheReminderDaysSendsTheLatestOnceWhenItComesBack() {
        ReminderJob job = instance();
        assertThat(job.tick(hanoi("2026-12-06T23:00"))).isZero();
        // down from 7 to 9 December; back on the deadline day
        assertThat(job.tick(hanoi("2026-12-10T11:00"))).isEqualTo(1);
        assertThat(job.tick(hanoi("2026-12-10T11:15"))).isZero();
        assertThat(published.keys).containsExactly("REVIEW_DEADLINE_NEAR:PLAN_VERSION:1/1:NEAR-1");
        assertThat(((Rounds) job.source).asked).as("Hanoi days, whatever the server's zone")
                .containsExactly(LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 10));
    }
}
