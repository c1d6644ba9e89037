package vn.hoalac.portal.application.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.application.audit.AuditAction;
import vn.hoalac.portal.application.audit.AuditTrail;
import vn.hoalac.portal.application.job.ClusterJob;
import vn.hoalac.portal.application.job.ClusterJobs;
import vn.hoalac.portal.domain.model.agreement.AgreementRepository;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves agreements on as the days pass, without anyone visiting a page: ACTIVE → EXPIRING 90 days before the end,
 * → EXPIRED after it; open milestones past their date → OVERDUE. A {@link ClusterJob}: at start and then every
 * {@code agreements.refresh-seconds} (an hour by default) one instance of the cluster does it, once per such slot;
 * each change writes an audit event by "system".
 */
@ApplicationScoped
public class AgreementClock implements ClusterJob {

    public static final String JOB = "agreement-clock";

    @Inject
    AgreementRepository agreements;

    @Inject
    AuditTrail audit;

    @Inject
    ClusterJobs jobs;

    @Inject
    @ConfigProperty(name = "agreements.refresh-seconds", defaultValue = "3600")
    long refreshSeconds;

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public Duration every() {
        return Duration.ofSeconds(Math.max(1, refreshSeconds));
    }

    @Override
    public int tick(Instant now) {
        boolean did = jobs.runOnce(JOB, ClusterJobs.slot(now, every()), () -> refresh(ClusterJobs.hanoiDay(now)));
        if (did) {
            jobs.forget(JOB, Duration.ofDays(7)); // one row per slot: the past week is plenty to see it ran once
        }
        return did ? 1 : 0;
    }

    /** Brings statuses up to date for the day, in the caller's transaction; the changes as the audit trail words them. */
    List<String> refresh(LocalDate today) {
        List<String> changes = new ArrayList<>(agreements.refreshStatuses(today));
        for (String change : changes) {
            audit.record(null, AuditAction.AGREEMENT_STATUS_REFRESHED, "AGREEMENT", change.split(" ")[1], change);
        }
        return changes;
    }
}
