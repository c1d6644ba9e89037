package vn.hoalac.portal.infrastructure.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.mail.DailyDigest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the daily digest at MAIL_DIGEST_TIME (07:00) Hanoi time, once per day over every instance ({@link DigestRuns}),
 * and catches up at start when the portal was down at that time: it looks every 30 s whether today's run is due.
 */
@ApplicationScoped
public class DigestClock {

    private static final Logger LOG = Logger.getLogger(DigestClock.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    DailyDigest digest;

    @Inject
    DigestRuns runs;

    @Inject
    @ConfigProperty(name = "mail.digest.time", defaultValue = "07:00")
    String digestTime;

    @Inject
    @ConfigProperty(name = "mail.sender.enabled", defaultValue = "true")
    boolean enabled;

    private volatile boolean running;
    private Clock clock = Clock.system(PortalTime.HANOI);

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        if (!enabled) {
            return;
        }
        LocalTime at = LocalTime.parse(digestTime.strip());
        running = true;
        Thread thread = threads.newThread(() -> {
            while (running) {
                try {
                    tick(at);
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "digest clock: {0}", String.valueOf(e));
                }
            }
        });
        thread.setName("mail-digest-clock");
        thread.start();
    }

    /** Runs today's digest when its time has come and nobody ran it yet. */
    void tick(LocalTime at) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        if (!now.toLocalTime().isBefore(at) && runs.due(today)) {
            digest.run(today);
            runs.done(today);
        }
    }

    @PreDestroy
    void stop() {
        running = false;
    }
}
