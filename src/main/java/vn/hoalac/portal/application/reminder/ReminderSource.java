package vn.hoalac.portal.application.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.domain.model.organization.Organization;
import vn.hoalac.portal.domain.model.organization.OrganizationRepository;
import vn.hoalac.portal.domain.model.plan.Plan;
import vn.hoalac.portal.domain.model.plan.PlanRepository;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.domain.model.plan.ProgressReport;
import vn.hoalac.portal.domain.model.plan.Target;
import vn.hoalac.portal.domain.model.plan.VersionStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the facts the {@link ReminderRules} need from the plans, and applies them for a day. */
@ApplicationScoped
public class ReminderSource {

    @Inject
    PlanRepository plans;

    @Inject
    OrganizationRepository organizations;

    /** The reminders due on the day, in a read-only look at the plans. */
    @Transactional
    public List<Reminder> due(LocalDate today) {
        List<Reminder> due = new ArrayList<>();
        for (PlanVersion v : plans.versionsIn(List.of(VersionStatus.IN_REVIEW))) {
            due.addAll(ReminderRules.review(new ReminderRules.ReviewRound(v.plan().id(), v.number(), v.plan().title(),
                    v.reviewDeadline(), v.silentReviewers()), today));
        }
        if (ReminderRules.progressPeriod(today).isPresent()) {
            Map<String, String> units = new HashMap<>();
            for (Organization o : organizations.findAll()) {
                units.put(ReminderRules.unitKey(o.code()), o.code());
                units.put(ReminderRules.unitKey(o.name()), o.code());
                if (o.nameEn() != null) {
                    units.putIfAbsent(ReminderRules.unitKey(o.nameEn()), o.code());
                }
            }
            for (Plan plan : plans.all()) {
                tracked(plan).ifPresent(t -> ReminderRules.progress(t, today,
                        lead -> Optional.ofNullable(units.get(ReminderRules.unitKey(lead)))).ifPresent(due::add));
            }
        }
        return due;
    }

    /** The targets of the plan's latest approved version (the ones lead units report on) and what was reported. */
    private Optional<ReminderRules.TrackedPlan> tracked(Plan plan) {
        Optional<PlanVersion> approved = plans.versions(plan.id()).stream().filter(v -> v.status() == VersionStatus.APPROVED)
                .max(Comparator.comparingInt(PlanVersion::number));
        if (approved.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> leads = new LinkedHashMap<>();
        for (Target t : approved.get().content().targets()) {
            leads.put(t.code(), t.leadUnit());
        }
        Map<String, Set<String>> reported = new HashMap<>();
        for (ProgressReport r : plans.progress(plan.id())) {
            reported.computeIfAbsent(r.period(), p -> new HashSet<>()).add(r.targetCode());
        }
        return Optional.of(new ReminderRules.TrackedPlan(plan.id(), plan.title(), leads, reported));
    }
}
