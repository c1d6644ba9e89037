package vn.hoalac.portal.application.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the {@link MailOutbox}: claims a small batch of due mails, writes each in its recipient's language, hands it
 * to the {@link MailTransport} and records the outcome. A refusal marks the mail REFUSED (never tried again); a
 * temporary failure puts it back with {@link RetryPolicy}'s back-off, and the rest of the batch waits as long untried
 * (the server is down for them too); after the policy's last retry the mail is FAILED.
 *
 * <p>Delivery is at least once, with duplicates recognisable: a mail is marked SENT after the server accepted it, in
 * its own transaction. A sender that dies between the two (a crash, the database gone at that instant) leaves the mail
 * claimed; its lease runs out and it is sent again, with the same Message-ID, derived from its idempotency key, so a
 * mail client or a person sees it is the same mail. Marking before sending would lose that mail instead, silently; a
 * notification is worth more than the rare duplicate.
 */
public final class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    private final MailOutbox outbox;
    private final MailTransport transport;
    private final MailTexts texts;
    private final PreferenceStore preferences;
    private final RetryPolicy retry;
    private final Duration lease;
    private final Clock clock;

    public OutboxSender(MailOutbox outbox, MailTransport transport, MailTexts texts, PreferenceStore preferences,
                        RetryPolicy retry, Duration lease, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox);
        this.transport = Objects.requireNonNull(transport);
        this.texts = Objects.requireNonNull(texts);
        this.preferences = Objects.requireNonNull(preferences);
        this.retry = Objects.requireNonNull(retry);
        this.lease = Objects.requireNonNull(lease);
        this.clock = Objects.requireNonNull(clock);
    }

    /** What one round did. */
    public record Round(int claimed, int sent, boolean serverDown) {
    }

    /**
     * One round: up to {@code batch} mails, no more than {@code perMinute} over the last minute (every instance).
     */
    public Round drainOnce(int batch, int perMinute) {
        List<MailOutbox.Claimed> claimed = outbox.claim(batch, perMinute, lease);
        int sent = 0;
        for (int i = 0; i < claimed.size(); i++) {
            MailOutbox.Claimed mail = claimed.get(i);
            OutgoingMail outgoing;
            try {
                outgoing = texts.compose(mail, outbox.notices(mail.notificationIds()), preferences.unsubscribeToken(mail.recipient()));
            } catch (RuntimeException cannotWrite) {
                // this mail could not be written (its data, a bundle): tried again later like a failed send, given up in
                // time, and never holding back the rest of its batch
                String why = "could not be written: " + cannotWrite;
                LOG.log(Level.WARNING, "mail {0} to {1} {2}", new Object[] {mail.id(), mail.address(), why});
                if (retry.givesUp(mail.createdAt(), clock.instant())) {
                    outbox.markFailed(mail.id(), why, null);
                } else {
                    outbox.retryLater(mail.id(), retry.delayAfter(mail.attempts()), why, null);
                }
                continue;
            }
            try {
                transport.send(outgoing);
            } catch (MailTransport.MailFailure failure) {
                if (failure.permanent()) {
                    LOG.log(Level.INFO, "mail {0} to {1} refused: {2}", new Object[] {mail.id(), mail.address(), failure.getMessage()});
                    outbox.markRefused(mail.id(), failure.getMessage(), outgoing.subject());
                    continue;
                }
                if (retry.givesUp(mail.createdAt(), clock.instant())) {
                    LOG.log(Level.WARNING, "mail {0} to {1} given up: {2}", new Object[] {mail.id(), mail.address(), failure.getMessage()});
                    outbox.markFailed(mail.id(), failure.getMessage(), outgoing.subject());
                    continue;
                }
                Duration delay = retry.delayAfter(mail.attempts());
                LOG.log(Level.INFO, "mail {0} not sent (attempt {1}), again in {2}: {3}",
                        new Object[] {mail.id(), mail.attempts(), delay, failure.getMessage()});
                outbox.retryLater(mail.id(), delay, failure.getMessage(), outgoing.subject());
                for (MailOutbox.Claimed rest : claimed.subList(i + 1, claimed.size())) {
                    outbox.release(rest.id(), delay);
                }
                return new Round(claimed.size(), sent, true);
            }
            outbox.markSent(mail.id(), outgoing.messageId(), outgoing.subject());
            sent++;
        }
        return new Round(claimed.size(), sent, false);
    }
}
