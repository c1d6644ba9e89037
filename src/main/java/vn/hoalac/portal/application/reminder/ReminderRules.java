package vn.hoalac.portal.application.reminder;

import vn.hoalac.portal.application.Texts;
import vn.hoalac.portal.application.notification.Audience;
import vn.hoalac.portal.application.notification.NotificationEvent;
import vn.hoalac.portal.application.notification.NotificationKind;
import vn.hoalac.portal.domain.model.identity.Role;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a reminder is due and to whom: the rules alone, on plain facts, for any day ({@code today} is a Hanoi day).
 * A reminder goes to its audience only, not to the record's other followers.
 *
 * <ul>
 *     <li><b>Review deadline near</b>: 3 days before the deadline ({@code NEAR-3}) and 1 day before it ({@code NEAR-1}),
 *     to the reviewers of every invited university without a standing comment on the version. A reminder missed
 *     while the portal was down is sent late while the review is still open (the deadline day included), unless
 *     the later one is due already: a portal coming back the day before the deadline sends only {@code NEAR-1}.</li>
 *     <li><b>Review deadline missed</b>: from the day after the deadline, for {@link #MISSED_WITHIN} days, to the park,
 *     naming the invited universities that did not comment, while the version is still in review.</li>
 *     <li><b>Progress report due</b>: a half-year's report ({@code YYYY-H1}) is due on 15 July, the whole year's
 *     ({@code YYYY}) on 15 January of the next year; from {@link #PROGRESS_AHEAD} days before until that day, the users
 *     of each lead unit (an organization of the portal, by code or name) with a tracked target not reported yet for
 *     the period.</li>
 * </ul>
 */
public final class ReminderRules {

    /** Days before the deadline of the first and the second reminder. */
    public static final int FIRST = 3, SECOND = 1;
    /** Days after the deadline during which the park is still told who did not answer (catching up after downtime). */
    public static final int MISSED_WITHIN = 7;
    /** Days before a progress report is due that its reminder is sent. */
    public static final int PROGRESS_AHEAD = 7;
    /** When the first half-year's report is due, and the whole year's (in the next year). */
    public static final MonthDay HALF_YEAR_DUE = MonthDay.of(7, 15), YEAR_DUE = MonthDay.of(1, 15);

    /** A version in review: its plan, number, title, deadline and the invited universities without a standing comment. */
    public record ReviewRound(long planId, int number, String title, LocalDate deadline, Collection<String> silent) {
        String recordId() {
            return planId + "/" + number;
        }
    }

    /** A plan's targets tracked for progress (code and lead unit) and those already reported, by period. */
    public record TrackedPlan(long planId, String title, Map<String, String> leadUnitByTarget, Map<String, Set<String>> reportedByPeriod) {
    }

    private ReminderRules() {
    }

    /** The review reminders due on the day for the round (none, one NEAR or the MISSED one). */
    public static List<Reminder> review(ReviewRound round, LocalDate today) {
        List<Reminder> due = new ArrayList<>();
        if (round.silent().isEmpty()) {
            return due;
        }
        LocalDate deadline = round.deadline();
        Set<String> silent = new TreeSet<>(round.silent());
        if (!today.isAfter(deadline) && !today.isBefore(deadline.minusDays(FIRST))) {
            String which = today.isBefore(deadline.minusDays(SECOND)) ? "NEAR-" + FIRST : "NEAR-" + SECOND;
            long days = Math.max(1, ChronoUnit.DAYS.between(today, deadline));
            NotificationEvent event = NotificationEvent.of(NotificationKind.REVIEW_DEADLINE_NEAR, "PLAN_VERSION", round.recordId(),
                    round.title(), null, which, Map.of("number", String.valueOf(round.number()), "deadline", deadline.toString(),
                            "days", String.valueOf(days)));
            due.add(new Reminder(round.recordId() + ":" + which, event, Audience.members(Role.UNIVERSITY_REVIEWER, silent),
                    user -> user.organizationCode() != null && silent.contains(user.organizationCode())));
        } else if (today.isAfter(deadline) && !today.isAfter(deadline.plusDays(MISSED_WITHIN))) {
            NotificationEvent event = NotificationEvent.of(NotificationKind.REVIEW_DEADLINE_MISSED, "PLAN_VERSION", round.recordId(),
                    round.title(), null, "MISSED", Map.of("number", String.valueOf(round.number()), "deadline", deadline.toString(),
                            "universities", String.join(", ", silent)));
            due.add(new Reminder(round.recordId() + ":MISSED", event, Audience.roles(Role.PARK_MANAGER), user -> user.hasRole(Role.PARK_MANAGER)));
        }
        return due;
    }

    /** The progress period whose reminder is due on the day, with its due date: {@code 2026-H1} from 8 to 15 July. */
    public static Optional<Map.Entry<String, LocalDate>> progressPeriod(LocalDate today) {
        LocalDate halfYear = HALF_YEAR_DUE.atYear(today.getYear());
        if (!today.isBefore(halfYear.minusDays(PROGRESS_AHEAD)) && !today.isAfter(halfYear)) {
            return Optional.of(Map.entry(today.getYear() + "-H1", halfYear));
        }
        LocalDate year = YEAR_DUE.atYear(today.getYear());
        if (!today.isBefore(year.minusDays(PROGRESS_AHEAD)) && !today.isAfter(year)) {
            return Optional.of(Map.entry(String.valueOf(today.getYear() - 1), year));
        }
        return Optional.empty();
    }

    /**
     * The progress reminder due on the day for the plan: to the users of the lead units with a target not reported
     * for the period.
     *
     * @param organizationOf the organization code of a lead unit as written in a target (a code or a name), empty when
     *                       it is no organization of the portal
     */
    public static Optional<Reminder> progress(TrackedPlan plan, LocalDate today, java.util.function.Function<String, Optional<String>> organizationOf) {
        Optional<Map.Entry<String, LocalDate>> due = progressPeriod(today);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        String period = due.get().getKey();
        Set<String> reported = plan.reportedByPeriod().getOrDefault(period, Set.of());
        Set<String> units = new TreeSet<>();
        plan.leadUnitByTarget().forEach((target, lead) -> {
            if (lead != null && !lead.isBlank() && !reported.contains(target)) {
                organizationOf.apply(lead).ifPresent(units::add);
            }
        });
        if (units.isEmpty()) {
            return Optional.empty();
        }
        NotificationEvent event = NotificationEvent.of(NotificationKind.PROGRESS_REPORT_DUE, "PLAN", plan.planId(), plan.title(), null,
                period, Map.of("period", period, "due", due.get().getValue().toString()));
        // the lead units' users, whatever their role: a lead unit may be a university, the park itself or another body
        Audience leadUnits = new Audience(Set.of(), Set.of(), Map.of(Role.UNIVERSITY_REVIEWER, units, Role.PARK_MANAGER, units,
                Role.COMMITTEE_APPROVER, units));
        return Optional.of(new Reminder("plan:" + plan.planId() + ":" + period, event, leadUnits,
                user -> user.organizationCode() != null && units.contains(user.organizationCode())));
    }

    /** The lead unit as a key to match organizations by code or name (case and accents aside). */
    public static String unitKey(String codeOrName) {
        return Texts.fold(codeOrName).strip();
    }
}
