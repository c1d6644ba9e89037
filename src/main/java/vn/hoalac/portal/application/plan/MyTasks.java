package vn.hoalac.portal.application.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.Page;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;
import vn.hoalac.portal.domain.model.plan.Plan;
import vn.hoalac.portal.domain.model.plan.PlanComment;
import vn.hoalac.portal.domain.model.plan.PlanRepository;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.domain.model.plan.VersionStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What waits for the signed-in user, for the home page: reviews, answers, decisions, progress reports due. */
@RequestScoped
public class MyTasks {

    public enum Kind { REVIEW, ANSWER, SEND_TO_COMMITTEE, DECIDE, REPORT_PROGRESS }

    /** One task; {@code count} is how many items (comments, targets) it covers, {@code due} its deadline if any. */
    public record Task(Kind kind, long planId, String planTitle, Integer versionNumber, long count, LocalDate due, String period) {
    }

    @Inject
    PortalUser user;

    @Inject
    PlanRepository plans;

    @Inject
    PlanProgress progress;

    /** One page of {@link #list()}, with the number of tasks waiting for the caller. */
    @Transactional
    public Page<Task> list(int first, int max) {
        return Page.of(list(), first, max);
    }

    @Transactional
    public List<Task> list() {
        List<Task> tasks = new ArrayList<>();
        LocalDate today = PortalTime.today();
        for (PlanVersion v : plans.versionsIn(List.of(VersionStatus.IN_REVIEW, VersionStatus.SUBMITTED_FOR_APPROVAL))) {
            Plan plan = v.plan();
            if (v.status() == VersionStatus.IN_REVIEW && PlanAccess.mayComment(user, v) && v.openForComments(today)) {
                long mine = v.standingComments().stream().map(PlanComment::organization).filter(o -> o.equals(user.organizationCode())).count();
                tasks.add(new Task(Kind.REVIEW, plan.id(), plan.title(), v.number(), mine, v.reviewDeadline(), null));
            }
            if (v.status() == VersionStatus.IN_REVIEW && user.hasRole(Role.PARK_MANAGER)) {
                long unanswered = v.unansweredComments();
                tasks.add(unanswered > 0
                        ? new Task(Kind.ANSWER, plan.id(), plan.title(), v.number(), unanswered, null, null)
                        : new Task(Kind.SEND_TO_COMMITTEE, plan.id(), plan.title(), v.number(), v.standingComments().size(), v.reviewDeadline(), null));
            }
            if (v.status() == VersionStatus.SUBMITTED_FOR_APPROVAL && PlanAccess.decides(user)) {
                tasks.add(new Task(Kind.DECIDE, plan.id(), plan.title(), v.number(), v.standingComments().size(), null, null));
            }
        }
        if (user.hasAnyRole(Role.PARK_MANAGER, Role.UNIVERSITY_REVIEWER)) {
            String period = PlanProgress.duePeriod(PortalTime.today());
            java.util.Map<Long, List<vn.hoalac.portal.domain.model.plan.VersionHead>> heads = PlanAccess.readsDrafts(user)
                    ? java.util.Map.of() : plans.versionHeads();
            for (Plan plan : plans.all()) {
                boolean visible = PlanAccess.readsDrafts(user) || heads.getOrDefault(plan.id(), List.of()).stream()
                        .anyMatch(v -> PlanAccess.readsVersion(user, v.reviewers(), v.status()));
                if (!visible) {
                    continue;
                }
                long due = progress.dashboard(plan.id()).stream()
                        .filter(TargetProgress::mayReport)
                        .filter(t -> t.reports().stream().noneMatch(r -> r.period().equals(period)))
                        .count();
                if (due > 0) {
                    tasks.add(new Task(Kind.REPORT_PROGRESS, plan.id(), plan.title(), null, due, null, period));
                }
            }
        }
        return tasks;
    }
}
