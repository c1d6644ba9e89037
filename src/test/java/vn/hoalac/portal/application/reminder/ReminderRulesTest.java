package vn.hoalac.portal.application.reminder;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.notification.NotificationKind;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is reminded of what, and on which day. */
class ReminderRulesTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 10);
    private static final ReminderRules.ReviewRound ROUND =
            new ReminderRules.ReviewRound(12, 3, "Đề án Hòa Lạc", DEADLINE, List.of("HVNN", "DHQGHN"));

    private static PortalUser user(String username, String organization, Role role) {
        return new PortalUser(username, username, null, organization, Set.of(role));
    }

    private static List<Reminder> on(int day) {
        return ReminderRules.review(ROUND, LocalDate.of(2026, 12, day));
    }

    @Test
    void threeDaysAndOneDayBeforeTheDeadlineTheSilentUniversitiesReviewersAreReminded() {
        assertThat(on(6)).as("4 days before").isEmpty();
        List<Reminder> first = on(7);
        assertThat(first).hasSize(1);
        Reminder r = first.getFirst();
        assertThat(r.event().kind()).isEqualTo(NotificationKind.REVIEW_DEADLINE_NEAR);
        assertThat(r.event().recordType()).isEqualTo("PLAN_VERSION");
        assertThat(r.event().recordId()).isEqualTo("12/3");
        assertThat(r.event().actor()).as("the portal itself").isNull();
        assertThat(r.event().eventKey()).isEqualTo("REVIEW_DEADLINE_NEAR:PLAN_VERSION:12/3:NEAR-3");
        assertThat(r.period()).isEqualTo("12/3:NEAR-3");
        assertThat(r.event().args()).containsEntry("days", "3").containsEntry("deadline", "2026-12-10").containsEntry("number", "3");
        assertThat(r.audience().membersByRole()).isEqualTo(Map.of(Role.UNIVERSITY_REVIEWER, Set.of("HVNN", "DHQGHN")));
        assertThat(r.audience().roles()).as("not the park").isEmpty();
        assertThat(r.meantFor()).as("a follower of the silent university").accepts(user("hvnn.gopy", "HVNN", Role.UNIVERSITY_REVIEWER))
                .as("a follower who commented, the park following the plan").rejects(user("dhbk.gopy", "DHBK", Role.UNIVERSITY_REVIEWER),
                        user("bql.soan", "BQL", Role.PARK_MANAGER));

        Reminder second = on(9).getFirst();
        assertThat(second.period()).isEqualTo("12/3:NEAR-1");
        assertThat(second.event().eventKey()).isNotEqualTo(r.event().eventKey());
        assertThat(second.event().args()).containsEntry("days", "1");
    }

    @Test
    void aReminderMissedWhileThePortalWasDownIsSentLateOnlyWhileStillMeaningful() {
        assertThat(on(8)).extracting(Reminder::period).as("the day after the first reminder's day: still the first")
                .containsExactly("12/3:NEAR-3");
        assertThat(on(8).getFirst().event().args()).as("and it says how many days are really left").containsEntry("days", "2");
        assertThat(on(10)).extracting(Reminder::period).as("the deadline day: the second one only").containsExactly("12/3:NEAR-1");
    }

    @Test
    void theDayAfterTheDeadlineTheParkLearnsWhichUniversitiesDidNotAnswer() {
        List<Reminder> missed = on(11);
        assertThat(missed).hasSize(1);
        Reminder r = missed.getFirst();
        assertThat(r.event().kind()).isEqualTo(NotificationKind.REVIEW_DEADLINE_MISSED);
        assertThat(r.event().args()).containsEntry("universities", "DHQGHN, HVNN");
        assertThat(r.audience().roles()).containsExactly(Role.PARK_MANAGER);
        assertThat(r.audience().membersByRole()).isEmpty();
        assertThat(r.meantFor()).accepts(user("bql.soan", "BQL", Role.PARK_MANAGER)).rejects(user("dhbk.gopy", "DHBK", Role.UNIVERSITY_REVIEWER));
        assertThat(r.period()).isEqualTo("12/3:MISSED");
        assertThat(on(17)).as("a week later, after downtime, still").hasSize(1);
        assertThat(on(18)).as("beyond a week: no longer").isEmpty();
    }

    @Test
    void nobodyIsRemindedWhenEveryInvitedUniversityCommented() {
        ReminderRules.ReviewRound heard = new ReminderRules.ReviewRound(12, 3, "Đề án", DEADLINE, List.of());
        assertThat(ReminderRules.review(heard, LocalDate.of(2026, 12, 7))).isEmpty();
        assertThat(ReminderRules.review(heard, LocalDate.of(2026, 12, 11))).isEmpty();
    }

    @Test
    void progressReportsAreDueOnFifteenJulyAndFifteenJanuaryAndRemindedAWeekBefore() {
        assertThat(ReminderRules.progressPeriod(LocalDate.of(2026, 7, 7))).isEmpty();
        assertThat(ReminderRules.progressPeriod(LocalDate.of(2026, 7, 8))).contains(Map.entry("2026-H1", LocalDate.of(2026, 7, 15)));
        assertThat(ReminderRules.progressPeriod(LocalDate.of(2026, 7, 15))).isPresent();
        assertThat(ReminderRules.progressPeriod(LocalDate.of(2026, 7, 16))).isEmpty();
        assertThat(ReminderRules.progressPeriod(LocalDate.of(2027, 1, 8))).contains(Map.entry("2026", LocalDate.of(2027, 1, 15)));
        assertThat(ReminderRules.progressPeriod(LocalDate.of(2026, 12, 31))).isEmpty();
    }

    @Test
    void theLeadUnitsWithATargetNotReportedYetAreReminded() {
        ReminderRules.TrackedPlan plan = new ReminderRules.TrackedPlan(5, "Đề án", Map.of(
                "CT1", "Đại học Bách khoa Hà Nội", "CT2", "HVNN", "CT3", "Sở Kế hoạch", "CT4", "DHQGHN"),
                Map.of("2026-H1", Set.of("CT4"), "2025", Set.of("CT1", "CT2")));
        Map<String, String> units = Map.of(ReminderRules.unitKey("dai hoc bach khoa ha noi"), "DHBK", "hvnn", "HVNN", "dhqghn", "DHQGHN");
        Optional<Reminder> due = ReminderRules.progress(plan, LocalDate.of(2026, 7, 8), lead -> Optional.ofNullable(units.get(ReminderRules.unitKey(lead))));
        assertThat(due).isPresent();
        Reminder r = due.get();
        assertThat(r.event().kind()).isEqualTo(NotificationKind.PROGRESS_REPORT_DUE);
        assertThat(r.event().recordType()).isEqualTo("PLAN");
        assertThat(r.event().args()).containsEntry("period", "2026-H1").containsEntry("due", "2026-07-15");
        assertThat(r.audience().membersByRole()).as("by name or code; not a unit outside the portal; not one that reported")
                .isEqualTo(Map.of(Role.UNIVERSITY_REVIEWER, Set.of("DHBK", "HVNN"), Role.PARK_MANAGER, Set.of("DHBK", "HVNN"),
                        Role.COMMITTEE_APPROVER, Set.of("DHBK", "HVNN")));
        assertThat(r.period()).isEqualTo("plan:5:2026-H1");
        assertThat(r.meantFor()).accepts(user("dhbk.gopy", "DHBK", Role.UNIVERSITY_REVIEWER)).rejects(user("dhqg.gopy", "DHQGHN", Role.UNIVERSITY_REVIEWER));
        assertThat(r.meantFor()).as("a lead unit's user whatever their role").accepts(user("hvnn.ql", "HVNN", Role.PARK_MANAGER));

        ReminderRules.TrackedPlan allReported = new ReminderRules.TrackedPlan(5, "Đề án", Map.of("CT2", "HVNN"), Map.of("2026-H1", Set.of("CT2")));
        assertThat(ReminderRules.progress(allReported, LocalDate.of(2026, 7, 8), lead -> Optional.of("HVNN"))).isEmpty();
        assertThat(ReminderRules.progress(plan, LocalDate.of(2026, 9, 1), lead -> Optional.of("HVNN"))).as("no report due").isEmpty();
    }
}
