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
 * <p>Never sent twice: each claim has its token, and every update names it, so a sender whose lease ran out (a
 * tarpitting server keeping one send longer than the lease) and was taken over can neither mark the mail nor send it:
 * just before a mail goes to the server the sender {@linkplain MailOutbox#handOver hands it over} under its claim, and
 * skips it when that claim is no longer the mail's. A mail handed over whose sender did not report back within the
 * lease (still talking to a slow server, or stopped) is not sent by anyone else: it is marked FAILED for the
 * administrators, and becomes SENT if its sender reports success after all. A mail is marked SENT after the server
 * accepted it, with the Message-ID derived from its idempotency key.
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
                    outbox.markFailed(mail, why, null);
                } else {
                    outbox.retryLater(mail, retry.delayAfter(mail.attempts()), why, null);
                }
                continue;
            }
            if (!outbox.handOver(mail, lease)) { // another sender claimed it since: it is theirs now
                LOG.log(Level.INFO, "mail {0} to {1} is no longer this sender''s (its lease ran out): not sent by it",
                        new Object[] {mail.id(), mail.address()});
                continue;
            }
            try {
                transport.send(outgoing);
            } catch (MailTransport.MailFailure failure) {
                if (failure.permanent()) {
                    LOG.log(Level.INFO, "mail {0} to {1} refused: {2}", new Object[] {mail.id(), mail.address(), failure.getMessage()});
                    outbox.markRefused(mail, failure.getMessage(), outgoing.subject());
                    continue;
                }
                if (retry.givesUp(mail.createdAt(), clock.instant())) {
                    LOG.log(Level.WARNING, "mail {0} to {1} given up: {2}", new Object[] {mail.id(), mail.address(), failure.getMessage()});
                    outbox.markFailed(mail, failure.getMessage(), outgoing.subject());
                    continue;
                }
                Duration delay = retry.delayAfter(mail.attempts());
                LOG.log(Level.INFO, "mail {0} not sent (attempt {1}), again in {2}: {3}",
                        new Object[] {mail.id(), mail.attempts(), delay, failure.getMessage()});
                outbox.retryLater(mail, delay, failure.getMessage(), outgoing.subject());
                for (MailOutbox.Claimed rest : claimed.subList(i + 1, claimed.size())) {
                    outbox.release(rest, delay);
                }
                return new Round(claimed.size(), sent, true);
            }
            outbox.markSent(mail, outgoing.messageId(), outgoing.subject());
            sent++;
        }
        return new Round(claimed.size(), sent, false);
    }
}
