package vn.hoalac.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail: who may read it, that logins, changes and refusals are in it, and that altering or deleting a row
 * with SQL (as the table's owner, triggers switched off) is found by the verification, which names the event.
 */
@ExtendWith(PortalStackExtension.class)
class AuditIT {

    @Test
    void administratorsAndTheCommitteeReadTheTrailOthersAreRefusedAndTheRefusalIsRecorded() {
        assertThat(Library.get("quantri", "/api/audit").statusCode()).isEqualTo(200);
        assertThat(Library.get("bcd.pheduyet", "/api/audit?entityType=PLAN").statusCode()).isEqualTo(200);
        JsonArray plans = array(Library.get("bcd.pheduyet", "/api/audit?entityType=PLAN&size=50"));
        assertThat(plans).isNotEmpty();
        assertThat(plans.getValuesAs(JsonObject.class)).allSatisfy(e -> assertThat(e.getString("entityType")).isEqualTo("PLAN"));
        for (String user : new String[]{"bql.soan", "dhbk.gopy"}) {
            assertThat(Library.get(user, "/api/audit").statusCode()).as(user).isEqualTo(403);
            assertThat(Library.get(user, "/api/audit/verify").statusCode()).as(user).isEqualTo(403);
        }
        long plan = Plans.create("Đề án kiểm thử nhật ký");
        Plans.saveDraft(plan, Plans.draftRevision(plan), Json.createArrayBuilder().add(Plans.section("c1", "Chương I", "<p>Một</p>")),
                Json.createArrayBuilder());
        JsonObject ofThePlan = Plans.ok(Library.get("quantri", "/api/audit?entityType=PLAN&entityId=" + plan), 200);
        assertThat(ofThePlan.getJsonNumber("total").intValue()).isEqualTo(ofThePlan.getJsonArray("items").size()).isGreaterThanOrEqualTo(2);
        JsonObject oneByOne = Plans.ok(Library.get("quantri", "/api/audit?entityType=PLAN&entityId=" + plan + "&size=1&page=1"), 200);
        assertThat(oneByOne.getJsonNumber("total")).isEqualTo(ofThePlan.getJsonNumber("total"));
        assertThat(oneByOne.getJsonArray("items")).containsExactly(ofThePlan.getJsonArray("items").get(1));
        assertThat(Library.get("quantri", "/api/audit?size=1001").statusCode()).isEqualTo(400);

        JsonArray refusals = array(Library.get("quantri", "/api/audit?actor=dhbk.gopy&action=ACCESS_DENIED"));
        assertThat(refusals).isNotEmpty();
        assertThat(refusals.getJsonObject(0).getString("organization")).isEqualTo("DHBK");

        HttpResponse<String> csv = Library.get("quantri", "/api/audit/export.csv?entityType=PLAN");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("id,at,actor,organization,action,entityType,entityId,details,previousHash,hash").contains("\"PLAN\"");

        HttpResponse<byte[]> xlsx = Library.getBytes("bcd.pheduyet", "/api/audit/export.xlsx?entityType=PLAN");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment").contains("nhat-ky.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Hành động");
            assertThat(sheet.getLastRowNum()).as("one row per event").isEqualTo(plansCount());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(5).getStringCellValue()).isEqualTo("PLAN");
                assertThat(sheet.getRow(r).getCell(9).getStringCellValue()).hasSize(64);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(Library.getBytes("dhbk.gopy", "/api/audit/export.xlsx").statusCode()).isEqualTo(403);
    }

    @Test
    void aLoginIsRecordedAndThePageIsForAdministratorsAndTheCommittee() {
        try (Browser admin = new Browser(); Browser park = new Browser()) {
            admin.loginAs("quantri");
            admin.open("/audit/index.xhtml");
            assertThat(admin.text(By.id("audit:events"))).contains("LOGIN", "quantri");
            admin.driver().findElement(By.id("audit:verify")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(admin.driver(), java.time.Duration.ofSeconds(30))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "nguyên vẹn"));
            admin.screenshot("audit-trail");
            park.loginAs("bql.soan");
            park.open("/audit/index.xhtml");
            assertThat(park.text(By.id("error-title"))).isEqualTo("Không có quyền truy cập");
        }
    }

    @Test
    void thePortalsOwnDatabaseRoleCanNeitherChangeTheTrailNorSwitchOffTheGuards() throws SQLException {
        var config = PortalStackExtension.config();
        assertThat(config.dbUser()).isNotEqualTo(config.dbOwner());
        try (Connection owner = Portal.database(); Statement sql = owner.createStatement();
             ResultSet r = sql.executeQuery("SELECT DISTINCT usename FROM pg_stat_activity WHERE application_name = 'hoalac-portal'")) {
            java.util.List<String> roles = new java.util.ArrayList<>();
            while (r.next()) {
                roles.add(r.getString(1));
            }
            assertThat(roles).as("the roles of the portal's pooled connections").containsExactly(config.dbUser());
        }
        try (Connection db = Portal.runtimeDatabase(); Statement sql = db.createStatement()) {
            try (ResultSet r = sql.executeQuery("SELECT count(*) FROM audit_event")) {
                assertThat(r.next() && r.getLong(1) > 0).as("it reads the trail").isTrue();
            }
            for (String statement : new String[]{
                    "UPDATE audit_event SET details = 'x'",
                    "DELETE FROM audit_event",
                    "TRUNCATE audit_event",
                    "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only",
                    "DROP TRIGGER plan_version_guard ON plan_version",
                    "ALTER TABLE plan_version DISABLE TRIGGER USER",
                    "CREATE TABLE intruder (id int)",
                    "DELETE FROM flyway_schema_history"}) {
                assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> sql.execute(statement)))
                        .as(statement).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(statement + ": " + e.getMessage())
                                .isEqualTo("42501")); // insufficient_privilege, before any trigger runs
            }
        }
    }

    @Test
    void anAlteredOrDeletedEventIsNamedByTheVerification() throws SQLException {
        assertThat(verify().getBoolean("intact")).isTrue();
        try (Connection db = Portal.database(); Statement sql = db.createStatement()) {
            long[] ids = middleEvents(sql);
            long altered = ids[0];
            switchTrigger(sql, false);
            try {
                sql.executeUpdate("UPDATE audit_event SET details = details || ' (đã sửa)' WHERE id = " + altered);
                JsonObject broken = verify();
                assertThat(broken.getBoolean("intact")).isFalse();
                assertThat(broken.getJsonNumber("brokenEventId").longValue()).isEqualTo(altered);
                assertThat(broken.getString("reason")).contains("altered");
                sql.executeUpdate("UPDATE audit_event SET details = left(details, length(details) - length(' (đã sửa)')) WHERE id = " + altered);
                assertThat(verify().getBoolean("intact")).isTrue();

                long deleted = ids[1];
                Object[] row = row(sql, deleted);
                sql.executeUpdate("DELETE FROM audit_event WHERE id = " + deleted);
                JsonObject gap = verify();
                assertThat(gap.getBoolean("intact")).isFalse();
                assertThat(gap.getJsonNumber("brokenEventId").longValue()).as("the event after the deleted one").isGreaterThan(deleted);
                assertThat(gap.getString("reason")).contains("removed");
                restore(db, row);
                assertThat(verify().getBoolean("intact")).isTrue();
            } finally {
                switchTrigger(sql, true);
            }
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> sql.executeUpdate("DELETE FROM audit_event WHERE id = " + altered)))
                    .as("append-only again").hasMessageContaining("append-only");
        }
    }

    private static int plansCount() {
        try (Connection db = Portal.database(); Statement sql = db.createStatement();
             ResultSet r = sql.executeQuery("SELECT count(*) FROM audit_event WHERE entity_type = 'PLAN'")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject verify() {
        return Plans.ok(Library.get("quantri", "/api/audit/verify"), 200);
    }

    private static long[] middleEvents(Statement sql) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT id FROM audit_event ORDER BY id OFFSET 2 LIMIT 2")) {
            long[] ids = new long[2];
            for (int i = 0; i < 2; i++) {
                assertThat(rows.next()).as("enough events to tamper with").isTrue();
                ids[i] = rows.getLong(1);
            }
            return ids;
        }
    }

    private static Object[] row(Statement sql, long id) throws SQLException {
        try (ResultSet r = sql.executeQuery("SELECT id, at, actor, organization, action, entity_type, entity_id, details, previous_hash, hash "
                + "FROM audit_event WHERE id = " + id)) {
            r.next();
            Object[] row = new Object[10];
            for (int i = 0; i < 10; i++) {
                row[i] = i == 1 ? r.getObject(2, java.time.OffsetDateTime.class) : r.getObject(i + 1);
            }
            return row;
        }
    }

    private static void restore(Connection db, Object[] row) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO audit_event (id, at, actor, organization, action, entity_type, "
                + "entity_id, details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < 10; i++) {
                insert.setObject(i + 1, row[i]);
            }
            insert.executeUpdate();
        }
    }

    private static void switchTrigger(Statement sql, boolean on) throws SQLException {
        sql.executeUpdate("ALTER TABLE audit_event " + (on ? "ENABLE" : "DISABLE") + " TRIGGER audit_event_append_only");
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Portal.json(response.body()).getJsonArray("items");
    }
}
