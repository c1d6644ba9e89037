package vn.hoalac.portal.application.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hoalac.portal.application.audit.AuditAction;
import vn.hoalac.portal.application.audit.AuditTrail;
import vn.hoalac.portal.application.job.ClusterJob;
import vn.hoalac.portal.application.job.ClusterJobs;
import vn.hoalac.portal.application.notification.Audience;
import vn.hoalac.portal.application.notification.NotificationEvent;
import vn.hoalac.portal.application.notification.NotificationKind;
import vn.hoalac.portal.application.notification.Notifications;
import vn.hoalac.portal.domain.model.agreement.Agreement;
import vn.hoalac.portal.domain.model.agreement.AgreementRepository;
import vn.hoalac.portal.domain.model.agreement.AgreementStatus;
import vn.hoalac.portal.domain.model.agreement.StatusChange;
import vn.hoalac.portal.domain.model.identity.Role;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Moves agreements on as the days pass, without anyone visiting a page: ACTIVE → EXPIRING 90 days before the end,
 * → EXPIRED after it; open milestones past their date → OVERDUE. A {@link ClusterJob}: at start and then every
 * {@code agreements.refresh-seconds} (an hour by default) one instance of the cluster does it, once per such slot;
 * each change writes an audit event by "system" and notifies the park and the parties (AGREEMENT_EXPIRING,
 * AGREEMENT_EXPIRED, MILESTONE_OVERDUE).
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
    Notifications notifications;

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

    /**
     * Brings statuses up to date for the day, in the caller's transaction: each change is an audit event by "system"
     * and a notification to the park and the parties (once per change: the event key names the end date or the
     * milestone).
     */
    List<StatusChange> refresh(LocalDate today) {
        List<StatusChange> changes = new ArrayList<>(agreements.refreshStatuses(today));
        for (StatusChange change : changes) {
            audit.record(null, AuditAction.AGREEMENT_STATUS_REFRESHED, "AGREEMENT", change.agreementId(), change.describe());
            agreements.find(change.agreementId()).ifPresent(agreement -> notify(agreement, change));
        }
        return changes;
    }

    private void notify(Agreement agreement, StatusChange change) {
        Audience audience = Audience.roles(Role.PARK_MANAGER)
                .and(Audience.members(Role.UNIVERSITY_REVIEWER, agreement.parties()));
        NotificationEvent event;
        if (change.isMilestone()) {
            event = NotificationEvent.of(NotificationKind.MILESTONE_OVERDUE, "AGREEMENT", agreement.id(), agreement.title(), null,
                    "milestone-" + change.milestoneId(), Map.of("milestone", change.milestone(),
                            "due", change.milestoneDue() == null ? "" : change.milestoneDue().toString()));
        } else {
            String end = agreement.effectiveTo() == null ? "" : agreement.effectiveTo().toString();
            event = NotificationEvent.of(change.status() == AgreementStatus.EXPIRED ? NotificationKind.AGREEMENT_EXPIRED
                            : NotificationKind.AGREEMENT_EXPIRING, "AGREEMENT", agreement.id(), agreement.title(), null, end,
                    Map.of("number", agreement.number() == null ? "" : agreement.number(), "endDate", end));
        }
        notifications.publish(event, audience);
    }
}
