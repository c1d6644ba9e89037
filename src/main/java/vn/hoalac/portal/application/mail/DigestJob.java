package vn.hoalac.portal.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.job.ClusterJob;
import vn.hoalac.portal.application.job.ClusterJobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The daily digest as a cluster job: from {@code mail.digest.time} (MAIL_DIGEST_TIME, 07:00) Hanoi time, the day's
 * {@link DailyDigest} runs once in the cluster (period: the Hanoi day), and at the first tick after a restart when the
 * portal was down at that time. Each user's digest is its own transaction inside the run ({@link MailOutbox#writeDigest});
 * a run that fails half-way is not recorded, and the next tick writes only the digests still missing.
 */
@ApplicationScoped
public class DigestJob implements ClusterJob {

    public static final String JOB = "digest";

    @Inject
    ClusterJobs jobs;

    @Inject
    DailyDigest digest;

    @Inject
    @ConfigProperty(name = "mail.digest.time", defaultValue = "07:00")
    String digestTime;

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(1);
    }

    @Override
    public int tick(Instant now) {
        LocalDate day = dueDay(now, LocalTime.parse(digestTime.strip()));
        if (day == null) {
            return 0;
        }
        return jobs.runOnce(JOB, day.toString(), () -> digest.run(day)) ? 1 : 0;
    }

    /** The Hanoi day whose digest is due at {@code now}: today from the digest time on, none before it. */
    static LocalDate dueDay(Instant now, LocalTime at) {
        ZonedDateTime hanoi = now.atZone(PortalTime.HANOI);
        return hanoi.toLocalTime().isBefore(at) ? null : hanoi.toLocalDate();
    }
}
