package vn.hoalac.portal.application.agreement;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.audit.AuditAction;
import vn.hoalac.portal.application.audit.AuditTrail;
import vn.hoalac.portal.domain.model.agreement.AgreementRepository;

import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves agreements on as the days pass, without anyone visiting a page: ACTIVE → EXPIRING 90 days before the end,
 * → EXPIRED after it; open milestones past their date → OVERDUE. Runs at start and then every
 * {@code agreements.refresh-seconds} (an hour by default); each change writes an audit event by "system".
 */
@ApplicationScoped
public class AgreementClock {

    private static final Logger LOG = Logger.getLogger(AgreementClock.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AgreementRepository agreements;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "agreements.refresh-seconds", defaultValue = "3600")
    long refreshSeconds;

    @Inject
    AgreementClock self;

    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        task = scheduler.scheduleWithFixedDelay(this::tick, 5, Math.max(1, refreshSeconds), TimeUnit.SECONDS);
        LOG.info(() -> "agreement statuses refreshed every " + refreshSeconds + " s");
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void tick() {
        try {
            self.refresh();
        } catch (RuntimeException e) {
            // the database may be down: the next tick tries again
            LOG.log(Level.WARNING, "agreement statuses not refreshed: {0}", String.valueOf(e));
        }
    }

    @Transactional
    public List<String> refresh() {
        List<String> changes = agreements.refreshStatuses(PortalTime.today());
        for (String change : changes) {
            audit.record(null, AuditAction.AGREEMENT_STATUS_REFRESHED, "AGREEMENT", change.split(" ")[1], change);
        }
        return changes;
    }
}
