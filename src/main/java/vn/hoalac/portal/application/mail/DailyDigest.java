package vn.hoalac.portal.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

    /** @return how many digests were written */
    public int run(LocalDate day) {
        int written = 0;
        for (String recipient : outbox.undigestedRecipients()) {
            try {
                List<Long> withheld = access.noLongerReadable(recipient, outbox.undigested(recipient));
                if (outbox.writeDigest(recipient, day, withheld)) {
                    written++;
                }
            } catch (RuntimeException e) { // one user's failure does not keep the others' digests back
                LOG.log(Level.WARNING, "the digest of " + recipient + " for " + day + " could not be written", e);
            }
        }
        int count = written;
        LOG.info(() -> "digest of " + day + ": " + count + " e-mails written");
        return written;
    }
}
