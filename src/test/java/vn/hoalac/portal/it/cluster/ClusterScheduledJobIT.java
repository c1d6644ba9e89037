package vn.hoalac.portal.it.cluster;

import jakarta.json.Json;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.stack.PortalStack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.it.Eventually.eventually;

/**
 * The agreement clock (every 2 s in the tests, through ClusterJobs.runOnce) with two instances ticking it: each slot
 * is done once in the cluster (one job_run row each), an agreement past its end is moved on once (one audit event,
 * one notification per person) however many slots pass; and with one instance killed the other still does it.
 * It runs last of the cluster tests and leaves the killed instance down: nothing after it needs it (ClusterStackExtension
 * would start it again before a next test).
 */
@ClusterTest
@Order(Integer.MAX_VALUE)
class ClusterScheduledJobIT {

    private static final String JOB = "agreement-clock";

    @Test
    void theAgreementJobRunsOncePerPeriodWithBothUpAndStillRunsWithOneDown() throws Exception {
        PortalStack stack = Cluster.stack();
        // both instances up, and both tick the job
        for (int i = 1; i <= 2; i++) {
            assertThat(new String(java.nio.file.Files.readAllBytes(Cluster.config().instanceLog(i)), java.nio.charset.StandardCharsets.UTF_8))
                    .as("portal-" + i + "'s log").contains("scheduled job " + JOB + " every 2 s, once per cluster");
        }
        long first = agreementPastItsEnd();
        eventually(Duration.ofSeconds(60), Duration.ofMillis(500), () -> {
            for (int i = 1; i <= 2; i++) {
                assertThat(status(i, first)).as("asked of portal-" + i).isEqualTo("EXPIRED");
            }
        });
        awaitMorePeriods(3);
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'AGREEMENT_STATUS_REFRESHED' AND entity_id = ?", first))
                .as("moved on once, though both instances tick every slot").isEqualTo(1);
        assertOneNotificationEach(first);
        assertThat(count("SELECT count(*) FROM (SELECT period FROM job_run WHERE job = ? GROUP BY period HAVING count(*) > 1) d", JOB))
                .as("no period done twice").isZero();

        // one instance down: the other does it
        int down = 2;
        stack.killInstance(down);
        String lastBefore = lastPeriod();
        long second = agreementPastItsEnd();
        eventually(Duration.ofSeconds(60), Duration.ofMillis(500), () ->
                assertThat(status(1, second)).as("moved on by portal-1 alone").isEqualTo("EXPIRED"));
        awaitMorePeriods(3);
        assertThat(lastPeriod()).isGreaterThan(lastBefore);
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'AGREEMENT_STATUS_REFRESHED' AND entity_id = ?", second))
                .isEqualTo(1);
        assertOneNotificationEach(second);
    }

    /** A new agreement of the park with ĐHBK whose end was yesterday (set in the database, as time passing would). */
    private static long agreementPastItsEnd() throws SQLException {
        String number = "09/2026/TTHT-CUM-" + UUID.randomUUID().toString().substring(0, 6);
        long id = Cluster.ok(Cluster.postJson(Cluster.config().portalUrl(), "bql.soan", "/api/agreements", Json.createObjectBuilder()
                .add("number", number).add("title", "Thỏa thuận hợp tác kiểm thử cụm máy chủ").add("kind", "AGREEMENT")
                .add("parties", Json.createArrayBuilder().add("DHBK")).add("fields", Json.createArrayBuilder().add("RESEARCH"))
                .add("signedOn", "2024-10-10").add("effectiveFrom", "2024-10-10").add("effectiveTo", LocalDate.now().plusYears(3).toString())
                .add("status", "ACTIVE").add("contacts", "Nguyễn Văn A").add("milestones", Json.createArrayBuilder()).build()), 201)
                .getJsonNumber("id").longValue();
        try (Connection db = Cluster.database();
             PreparedStatement q = db.prepareStatement("UPDATE agreement SET effective_to = current_date - 1 WHERE id = ?")) {
            q.setLong(1, id);
            assertThat(q.executeUpdate()).isEqualTo(1);
        }
        return id;
    }

    private static String status(int instance, long id) {
        return Cluster.ok(Cluster.get(Cluster.stack().instanceUrl(instance), "bql.soan", "/api/agreements/" + id), 200).getString("status");
    }

    private static void assertOneNotificationEach(long id) throws SQLException {
        long notifications = count("SELECT count(*) FROM notification WHERE kind = 'AGREEMENT_EXPIRED' AND record_id = ?", id);
        long people = count("SELECT count(DISTINCT recipient) FROM notification WHERE kind = 'AGREEMENT_EXPIRED' AND record_id = ?", id);
        assertThat(people).as("the park and ĐHBK are told").isPositive();
        assertThat(notifications).as("each once").isEqualTo(people);
    }

    /** Waits until the job has recorded {@code n} more periods (slots of 2 s) than now. */
    private static void awaitMorePeriods(int n) throws SQLException {
        long at = count("SELECT count(*) FROM job_run WHERE job = ?", JOB);
        eventually(Duration.ofSeconds(60), Duration.ofMillis(500), () ->
                assertThat(count("SELECT count(*) FROM job_run WHERE job = ?", JOB)).as("periods done").isGreaterThanOrEqualTo(at + n));
    }

    private static String lastPeriod() throws SQLException {
        try (Connection db = Cluster.database();
             PreparedStatement q = db.prepareStatement("SELECT max(period) FROM job_run WHERE job = ?")) {
            q.setString(1, JOB);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static long count(String sql, Object parameter) throws SQLException {
        try (Connection db = Cluster.database(); PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, String.valueOf(parameter));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
