package vn.hoalac.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.it.Eventually.eventually;

/**
 * The cluster's members (issue 15) on the normal stack: the administrators get the running instance, up, from its
 * heartbeat, with its uptime, extraction jobs and index lag, and a member that stopped writing heartbeats as not
 * answering; the park and the universities are refused the API (403, 401 without a token) and the page; the page
 * reads in Vietnamese and English.
 */
@ExtendWith(PortalStackExtension.class)
class ClusterMembersIT {

    private static JsonArray members(String bearer) {
        HttpResponse<String> response = Portal.get("/api/admin/cluster", bearer);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject page = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(page.getInt("total")).isEqualTo(page.getJsonArray("items").size());
        return page.getJsonArray("items");
    }

    private static List<JsonObject> up(JsonArray members) {
        return members.getValuesAs(JsonObject.class).stream().filter(m -> m.getBoolean("up")).toList();
    }

    /** The instance that answers: its X-Portal-Instance header when the stack sets one, else the only one up. */
    private static String runningInstance(String bearer) {
        Optional<String> header = Portal.get("/api/admin/cluster", bearer).headers().firstValue("X-Portal-Instance");
        return header.orElseGet(() -> {
            List<JsonObject> up = up(members(bearer));
            assertThat(up).as("one instance runs on the normal stack").hasSize(1);
            return up.getFirst().getString("name");
        });
    }

    private static void sql(String sql, Object... params) throws Exception {
        try (Connection c = Portal.database(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    @Test
    void theAdministratorGetsTheRunningInstanceUpWithItsIndexLagAndJobsAndAStoppedOneAsNotAnswering() throws Exception {
        String admin = Portal.accessToken("quantri");
        String name = runningInstance(admin);
        String silent = "it-silent-" + UUID.randomUUID().toString().substring(0, 8);
        String gone = "it-gone-" + UUID.randomUUID().toString().substring(0, 8);
        // an instance that died 40 s ago, and one that stopped two days ago (removed by the cluster-members job)
        sql("INSERT INTO cluster_member (name, address, started_at, last_seen, extraction_jobs, index_lag) "
                + "VALUES (?, 'http://127.0.0.1:1', now() - interval '1 hour', now() - interval '40 seconds', 1, 3)", silent);
        sql("INSERT INTO cluster_member (name, address, started_at, last_seen) "
                + "VALUES (?, 'http://127.0.0.1:2', now() - interval '3 days', now() - interval '2 days')", gone);

        JsonObject running = eventually(Duration.ofSeconds(30), () -> members(admin).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("name").equals(name)).findFirst().orElseThrow(), m -> m.getJsonNumber("indexLag").longValue() >= 0);
        assertThat(running.getBoolean("up")).isTrue();
        assertThat(running.getString("state")).isEqualTo("UP");
        assertThat(running.getString("address")).isNotBlank();
        assertThat(running.getJsonNumber("uptimeSeconds").longValue()).isPositive();
        assertThat(running.getInt("extractionJobs")).isBetween(0, 8);
        assertThat(running.getJsonNumber("indexLag").longValue()).as("its search index keeps up").isBetween(0L, 1_000L);
        OffsetDateTime lastSeen = OffsetDateTime.parse(running.getString("lastSeen"));
        OffsetDateTime dbNow;
        try (Connection c = Portal.database(); ResultSet rs = c.createStatement().executeQuery("SELECT now()")) {
            rs.next();
            dbNow = rs.getObject(1, OffsetDateTime.class);
        }
        assertThat(Duration.between(lastSeen, dbNow).toSeconds()).as("a heartbeat about every 10 s").isLessThan(30);

        JsonObject dead = members(admin).getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("name").equals(silent)).findFirst().orElseThrow();
        assertThat(dead.getBoolean("up")).isFalse();
        assertThat(dead.getString("state")).isEqualTo("NOT_ANSWERING");
        assertThat(dead.containsKey("uptimeSeconds")).as("no uptime for a member that does not answer").isFalse();
        assertThat(dead.getInt("extractionJobs")).isEqualTo(1);
        assertThat(members(admin).getValuesAs(JsonObject.class)).as("not seen for a day: not listed")
                .noneSatisfy(m -> assertThat(m.getString("name")).isEqualTo(gone));

        // the cluster-members job removes it (its period of this hour forgotten, so that it runs now)
        sql("DELETE FROM job_run WHERE job = 'cluster-members'");
        HttpResponse<String> ran = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("/api/admin/jobs/cluster-members/run")))
                .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(ran.statusCode()).as(ran.body()).isEqualTo(200);
        try (Connection c = Portal.database(); PreparedStatement s = c.prepareStatement("SELECT name FROM cluster_member WHERE name IN (?, ?, ?)")) {
            s.setString(1, gone);
            s.setString(2, silent);
            s.setString(3, name);
            try (ResultSet rs = s.executeQuery()) {
                List<String> left = new java.util.ArrayList<>();
                while (rs.next()) {
                    left.add(rs.getString(1));
                }
                assertThat(left).containsExactlyInAnyOrder(silent, name);
            }
        }
        sql("DELETE FROM cluster_member WHERE name = ?", silent);
    }

    @Test
    void theParkAndTheUniversitiesAreRefusedTheApiAndThePage() {
        for (String user : new String[] {"bql.soan", "dhbk.gopy"}) {
            HttpResponse<String> refused = Portal.get("/api/admin/cluster", Portal.accessToken(user));
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("it-silent").doesNotContain("started");
        }
        HttpResponse<String> anonymous = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("/api/admin/cluster"))).GET().build());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        for (String user : new String[] {"bql.soan", "dhbk.gopy"}) {
            try (Browser browser = new Browser()) {
                browser.loginAs(user);
                assertThat(browser.driver().findElements(By.cssSelector("a[href*='/admin/cluster.xhtml']"))).as("no menu entry for " + user).isEmpty();
                browser.open("/admin/cluster.xhtml");
                assertThat(browser.text(By.id("error-title"))).isEqualTo("Không có quyền truy cập");
                assertThat(browser.driver().getPageSource()).doesNotContain("cluster-summary");
                HttpResponse<String> page = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("/admin/cluster.xhtml")))
                        .header("Cookie", browser.cookieHeader()).GET().build());
                assertThat(page.statusCode()).as(user).isEqualTo(403);
                AccessIT.assertNoServerInternals(page.body());
            }
        }
    }

    @Test
    void theAdministratorsPageListsTheMembersInVietnameseAndEnglish() {
        String name = runningInstance(Portal.accessToken("quantri"));
        try (Browser browser = new Browser()) {
            browser.loginAs("quantri");
            browser.open("/admin/cluster.xhtml");
            assertThat(browser.driver().findElements(By.cssSelector("a[href*='/admin/cluster.xhtml']"))).as("in the administrators' menu").isNotEmpty();
            String table = browser.text(By.id("members"));
            assertThat(table).contains(name, "Đang chạy", "Máy chủ này", "Thời gian chạy", "Chỉ mục còn chậm");
            assertThat(browser.text(By.id("cluster-summary"))).contains("đang trả lời").contains(name);
            browser.screenshot("admin-cluster-vi");

            browser.driver().findElement(By.id("language:lang-en")).click();
            browser.awaitLanguage("en");
            browser.open("/admin/cluster.xhtml");
            table = browser.text(By.id("members"));
            assertThat(table).contains(name, "Up", "This server", "Uptime", "Index lag").doesNotContain("Đang chạy");
            assertThat(browser.text(By.id("cluster-summary"))).contains("answering").contains(name);
            browser.screenshot("admin-cluster-en");
        }
    }
}
