package vn.hoalac.portal.application.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.AccessDeniedException;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Message;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.application.Problems;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.Page;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.audit.AuditAction;
import vn.hoalac.portal.application.audit.AuditTrail;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;
import vn.hoalac.portal.domain.model.organization.Organization;
import vn.hoalac.portal.domain.model.organization.OrganizationRepository;
import vn.hoalac.portal.domain.model.plan.Plan;
import vn.hoalac.portal.domain.model.plan.PlanRepository;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.domain.model.plan.ProgressReport;
import vn.hoalac.portal.domain.model.plan.ProgressStatus;
import vn.hoalac.portal.domain.model.plan.Target;
import vn.hoalac.portal.domain.model.plan.VersionStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Half-yearly and yearly progress on the targets: lead units (and the park for all of them) report actual values;
 * everyone who may read the plan sees the dashboard. Targets are those of the latest approved version, or of the
 * draft while nothing is approved yet.
 */
@RequestScoped
public class PlanProgress {

    private static final Pattern PERIOD = Pattern.compile("(20[0-9]{2})(-H[12])?");

    @Inject
    PortalUser user;

    @Inject
    PlanRepository plans;

    @Inject
    OrganizationRepository organizations;

    @Inject
    PlanDrafting drafting;

    @Inject
    AuditTrail audit;

    /** One page of {@link #dashboard(long)}, with the number of targets tracked. */
    @Transactional
    public Page<TargetProgress> dashboard(long planId, int first, int max) {
        return Page.of(dashboard(planId), first, max);
    }

    /** The targets tracked and where each stands. */
    @Transactional
    public List<TargetProgress> dashboard(long planId) {
        Plan plan = drafting.plan(planId);
        List<ProgressReport> reports = plans.progress(planId);
        List<TargetProgress> result = new ArrayList<>();
        for (Target target : trackedTargets(plan)) {
            List<ProgressReport> mine = reports.stream().filter(r -> r.targetCode().equals(target.code()))
                    .sorted(Comparator.comparing(r -> periodOrder(r.period()))).toList();
            result.add(new TargetProgress(target, mine, mayReport(target)));
        }
        return result;
    }

    /** Records (or corrects) the actual value of a target in a period. */
    @Transactional
    public ProgressReport report(long planId, String targetCode, String period, BigDecimal actual, ProgressStatus status, String note) {
        Plan plan = drafting.plan(planId);
        Target target = trackedTargets(plan).stream().filter(t -> t.code().equals(targetCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("notFound.target", targetCode));
        if (!mayReport(target)) {
            throw new AccessDeniedException("denied.progress", targetCode, target.leadUnit() == null ? "" : target.leadUnit());
        }
        List<Problem> problems = new ArrayList<>();
        String cleanPeriod = period == null ? "" : period.strip().toUpperCase(Locale.ROOT);
        if (!PERIOD.matcher(cleanPeriod).matches()) {
            problems.add(new Problem("period", "problem.period"));
        } else if (Integer.parseInt(cleanPeriod.substring(0, 4)) > PortalTime.today().getYear()) {
            problems.add(new Problem("period", "problem.periodAhead", cleanPeriod));
        }
        if (actual == null) {
            problems.add(new Problem("actual", "problem.required"));
        } else if (!Target.inRange(actual)) {
            problems.add(new Problem("actual", "problem.decimal"));
        }
        if (status == null) {
            problems.add(new Problem("status", "problem.chooseOne", Problems.words("progress.status.", ProgressStatus.values())));
        }
        String cleanNote = PlanDrafting.text(note);
        Problems.atMost(problems, "note", cleanNote, 5_000);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("invalid.progress", problems);
        }
        String noteOrNull = cleanNote.isEmpty() ? null : cleanNote;
        Optional<ProgressReport> existing = plans.progress(planId, targetCode, cleanPeriod);
        ProgressReport report;
        if (existing.isPresent()) {
            report = existing.get();
            report.update(actual, status, noteOrNull, user.username(), user.organizationCode(), PlanDrafting.now());
        } else {
            report = new ProgressReport(planId, targetCode, cleanPeriod, actual, status, noteOrNull, user.username(),
                    user.organizationCode(), PlanDrafting.now());
            plans.add(report);
        }
        audit.record(user, existing.isPresent() ? AuditAction.PROGRESS_CORRECTED : AuditAction.PROGRESS_REPORTED, "PLAN", planId,
                targetCode + " " + cleanPeriod + " = " + actual.toPlainString() + " " + status);
        return report;
    }

    /** The period whose report is due now: the first half-year from July, last year's whole year before. */
    public static String duePeriod(LocalDate today) {
        return today.getMonthValue() >= 7 ? today.getYear() + "-H1" : String.valueOf(today.getYear() - 1);
    }

    /** Park managers report every target; a lead unit that is an organization of the portal reports its own. */
    public boolean mayReport(Target target) {
        if (user.hasRole(Role.PARK_MANAGER)) {
            return true;
        }
        if (!user.hasRole(Role.UNIVERSITY_REVIEWER) || user.organizationCode() == null || target.leadUnit() == null) {
            return false;
        }
        String lead = fold(target.leadUnit());
        if (lead.equals(fold(user.organizationCode()))) {
            return true;
        }
        return organizations.find(user.organizationCode()).map(Organization::name).map(PlanProgress::fold)
                .filter(lead::equals).isPresent();
    }

    private List<Target> trackedTargets(Plan plan) {
        return plans.versions(plan.id()).stream()
                .filter(v -> v.status() == VersionStatus.APPROVED)
                .max(Comparator.comparingInt(PlanVersion::number))
                .map(v -> v.content().targets())
                .orElseGet(() -> PlanAccess.readsDrafts(user) ? plan.targets() : List.of());
    }

    /** 2025-H1 before 2025 (the whole year ends later) before 2026-H1. */
    static String periodOrder(String period) {
        return period.length() == 4 ? period + "-H3" : period;
    }

    private static String fold(String s) {
        return vn.hoalac.portal.application.Texts.fold(s).strip();
    }
}
