package vn.hoalac.portal.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.hoalac.portal.application.PortalTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily digest: for each user whose notifications wait for it, one e-mail listing everything since the last one,
 * grouped by record, written in one transaction per user ({@link MailOutbox#writeDigest}). Access is checked again at
 * that moment ({@link DigestReaders}): a line whose record the user may no longer read is left out, never mailed. Safe to run twice, on two
 * instances at once or again the same day: a user's digest of a day is written once, a notification carried once.
 * Whatever a run misses (the portal down at 07:00) goes into the next run's digest.
 */
@ApplicationScoped
public class DailyDigest {

    private static final Logger LOG = Logger.getLogger(DailyDigest.class.getName());

    @Inject
    MailOutbox outbox;

    @Inject
    DigestReaders access;

    public DailyDigest() {
    }

    /** For tests: these ports. */
    public DailyDigest(MailOutbox outbox, DigestReaders access) {
        this.outbox = outbox;
        this.access = access;
    }

    /**
     * The digest of {@code day}, as the 07:00 run writes it: a user's digest of a day is written once.
     *
     * @return how many digests were written
     */
    public int run(LocalDate day) {
        return write(day.toString());
    }

    /**
     * The administrators' digest on demand: a digest of its own (its key names this moment, not the day), carrying what
     * waits now; the day's scheduled digest later carries only what came after it, and is still written.
     *
     * @return how many digests were written
     */
    public int runNow(Instant now) {
        return write(now.atZone(PortalTime.HANOI).toLocalDate() + "@now-" + now.toEpochMilli());
    }

    private int write(String digest) {
        int written = 0;
        for (String recipient : outbox.undigestedRecipients()) {
            try {
                List<Long> withheld = access.noLongerReadable(recipient, outbox.undigested(recipient));
                if (outbox.writeDigest(recipient, digest, withheld)) {
                    written++;
                }
            } catch (RuntimeException e) { // one user's failure does not keep the others' digests back
                LOG.log(Level.WARNING, "the digest " + digest + " of " + recipient + " could not be written", e);
            }
        }
        int count = written;
        LOG.info(() -> "digest " + digest + ": " + count + " e-mails written");
        return written;
    }
}
