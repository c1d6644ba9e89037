package vn.hoalac.portal.infrastructure.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.application.mail.MailOutbox;
import vn.hoalac.portal.application.mail.MailQueued;
import vn.hoalac.portal.application.mail.MailTexts;
import vn.hoalac.portal.application.mail.PreferenceStore;
import vn.hoalac.portal.application.mail.OutboxSender;
import vn.hoalac.portal.application.mail.RetryPolicy;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The thread that sends the outbox's mails ({@link OutboxSender}): a round every MAIL_POLL_SECONDS (3), at once after a
 * commit that wrote mails ({@link MailQueued}), and round after round while full batches come. At most
 * MAIL_RATE_PER_MINUTE (600) mails a minute leave, over every instance, so a backlog after an outage drains at a pace
 * the server takes. Retries: MAIL_RETRY_FIRST_SECONDS (30) doubling to MAIL_RETRY_MAX_SECONDS (1800), given up after
 * MAIL_GIVE_UP_HOURS (24). Each instance runs one; they share the outbox through its row locks.
 */
@ApplicationScoped
public class MailWorker {

    private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    MailOutbox outbox;

    @Inject
    JakartaMailTransport transport;

    @Inject
    MailTexts texts;

    @Inject
    PreferenceStore preferences;

    @Inject
    @ConfigProperty(name = "mail.sender.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "mail.poll.seconds", defaultValue = "3")
    int pollSeconds;

    /** How long a claimed batch, and then each mail from its hand-over to the server, belongs to its sender. */
    @Inject
    @ConfigProperty(name = "mail.lease.seconds", defaultValue = "600")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "mail.batch", defaultValue = "10")
    int batch;

    @Inject
    @ConfigProperty(name = "mail.rate.per-minute", defaultValue = "600")
    int perMinute;

    @Inject
    @ConfigProperty(name = "mail.retry.first.seconds", defaultValue = "30")
    int retryFirstSeconds;

    @Inject
    @ConfigProperty(name = "mail.retry.max.seconds", defaultValue = "1800")
    int retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "mail.give-up.hours", defaultValue = "24")
    int giveUpHours;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private OutboxSender sender;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (!enabled) {
            LOG.info("mail sender disabled (MAIL_SENDER_ENABLED=false)");
            return;
        }
        sender = new OutboxSender(outbox, transport, texts, preferences,
                new RetryPolicy(Duration.ofSeconds(retryFirstSeconds), Duration.ofSeconds(retryMaxSeconds), Duration.ofHours(giveUpHours)),
                Duration.ofSeconds(leaseSeconds), Clock.systemUTC());
        running = true;
        Thread thread = threads.newThread(this::work);
        thread.setName("mail-sender");
        thread.start();
        LOG.info(() -> "mail sender started (SMTP " + transport.server() + ", at most " + perMinute + " a minute)");
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        wakeUp.release();
    }

    @PreDestroy
    void stop() {
        running = false;
        wakeUp.release();
    }

    /** How long the sender waits after a round that found the mail server down. */
    static final int SERVER_DOWN_PAUSE_SECONDS = 30;

    private void pause(int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (running && System.nanoTime() < until) {
            wakeUp.tryAcquire(Math.max(1, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            wakeUp.drainPermits();
        }
    }

    private void work() {
        while (running) {
            try {
                OutboxSender.Round round = sender.drainOnce(batch, perMinute);
                if (round.serverDown()) {
                    // the server is down: one try per pause, not one per poll, until it answers again (each mail's
                    // own next attempt is later still: RetryPolicy); new mail does not wake the sender meanwhile
                    pause(SERVER_DOWN_PAUSE_SECONDS);
                } else if (round.claimed() < batch) {
                    wakeUp.tryAcquire(pollSeconds, TimeUnit.SECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database down or the like: claimed mails come back when their lease ends
                LOG.log(Level.WARNING, "mail sender: {0}", String.valueOf(e));
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        transport.close();
    }
}
