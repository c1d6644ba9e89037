package vn.hoalac.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans, agreements and proposals are found by their text, with or without diacritics, by exactly those who may open
 * them, and the index follows each change: a saved draft, a submitted and an approved version, new reviewers.
 */
@ExtendWith(PortalStackExtension.class)
class SearchRecordsIT {

    private static final Random RANDOM = new Random();

    /** A made-up word no other test writes: a search for it finds only what this test wrote. */
    private static String marker() {
        StringBuilder word = new StringBuilder("tk");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    /** What a user's search finds, as "TYPE id/version" lines. */
    private static List<String> found(String username, String query, String type) {
        return Library.search(username, query, type).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("type") + " " + i.getJsonNumber("id").longValue() + "/" + i.getInt("version")).toList();
    }

    @Test
    void aPlanIsFoundByThoseWhoMayReadItsDraftOrItsVersions() {
        String first = marker();
        long id = Plans.create("Đề án tìm kiếm thử nghiệm");
        long revision = Plans.draftRevision(id);
        revision = Plans.saveDraft(id, revision, Json.createArrayBuilder().add(Plans.section("s1", "Chương I. Mục tiêu",
                "<p>Xây dựng trung tâm đổi mới sáng tạo " + first + " tại Khu công nghệ cao</p>")), Json.createArrayBuilder());

        String unaccented = "trung tam doi moi sang tao " + first;
        JsonObject park = Library.search("bql.soan", unaccented, null);
        assertThat(found("bql.soan", unaccented, null)).containsExactly("PLAN " + id + "/0");
        JsonObject hit = park.getJsonArray("items").getJsonObject(0);
        assertThat(hit.getString("title")).isEqualTo("Đề án tìm kiếm thử nghiệm");
        assertThat(hit.getString("snippet")).contains("<mark>" + first + "</mark>", "<mark>đổi</mark>");
        assertThat(park.getJsonObject("facets").getJsonObject("type").getInt("PLAN")).isEqualTo(1);
        assertThat(park.getJsonObject("facets")).as("categories are the documents' own").doesNotContainKey("category");
        assertThat(found("bcd.pheduyet", first, null)).as("the committee reads drafts").containsExactly("PLAN " + id + "/0");
        for (String outsider : List.of("dhbk.gopy", "hvnn.gopy", "dhqg.gopy", "quantri")) {
            assertThat(found(outsider, first, null)).as("%s does not read the draft", outsider).isEmpty();
        }

        int number = Plans.submit(id, LocalDate.now().plusDays(10), "DHBK");
        assertThat(found("bql.soan", first, "PLAN")).containsExactly("PLAN " + id + "/" + number, "PLAN " + id + "/0");
        assertThat(found("dhbk.gopy", unaccented, null)).as("the invited university finds the version, not the draft")
                .containsExactly("PLAN " + id + "/" + number);
        assertThat(found("hvnn.gopy", first, null)).as("not invited").isEmpty();
        assertThat(found("dhbk.gopy", first, "DOCUMENT")).as("the type filter").isEmpty();

        // drafting goes on: the draft's new words are the park's, the submitted version keeps its own
        String second = marker();
        Plans.saveDraft(id, revision, Json.createArrayBuilder().add(Plans.section("s1", "Chương I. Mục tiêu",
                "<p>Thu hút " + second + " nhà đầu tư chiến lược</p>")), Json.createArrayBuilder());
        assertThat(found("bql.soan", second, null)).containsExactly("PLAN " + id + "/0");
        assertThat(found("bql.soan", first, null)).containsExactly("PLAN " + id + "/" + number);
        assertThat(found("dhbk.gopy", second, null)).isEmpty();

        Plans.ok(Plans.post("bql.soan", "/api/plans/" + id + "/versions/" + number + "/submit-for-approval", null), 200);
        Plans.ok(Plans.decide("bcd.pheduyet", id, number, "APPROVED"), 200);
        for (String university : List.of("hvnn.gopy", "dhqg.gopy", "dhbk.gopy")) {
            assertThat(found(university, first, null)).as("%s reads the approved version", university)
                    .containsExactly("PLAN " + id + "/" + number);
        }
        assertThat(found("quantri", first, null)).isEmpty();
    }

    @Test
    void agreementsAndProposalsAreFoundByTheirOwnOrganizationsOnly() {
        String word = marker();
        String number = "TK-" + word.toUpperCase();
        JsonObject agreement = Plans.ok(Plans.post("bql.soan", "/api/agreements", Json.createObjectBuilder()
                .add("number", number).add("title", "Thỏa thuận hợp tác phòng thí nghiệm vi mạch " + word)
                .add("kind", "AGREEMENT").add("parties", Json.createArrayBuilder().add("DHBK"))
                .add("fields", Json.createArrayBuilder().add("SHARED_LAB")).add("status", "NEGOTIATING")
                .add("milestones", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("title", "Hoàn thiện thiết kế phòng sạch").add("due", "2027-06-30").add("status", "OPEN"))).build()), 201);
        long agreementId = agreement.getJsonNumber("id").longValue();
        assertThat(found("dhbk.gopy", "phong thi nghiem vi mach " + word, null)).containsExactly("AGREEMENT " + agreementId + "/0");
        assertThat(found("bcd.pheduyet", word, "AGREEMENT")).containsExactly("AGREEMENT " + agreementId + "/0");
        assertThat(found("dhbk.gopy", "\"phong sach\" " + word, null)).as("a milestone's words").hasSize(1);
        assertThat(found("hvnn.gopy", word, null)).as("not a party").isEmpty();
        assertThat(found("quantri", word, null)).as("administrators run the portal, not its content").isEmpty();
        // the parties change: the search follows at once
        Plans.ok(Plans.put("bql.soan", "/api/agreements/" + agreementId, Json.createObjectBuilder()
                .add("number", number).add("title", "Thỏa thuận hợp tác phòng thí nghiệm vi mạch " + word)
                .add("kind", "AGREEMENT").add("parties", Json.createArrayBuilder().add("HVNN"))
                .add("fields", Json.createArrayBuilder().add("SHARED_LAB")).add("status", "NEGOTIATING")
                .add("version", agreement.getJsonNumber("version").longValue()).build()), 200);
        assertThat(found("hvnn.gopy", word, null)).as("a party now").containsExactly("AGREEMENT " + agreementId + "/0");
        assertThat(found("dhbk.gopy", word, null)).as("no longer a party").isEmpty();

        String purpose = marker();
        JsonObject proposal = Plans.ok(Plans.post("hvnn.gopy", "/api/proposals", Json.createObjectBuilder()
                .add("title", "Vườn ươm doanh nghiệp nông nghiệp số").add("purpose", "Ươm tạo " + purpose + " doanh nghiệp khởi nghiệp")
                .add("budget", 40).add("area", 800).add("timeline", "2027").build()), 201);
        long proposalId = proposal.getJsonNumber("id").longValue();
        assertThat(found("hvnn.gopy", "uom tao " + purpose, null)).containsExactly("PROPOSAL " + proposalId + "/0");
        assertThat(found("bql.soan", purpose, "PROPOSAL")).containsExactly("PROPOSAL " + proposalId + "/0");
        assertThat(found("dhbk.gopy", purpose, null)).as("not invited yet").isEmpty();
        Plans.ok(Plans.post("bql.soan", "/api/proposals/" + proposalId + "/reviewers", Json.createObjectBuilder()
                .add("organizations", Json.createArrayBuilder().add("DHBK")).build()), 200);
        assertThat(found("dhbk.gopy", purpose, null)).as("invited now").containsExactly("PROPOSAL " + proposalId + "/0");
        assertThat(found("dhqg.gopy", purpose, null)).isEmpty();
        assertThat(found("quantri", purpose, null)).isEmpty();
        // an opinion changes neither the words nor the readers: the proposal stays found as it was
        Plans.ok(Plans.post("dhbk.gopy", "/api/proposals/" + proposalId + "/opinions", Json.createObjectBuilder()
                .add("opinion", "SUPPORT").add("comment", "Ủng hộ").build()), 200);
        assertThat(found("dhbk.gopy", purpose, null)).containsExactly("PROPOSAL " + proposalId + "/0");
    }

    @Test
    void anUnknownTypeIsRefusedWithAReason() {
        var response = Library.get("bql.soan", "/api/search?q=" + URLEncoder.encode("hòa lạc", StandardCharsets.UTF_8) + "&type=MEMO");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("DOCUMENT", "PLAN", "AGREEMENT", "PROPOSAL");
    }
}
