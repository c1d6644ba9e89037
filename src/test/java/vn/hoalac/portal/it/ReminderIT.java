package vn.hoalac.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.it.Eventually.eventually;

/**
 * The scheduled work of issue 14 on the real stack: review reminders only to the universities that have not commented,
 * once however often the job runs (and when two runs race); the park told the day after the deadline who did not
 * answer; an agreement's clock notifying the park and its parties, not another university; the people directory
 * learning from Keycloak someone who never signed in, and forgetting them when their account is disabled. Jobs are
 * run at once through the administrators' trigger; days are moved by setting the record's dates in SQL.
 */
@ExtendWith(PortalStackExtension.class)
class ReminderIT {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private static LocalDate today() {
        return LocalDate.now(HANOI);
    }

    private static int run(String job) {
        JsonObject ran = Plans.ok(Plans.post("quantri", "/api/admin/jobs/" + job + "/run", null), 200);
        assertThat(ran.getString("job")).isEqualTo(job);
        return ran.getInt("periods");
    }

    /** The recipients of an event and their organizations. */
    private static Map<String, String> recipients(String eventKey) throws SQLException {
        Map<String, String> found = new TreeMap<>();
        try (Connection db = Portal.database(); PreparedStatement q = db.prepareStatement(
                "SELECT n.recipient, p.organization FROM notification n LEFT JOIN person p ON p.username = n.recipient WHERE n.event_key = ?")) {
            q.setString(1, eventKey);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), String.valueOf(rows.getString(2)));
                }
            }
        }
        return found;
    }

    private static String one(String sql, Object... params) throws SQLException {
        try (Connection db = Portal.database(); PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = q.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static void update(String sql, Object... params) throws SQLException {
        try (Connection db = Portal.database(); PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            q.executeUpdate();
        }
    }

    /** How many REVIEW_DEADLINE_NEAR notifications of the version the user's GET /api/notifications lists. */
    private static long reminders(String username, String versionId) {
        return Plans.ok(Plans.send(username, "GET", "/api/notifications?size=100", null), 200).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("kind").equals("REVIEW_DEADLINE_NEAR") && i.getString("recordId").equals(versionId))
                .count();
    }

    /** The demo users are known from Keycloak's directory (the sync at start), signed in or not. */
    private static void demoUsersSynced() {
        eventually(Duration.ofSeconds(60), Duration.ofSeconds(1), () -> assertThat(one(
                "SELECT count(*) FROM person WHERE synced_at IS NOT NULL AND enabled AND username IN ('bql.soan', 'dhbk.gopy', 'hvnn.gopy', 'dhqg.gopy')"))
                .isEqualTo("4"));
    }

    @Test
    void reviewRemindersGoOnlyToTheSilentUniversityOnceAndTheDayAfterTheParkLearnsWhoDidNotAnswer() throws SQLException {
        demoUsersSynced();
        long plan = Plans.createWithSection("Đề án nhắc hạn " + UUID.randomUUID().toString().substring(0, 6), "c1", "Chương I",
                "<p>Khu công nghệ cao Hòa Lạc</p>");
        int n = Plans.submit(plan, today().plusDays(3), "DHBK", "HVNN");
        Plans.comment("dhbk.gopy", plan, n, "c1", "Đại học Bách khoa đã góp ý.");
        String near = "REVIEW_DEADLINE_NEAR:PLAN_VERSION:" + plan + "/" + n + ":NEAR-3";

        assertThat(run("reminders")).isPositive();
        Map<String, String> reminded = recipients(near);
        assertThat(reminded).as("the reviewers of the university that has not commented").containsKey("hvnn.gopy")
                .doesNotContainKey("dhbk.gopy").doesNotContainKey("dhqg.gopy").doesNotContainKey("bql.soan");
        assertThat(reminded.values()).as("nobody of another university").containsOnly("HVNN");
        assertThat(one("SELECT args->>'days' FROM notification WHERE event_key = ? AND recipient = 'hvnn.gopy'", near)).isEqualTo("3");

        run("reminders");
        run("reminders");
        assertThat(recipients(near)).as("run again: still once").isEqualTo(reminded);
        assertThat(one("SELECT count(*) FROM job_run WHERE job = 'reminders' AND period = ?", plan + "/" + n + ":NEAR-3")).isEqualTo("1");
        // as the users see it: their notifications through the API
        assertThat(reminders("hvnn.gopy", plan + "/" + n)).as("once in hvnn.gopy's list").isEqualTo(1);
        assertThat(reminders("dhbk.gopy", plan + "/" + n)).as("ĐHBK commented: nothing").isZero();
        assertThat(reminders("dhqg.gopy", plan + "/" + n)).as("not invited: nothing").isZero();

        // the day after the deadline
        update("UPDATE plan_version SET review_deadline = ? WHERE plan_id = ? AND number = ?", today().minusDays(1), plan, n);
        run("reminders");
        String missed = "REVIEW_DEADLINE_MISSED:PLAN_VERSION:" + plan + "/" + n + ":MISSED";
        Map<String, String> park = recipients(missed);
        assertThat(park).containsKey("bql.soan").doesNotContainKey("hvnn.gopy").doesNotContainKey("dhbk.gopy");
        assertThat(one("SELECT args->>'universities' FROM notification WHERE event_key = ? AND recipient = 'bql.soan'", missed))
                .as("names the university that did not answer, not the one that did").isEqualTo("HVNN");
        run("reminders");
        assertThat(recipients(missed)).isEqualTo(park);
        assertThat(one("SELECT count(*) FROM notification WHERE event_key = ?", missed)).isEqualTo(String.valueOf(park.size()));
    }

    @Test
    void twoRunsRacingDoTheReminderOnce() throws Exception {
        demoUsersSynced();
        long plan = Plans.createWithSection("Đề án hai lần chạy " + UUID.randomUUID().toString().substring(0, 6), "c1", "Chương I",
                "<p>Khu công nghệ cao Hòa Lạc</p>");
        int n = Plans.submit(plan, today().plusDays(1), "HVNN");
        Library.token("quantri"); // signed in before the race (two logins at once of one user are Keycloak's business, not this test's)
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> runs = new ArrayList<>();
            Callable<HttpResponse<String>> trigger = () -> {
                start.await();
                return Plans.post("quantri", "/api/admin/jobs/reminders/run", null);
            };
            runs.add(pool.submit(trigger));
            runs.add(pool.submit(trigger));
            start.countDown();
            for (Future<HttpResponse<String>> r : runs) {
                assertThat(r.get().statusCode()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(one("SELECT count(*) FROM job_run WHERE job = 'reminders' AND period = ?", plan + "/" + n + ":NEAR-1")).isEqualTo("1");
        assertThat(one("SELECT count(*) FROM notification WHERE recipient = 'hvnn.gopy' AND event_key = ?",
                "REVIEW_DEADLINE_NEAR:PLAN_VERSION:" + plan + "/" + n + ":NEAR-1")).isEqualTo("1");
    }

    @Test
    void anAgreementExpiringAndAMilestoneOverdueNotifyTheParkAndThePartiesNotAnotherUniversity() throws SQLException {
        demoUsersSynced();
        String number = "07/2026/TTHT-BQL-DHBK-" + UUID.randomUUID().toString().substring(0, 6);
        JsonObject created = Plans.ok(Plans.post("bql.soan", "/api/agreements", AgreementsApiIT.agreement(number, LocalDate.of(2029, 10, 10),
                "ACTIVE", "DHBK").build()), 201);
        long id = created.getJsonNumber("id").longValue();
        update("UPDATE agreement_milestone SET due = ?, status = 'OPEN' WHERE agreement_id = ?", today().minusDays(1), id);
        LocalDate end = today().plusDays(30);
        update("UPDATE agreement SET effective_to = ? WHERE id = ?", end, id);

        String expiring = "AGREEMENT_EXPIRING:AGREEMENT:" + id + ":" + end;
        eventually(Duration.ofSeconds(30), Duration.ofMillis(500), () -> assertThat(recipients(expiring))
                .as("the agreement clock (every 2 s in the tests) moved it on and told").containsKeys("bql.soan", "dhbk.gopy"));
        Map<String, String> told = recipients(expiring);
        assertThat(told).doesNotContainKey("hvnn.gopy").doesNotContainKey("dhqg.gopy");
        assertThat(told.values()).containsOnly("BQL", "DHBK");
        assertThat(one("SELECT args->>'endDate' FROM notification WHERE event_key = ? AND recipient = 'dhbk.gopy'", expiring)).isEqualTo(end.toString());

        String overdueKey = one("SELECT event_key FROM notification WHERE kind = 'MILESTONE_OVERDUE' AND record_id = ? AND recipient = 'dhbk.gopy'",
                String.valueOf(id));
        assertThat(overdueKey).isNotNull();
        assertThat(recipients(overdueKey)).containsKeys("bql.soan", "dhbk.gopy").doesNotContainKey("hvnn.gopy");

        // many ticks later: still once
        run("agreement-clock");
        assertThat(recipients(expiring)).isEqualTo(told);
        assertThat(one("SELECT count(*) FROM notification WHERE record_type = 'AGREEMENT' AND record_id = ? AND recipient = 'dhbk.gopy' "
                        + "AND kind IN ('AGREEMENT_EXPIRING', 'AGREEMENT_EXPIRED', 'MILESTONE_OVERDUE')",
                String.valueOf(id))).isEqualTo("2");
    }

    @Test
    void someoneWhoNeverSignedInIsKnownFromKeycloakAndForgottenWhenDisabled() throws SQLException {
        String username = TestUsers.create("dongbo", "DHQGHN", "university-reviewer");
        eventually(Duration.ofSeconds(60), Duration.ofSeconds(1), () -> assertThat(one(
                "SELECT array_to_string(roles, ',') || ' ' || organization || ' ' || enabled || ' ' || email FROM person WHERE username = ?", username))
                .as("synced without ever signing in").isEqualTo("university-reviewer DHQGHN true " + username + "@hoalac.test"));
        assertThat(one("SELECT display_name FROM person WHERE username = ?", username)).isEqualTo("Người dùng Kiểm thử");
        assertThat(one("SELECT locale FROM person WHERE username = 'hvnn.gopy'")).as("the demo realm's English user").isEqualTo("en");

        // a reviewer whose role comes from a (parent) group is a holder too, not someone to disable
        String byGroup = TestUsers.createInGroup("nhom", "DHQGHN", "university-reviewer");
        eventually(Duration.ofSeconds(60), Duration.ofSeconds(1), () -> assertThat(one(
                "SELECT array_to_string(roles, ',') || ' ' || enabled FROM person WHERE username = ?", byGroup))
                .as("synced with the role of their group").isEqualTo("university-reviewer true"));

        // and one whose role is inside a composite role inside the composite role given to them
        String byComposite = TestUsers.createThroughComposite("hop", "DHQGHN", "university-reviewer");
        eventually(Duration.ofSeconds(60), Duration.ofSeconds(1), () -> assertThat(one(
                "SELECT array_to_string(roles, ',') || ' ' || enabled FROM person WHERE username = ?", byComposite))
                .as("synced with the role inside their composite role").isEqualTo("university-reviewer true"));

        // and one whose role is inside a composite role of a client, given to them as that client's role
        String byClientRole = TestUsers.createThroughClientComposite("khach", "DHQGHN", "university-reviewer");
        eventually(Duration.ofSeconds(60), Duration.ofSeconds(1), () -> assertThat(one(
                "SELECT array_to_string(roles, ',') || ' ' || enabled FROM person WHERE username = ?", byClientRole))
                .as("synced with the role inside their client's composite role").isEqualTo("university-reviewer true"));

        TestUsers.disable(username);
        eventually(Duration.ofSeconds(60), Duration.ofSeconds(1), () -> assertThat(one(
                "SELECT enabled::text FROM person WHERE username = ?", username)).isEqualTo("false"));
        assertThat(one("SELECT enabled::text FROM person WHERE username = ?", byGroup)).as("still enabled after later syncs").isEqualTo("true");
        assertThat(one("SELECT enabled::text FROM person WHERE username = ?", byComposite)).as("still enabled after later syncs").isEqualTo("true");
        assertThat(one("SELECT enabled::text FROM person WHERE username = ?", byClientRole)).as("still enabled after later syncs").isEqualTo("true");
    }

    @Test
    void aProgressReportDueInAWeekRemindsTheLeadUnitsUsersOnce() throws SQLException {
        demoUsersSynced();
        String title = "Đề án tiến độ " + UUID.randomUUID().toString().substring(0, 6);
        long plan = Plans.create(title);
        Plans.saveDraft(plan, Plans.draftRevision(plan),
                jakarta.json.Json.createArrayBuilder().add(Plans.section("c1", "Chương I", "<p>Khu công nghệ cao Hòa Lạc</p>")),
                jakarta.json.Json.createArrayBuilder()
                        .add(Plans.target("TD-1", "Số bài báo quốc tế", "bài", "DHBK", Map.of("2030", 120)))
                        .add(Plans.target("TD-2", "Số giống cây mới", "giống", "Học viện Nông nghiệp Việt Nam", Map.of("2030", 8)))
                        .add(Plans.target("TD-3", "Số dự án đầu tư", "dự án", "Sở Kế hoạch và Đầu tư", Map.of("2030", 30))));
        Plans.submit(plan, today().plusDays(10), "DHBK", "HVNN");
        long comment = Plans.comment("dhbk.gopy", plan, 1, "c1", "Cần nêu rõ lộ trình.").getJsonNumber("id").longValue();
        Plans.answer(plan, 1, comment, "ACCEPTED", "Đã bổ sung.");
        Plans.ok(Plans.post("bql.soan", "/api/plans/" + plan + "/versions/1/submit-for-approval", null), 200);
        Plans.ok(Plans.decide("bcd.pheduyet", plan, 1, "APPROVED"), 200);

        // the year's report of year Y is due on 15 January of Y + 1; a week before, far from any other test's dates
        int year = today().getYear() + 2;
        LocalDate weekBefore = LocalDate.of(year + 1, 1, 8);
        String key = "PROGRESS_REPORT_DUE:PLAN:" + plan + ":" + year;
        assertThat(Plans.ok(Plans.post("quantri", "/api/admin/jobs/reminders/run?asOf=" + LocalDate.of(year + 1, 1, 7), null), 200)
                .getInt("periods")).as("8 days before: not yet").isZero();
        assertThat(recipients(key)).isEmpty();
        Plans.ok(Plans.post("quantri", "/api/admin/jobs/reminders/run?asOf=" + weekBefore, null), 200);

        Map<String, String> told = recipients(key);
        assertThat(told).containsKeys("dhbk.gopy", "hvnn.gopy")
                .as("not the park, the committee or a university that leads no target").doesNotContainKeys("bql.soan", "bcd.pheduyet", "dhqg.gopy");
        assertThat(told.values()).containsOnly("DHBK", "HVNN");
        assertThat(one("SELECT args->>'due' FROM notification WHERE event_key = ? AND recipient = 'hvnn.gopy'", key))
                .isEqualTo(LocalDate.of(year + 1, 1, 15).toString());
        JsonObject english = Plans.ok(Plans.send("hvnn.gopy", "GET", "/api/notifications?size=100", null), 200).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("kind").equals("PROGRESS_REPORT_DUE")
                        && i.getString("recordId").equals(String.valueOf(plan))).findFirst().orElseThrow();
        assertThat(english.getString("title")).isEqualTo(title);

        // the next days of the week, and again: once
        Plans.ok(Plans.post("quantri", "/api/admin/jobs/reminders/run?asOf=" + weekBefore.plusDays(1), null), 200);
        Plans.ok(Plans.post("quantri", "/api/admin/jobs/reminders/run?asOf=" + weekBefore, null), 200);
        assertThat(one("SELECT count(*) FROM notification WHERE event_key = ? AND recipient = 'dhbk.gopy'", key)).isEqualTo("1");
    }

    @Test
    void runningAJobAsOfAnotherDayIsForAdministratorsAndNeedsADay() {
        assertThat(Plans.post("bql.soan", "/api/admin/jobs/reminders/run?asOf=2030-01-08", null).statusCode()).isEqualTo(403);
        HttpResponse<String> bad = Plans.post("quantri", "/api/admin/jobs/reminders/run?asOf=8%2F1%2F2030", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Portal.json(bad.body()).getString("code")).isEqualTo("jobs.asOf.invalid");
    }

    @Test
    void anAgreementThatExpiredNotifiesTheParkAndItsPartiesOnce() throws SQLException {
        demoUsersSynced();
        String number = "08/2026/TTHT-BQL-DHBK-" + UUID.randomUUID().toString().substring(0, 6);
        long id = Plans.ok(Plans.post("bql.soan", "/api/agreements", AgreementsApiIT.agreement(number, LocalDate.of(2029, 10, 10),
                "ACTIVE", "DHBK").build()), 201).getJsonNumber("id").longValue();
        LocalDate end = today().minusDays(1);
        update("UPDATE agreement SET effective_to = ? WHERE id = ?", end, id);

        String expired = "AGREEMENT_EXPIRED:AGREEMENT:" + id + ":" + end;
        eventually(Duration.ofSeconds(30), Duration.ofMillis(500), () -> assertThat(recipients(expired))
                .as("the agreement clock (every 2 s in the tests) found it expired and told").containsKeys("bql.soan", "dhbk.gopy"));
        assertThat(recipients(expired)).doesNotContainKeys("hvnn.gopy", "dhqg.gopy");
        assertThat(one("SELECT status FROM agreement WHERE id = ?", id)).isEqualTo("EXPIRED");
        assertThat(one("SELECT args->>'endDate' FROM notification WHERE event_key = ? AND recipient = 'dhbk.gopy'", expired))
                .isEqualTo(end.toString());
        run("agreement-clock");
        run("agreement-clock");
        assertThat(one("SELECT count(*) FROM notification WHERE event_key = ? AND recipient = 'dhbk.gopy'", expired)).isEqualTo("1");
        assertThat(one("SELECT count(*) FROM notification WHERE record_type = 'AGREEMENT' AND record_id = ? AND recipient = 'bql.soan' "
                + "AND kind = 'AGREEMENT_EXPIRING'", String.valueOf(id))).as("expired, not told it is expiring").isEqualTo("0");
    }

    @Test
    void onlyAdministratorsRunJobs() {
        assertThat(Plans.post("bql.soan", "/api/admin/jobs/reminders/run", null).statusCode()).isEqualTo(403);
        assertThat(Plans.post("dhbk.gopy", "/api/admin/jobs/people-sync/run", null).statusCode()).isEqualTo(403);
        assertThat(Plans.send("bcd.pheduyet", "GET", "/api/admin/jobs", null).statusCode()).isEqualTo(403);
        assertThat(Plans.post("quantri", "/api/admin/jobs/no-such-job/run", null).statusCode()).isEqualTo(404);
        JsonObject jobs = Plans.ok(Plans.send("quantri", "GET", "/api/admin/jobs", null), 200);
        assertThat(jobs.getJsonArray("jobs").getValuesAs(jakarta.json.JsonString::getString))
                .contains("agreement-clock", "people-sync", "reminders");
    }
}
