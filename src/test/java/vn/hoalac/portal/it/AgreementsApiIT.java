package vn.hoalac.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.it.Eventually.eventually;

/**
 * Agreements and proposals through the API (design/API.md, Agreements and proposals), scoped by organization:
 * a university sees what it is party to or invited on, and nothing else; every refusal by role, organization and state.
 */
@ExtendWith(PortalStackExtension.class)
class AgreementsApiIT {

    static JsonObjectBuilder agreement(String number, LocalDate to, String status, String... universities) {
        var parties = Json.createArrayBuilder();
        for (String u : universities) {
            parties.add(u);
        }
        return Json.createObjectBuilder().add("number", number).add("title", "Thỏa thuận hợp tác giữa Ban quản lý và trường")
                .add("kind", "AGREEMENT").add("parties", parties)
                .add("fields", Json.createArrayBuilder().add("RESEARCH").add("SHARED_LAB"))
                .add("signedOn", "2024-10-10").add("effectiveFrom", "2024-10-10").add("effectiveTo", to.toString())
                .add("status", status).add("contacts", "Nguyễn Văn A, Ban quản lý, 024 0000 0000")
                .add("milestones", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("title", "Báo cáo sơ kết năm đầu").add("due", "2025-06-30").add("status", "OPEN")));
    }

    @Test
    void theRegisterAlertsAndProposalsArePagedWithAnExactTotal() {
        String number = "01/2026/PT-BQL-ĐHBK-" + UUID.randomUUID().toString().substring(0, 6);
        Plans.ok(Plans.post("bql.soan", "/api/agreements", agreement(number, LocalDate.of(2029, 10, 10), "ACTIVE", "DHBK").build()), 201);
        for (String list : new String[]{"/api/agreements", "/api/agreements/alerts", "/api/proposals"}) {
            String id = list.endsWith("alerts") ? "agreementId" : "id";
            java.util.List<JsonObject> all = Library.items("bql.soan", list);
            assertThat(all).as(list).isNotEmpty();
            JsonObject first = Plans.ok(Library.get("bql.soan", list + "?size=1"), 200);
            assertThat(first.getJsonNumber("total").intValue()).as(list).isEqualTo(all.size());
            assertThat(first.getJsonArray("items")).as(list).hasSize(1);
            assertThat(first.getJsonArray("items").getJsonObject(0).getJsonNumber(id)).as(list).isEqualTo(all.get(0).getJsonNumber(id));
            JsonObject beyond = Plans.ok(Library.get("bql.soan", list + "?size=200&page=" + (all.size() / 200 + 1)), 200);
            assertThat(beyond.getJsonArray("items")).as(list).isEmpty();
            assertThat(Library.get("bql.soan", list + "?size=201").statusCode()).as(list).isEqualTo(400);
            assertThat(Library.get("bql.soan", list + "?page=x").statusCode()).as(list).isEqualTo(400);
        }
        java.util.List<JsonObject> dhbk = Library.items("dhbk.gopy", "/api/agreements");
        assertThat(dhbk).isNotEmpty().allSatisfy(a -> assertThat(a.getJsonArray("parties").toString()).contains("DHBK"));
        assertThat(Plans.ok(Library.get("dhbk.gopy", "/api/agreements?size=1"), 200).getJsonNumber("total").intValue())
                .as("the total counts what the caller may see").isEqualTo(dhbk.size());
    }

    @Test
    void anAgreementIsSeenByItsPartiesOnlyWithItsDocument() throws IOException {
        String number = "12/2024/TTHT-BQL-ĐHBK-" + UUID.randomUUID().toString().substring(0, 6);
        long document = Library.uploadOk("bql.soan", "thoa-thuan-hop-tac-dhbk.docx", Library.corpusBytes("thoa-thuan-hop-tac-dhbk.docx"),
                Map.of("visibility", "ORGANIZATION", "title", "Thỏa thuận " + number)).getJsonNumber("id").longValue();
        JsonObject created = Plans.ok(Plans.post("bql.soan", "/api/agreements", agreement(number, LocalDate.of(2029, 10, 10), "ACTIVE", "DHBK")
                .add("documents", Json.createArrayBuilder().add(document)).build()), 201);
        long id = created.getJsonNumber("id").longValue();
        assertThat(created.getString("status")).isEqualTo("ACTIVE");
        assertThat(created.getJsonArray("parties").getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
                .containsExactly("BQL", "DHBK");
        assertThat(created.getJsonArray("milestones").getJsonObject(0).getString("status")).as("due in the past").isEqualTo("OVERDUE");

        // the party sees it, its document and finds the document; another university sees nothing of it
        assertThat(Plans.ok(Library.get("dhbk.gopy", "/api/agreements/" + id), 200).getString("number")).isEqualTo(number);
        assertThat(Library.items("dhbk.gopy", "/api/agreements")).extracting(a -> a.getString("number")).contains(number);
        assertThat(Library.get("dhbk.gopy", "/api/documents/" + document).statusCode()).isEqualTo(200);
        assertThat(Library.get("dhqg.gopy", "/api/agreements/" + id).statusCode()).isEqualTo(404);
        assertThat(Library.items("dhqg.gopy", "/api/agreements")).extracting(a -> a.getString("number")).doesNotContain(number);
        assertThat(Library.get("dhqg.gopy", "/api/documents/" + document).statusCode()).isEqualTo(404);
        assertThat(Library.get("dhqg.gopy", "/api/documents/" + document + "/versions/1/content").statusCode()).isEqualTo(404);
        Library.awaitExtraction("bql.soan", document, Duration.ofMinutes(2));
        assertThat(Library.search("dhbk.gopy", "\"" + number + "\"").toString()).containsPattern("\"id\":" + document + "(?![0-9])");
        assertThat(Library.search("dhqg.gopy", "\"" + number + "\"").toString()).doesNotContainPattern("\"id\":" + document + "(?![0-9])");
        assertThat(Library.get("bcd.pheduyet", "/api/agreements/" + id).statusCode()).as("the committee reads all").isEqualTo(200);

        // exports are scoped the same way
        assertThat(sheetText(Library.getBytes("bql.soan", "/api/agreements/export.xlsx").body())).contains(number);
        assertThat(sheetText(Library.getBytes("dhqg.gopy", "/api/agreements/export.xlsx").body())).doesNotContain(number);

        // refusals: role, input, duplicate, stale edit
        assertThat(Plans.post("dhbk.gopy", "/api/agreements", agreement(number + "-x", LocalDate.of(2029, 1, 1), "ACTIVE", "DHBK").build())
                .statusCode()).isEqualTo(403);
        assertThat(Plans.put("dhbk.gopy", "/api/agreements/" + id, agreement(number, LocalDate.of(2029, 1, 1), "ACTIVE", "DHBK").build())
                .statusCode()).isEqualTo(403);
        assertThat(Plans.post("bcd.pheduyet", "/api/agreements", agreement(number + "-y", LocalDate.of(2029, 1, 1), "ACTIVE", "DHBK").build())
                .statusCode()).isEqualTo(403);
        assertThat(Library.get("quantri", "/api/agreements").statusCode()).isEqualTo(403);
        assertThat(Plans.post("bql.soan", "/api/agreements", agreement(number + "-z", LocalDate.of(2029, 1, 1), "ACTIVE").build())
                .statusCode()).as("no university").isEqualTo(400);
        assertThat(Plans.post("bql.soan", "/api/agreements", agreement(number, LocalDate.of(2029, 1, 1), "ACTIVE", "DHBK").build())
                .statusCode()).as("same number").isEqualTo(409);
        long version = created.getJsonNumber("version").longValue();
        Plans.ok(Plans.put("bql.soan", "/api/agreements/" + id, agreement(number, LocalDate.of(2029, 10, 10), "ACTIVE", "DHBK")
                .add("contacts", "Trần B").add("version", version).build()), 200);
        assertThat(Plans.put("bql.soan", "/api/agreements/" + id, agreement(number, LocalDate.of(2029, 10, 10), "ACTIVE", "DHBK")
                .add("contacts", "Lê C").add("version", version).build()).statusCode()).as("stale").isEqualTo(409);
        assertThat(Plans.ok(Library.get("bql.soan", "/api/agreements/" + id), 200).getString("contacts")).isEqualTo("Trần B");
        // the documents listed in a change are the agreement's documents from then on
        JsonObject current = Plans.ok(Library.get("bql.soan", "/api/agreements/" + id), 200);
        assertThat(current.getJsonArray("documents")).hasSize(1);
        JsonObject withoutFile = Plans.ok(Plans.put("bql.soan", "/api/agreements/" + id, agreement(number, LocalDate.of(2029, 10, 10), "ACTIVE", "DHBK")
                .add("contacts", "Trần B").add("documents", Json.createArrayBuilder()).add("version", current.getJsonNumber("version").longValue())
                .build()), 200);
        assertThat(withoutFile.getJsonArray("documents")).isEmpty();
    }

    @Test
    void anAgreementNearItsEndIsAnAlertAndExpiresByItself() throws SQLException {
        String number = "05/2025/BBGN-BQL-HVNN-" + UUID.randomUUID().toString().substring(0, 6);
        JsonObject created = Plans.ok(Plans.post("bql.soan", "/api/agreements",
                agreement(number, LocalDate.now().plusDays(30), "ACTIVE", "HVNN").build()), 201);
        long id = created.getJsonNumber("id").longValue();
        assertThat(created.getString("status")).isEqualTo("EXPIRING");
        assertThat(Library.items("bql.soan", "/api/agreements/alerts")).extracting(a -> a.getString("number")).contains(number);
        assertThat(Library.items("hvnn.gopy", "/api/agreements/alerts")).extracting(a -> a.getString("number")).contains(number);
        assertThat(Library.items("dhbk.gopy", "/api/agreements/alerts")).extracting(a -> a.getString("number")).doesNotContain(number);

        try (Connection db = Portal.database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE agreement SET effective_to = current_date - 1 WHERE id = " + id);
        }
        eventually(Duration.ofSeconds(30), Duration.ofMillis(500), () ->
                assertThat(Plans.ok(Library.get("bql.soan", "/api/agreements/" + id), 200).getString("status"))
                        .as("the timer moved it on, no page was visited").isEqualTo("EXPIRED"));
        try (Connection db = Portal.database(); Statement sql = db.createStatement();
             var rows = sql.executeQuery("SELECT count(*) FROM audit_event WHERE action = 'AGREEMENT_STATUS_REFRESHED' AND entity_id = '" + id + "'")) {
            rows.next();
            assertThat(rows.getInt(1)).isPositive();
        }
    }

    @Test
    void aProposalIsReviewedByInvitedUniversitiesAndDecidedByThePark() {
        long document = Library.uploadOk("hvnn.gopy", "de-xuat-phong-thi-nghiem.docx", Library.corpusBytes("de-xuat-phong-thi-nghiem.docx"),
                Map.of("visibility", "ORGANIZATION")).getJsonNumber("id").longValue();
        JsonObject proposal = Plans.ok(Plans.post("hvnn.gopy", "/api/proposals", Json.createObjectBuilder()
                .add("title", "Phòng thí nghiệm công nghệ sinh học nông nghiệp tại Khu")
                .add("purpose", "Đặt phòng thí nghiệm trọng điểm của Học viện tại Khu công nghệ cao Hòa Lạc")
                .add("budget", 180).add("area", 2500).add("timeline", "2026–2028")
                .add("documents", Json.createArrayBuilder().add(document)).build()), 201);
        long id = proposal.getJsonNumber("id").longValue();
        assertThat(proposal.getString("organization")).isEqualTo("HVNN");
        assertThat(proposal.getString("status")).isEqualTo("SUBMITTED");
        assertThat(Library.get("bql.soan", "/api/documents/" + document).statusCode()).as("shared with the park").isEqualTo(200);

        assertThat(Library.get("dhbk.gopy", "/api/proposals/" + id).statusCode()).as("not invited yet").isEqualTo(404);
        assertThat(Plans.post("dhbk.gopy", "/api/proposals/" + id + "/reviewers", Json.createObjectBuilder()
                .add("organizations", Json.createArrayBuilder().add("DHBK")).build()).statusCode()).isEqualTo(403);
        assertThat(Plans.post("bql.soan", "/api/proposals/" + id + "/reviewers", Json.createObjectBuilder()
                .add("organizations", Json.createArrayBuilder().add("HVNN")).build()).statusCode()).as("not the submitter").isEqualTo(400);
        JsonObject invited = Plans.ok(Plans.post("bql.soan", "/api/proposals/" + id + "/reviewers", Json.createObjectBuilder()
                .add("organizations", Json.createArrayBuilder().add("DHBK")).build()), 200);
        assertThat(invited.getString("status")).isEqualTo("IN_REVIEW");

        assertThat(Library.get("dhbk.gopy", "/api/proposals/" + id).statusCode()).isEqualTo(200);
        assertThat(Library.get("dhbk.gopy", "/api/documents/" + document).statusCode()).as("shared with the reviewer").isEqualTo(200);
        assertThat(Library.get("dhqg.gopy", "/api/proposals/" + id).statusCode()).isEqualTo(404);
        assertThat(Library.items("dhqg.gopy", "/api/proposals")).extracting(p -> p.getString("title"))
                .noneMatch(t -> t.contains("Phòng thí nghiệm công nghệ sinh học"));
        assertThat(Library.get("dhqg.gopy", "/api/documents/" + document).statusCode()).isEqualTo(404);
        assertThat(Plans.post("dhqg.gopy", "/api/proposals/" + id + "/opinions", Json.createObjectBuilder()
                .add("opinion", "OPPOSE").add("comment", "x").build()).statusCode()).isEqualTo(404);
        assertThat(Plans.post("hvnn.gopy", "/api/proposals/" + id + "/opinions", Json.createObjectBuilder()
                .add("opinion", "SUPPORT").build()).statusCode()).as("the submitter does not review itself").isEqualTo(403);
        assertThat(Plans.post("dhbk.gopy", "/api/proposals/" + id + "/opinions", Json.createObjectBuilder()
                .add("opinion", "SUPPORT_WITH_CONDITIONS").build()).statusCode()).as("conditions need words").isEqualTo(400);
        JsonObject opinion = Plans.ok(Plans.post("dhbk.gopy", "/api/proposals/" + id + "/opinions", Json.createObjectBuilder()
                .add("opinion", "SUPPORT_WITH_CONDITIONS").add("comment", "Cần dùng chung thiết bị với các trường khác").build()), 200);
        assertThat(opinion.getJsonArray("opinions").getJsonObject(0).getString("opinion")).isEqualTo("SUPPORT_WITH_CONDITIONS");
        assertThat(Plans.ok(Library.get("hvnn.gopy", "/api/proposals/" + id), 200).getJsonArray("opinions"))
                .as("the submitter does not see reviewers' opinions").isEmpty();

        assertThat(Plans.post("dhbk.gopy", "/api/proposals/" + id + "/decision", Json.createObjectBuilder()
                .add("outcome", "ACCEPTED").add("note", "x").build()).statusCode()).isEqualTo(403);
        assertThat(Plans.post("bql.soan", "/api/proposals/" + id + "/links", Json.createObjectBuilder().build()).statusCode())
                .as("not accepted yet").isEqualTo(409);
        Plans.ok(Plans.post("bql.soan", "/api/proposals/" + id + "/decision", Json.createObjectBuilder()
                .add("outcome", "ACCEPTED").add("note", "Chấp thuận, giao Ban quản lý bố trí mặt bằng").build()), 200);
        assertThat(Plans.post("dhbk.gopy", "/api/proposals/" + id + "/opinions", Json.createObjectBuilder()
                .add("opinion", "OPPOSE").add("comment", "Muộn").build()).statusCode()).isEqualTo(409);
        assertThat(Plans.post("bql.soan", "/api/proposals/" + id + "/decision", Json.createObjectBuilder()
                .add("outcome", "REJECTED").add("note", "x").build()).statusCode()).isEqualTo(409);

        long plan = demoPlan();
        JsonObject linked = Plans.ok(Plans.post("bql.soan", "/api/proposals/" + id + "/links", Json.createObjectBuilder()
                .add("targets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("planId", plan).add("code", "CT04"))).build()), 200);
        assertThat(linked.getJsonArray("targets").getJsonObject(0).getString("code")).isEqualTo("CT04");
        assertThat(Plans.post("bql.soan", "/api/proposals/" + id + "/links", Json.createObjectBuilder()
                .add("targets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("planId", plan).add("code", "CT99"))).build())
                .statusCode()).isEqualTo(400);
    }

    static long demoPlan() {
        return Library.items("bql.soan", "/api/plans").stream().filter(p -> p.getString("code").equals("DA-HOALAC-2030")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    private static String sheetText(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.append(cell.toString()).append('|');
                }
            }
        }
        return text.toString();
    }
}
