package vn.hoalac.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plan's life cycle through its API (design/API.md, Plans) against the real stack: drafting with stale-revision
 * conflicts, review by invited universities only, answers, the committee's decision, the seal that not even SQL can
 * break, comparison and progress; and every refusal on the way (wrong role, wrong organization, wrong state).
 */
@ExtendWith(PortalStackExtension.class)
class PlansApiIT {

    private static final LocalDate IN_A_WEEK = LocalDate.now().plusDays(7);

    @Test
    void theListsArePagedWithAnExactTotal() {
        long newest = Plans.create("Đề án kiểm thử phân trang");
        java.util.List<JsonObject> all = Library.items("bql.soan", "/api/plans");
        JsonObject first = Plans.ok(Library.get("bql.soan", "/api/plans?size=1"), 200);
        assertThat(first.getJsonNumber("total").intValue()).isEqualTo(all.size()).isGreaterThanOrEqualTo(2);
        assertThat(first.getJsonArray("items")).hasSize(1);
        assertThat(first.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()).as("newest first").isEqualTo(newest);
        JsonObject second = Plans.ok(Library.get("bql.soan", "/api/plans?size=1&page=1"), 200);
        assertThat(second.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue())
                .isEqualTo(all.get(1).getJsonNumber("id").longValue());
        JsonObject beyond = Plans.ok(Library.get("bql.soan", "/api/plans?size=200&page=" + (all.size() / 200 + 1)), 200);
        assertThat(beyond.getJsonArray("items")).isEmpty();
        assertThat(beyond.getJsonNumber("total").intValue()).isEqualTo(all.size());
        JsonObject tasks = Plans.ok(Library.get("bql.soan", "/api/plans/tasks"), 200);
        assertThat(tasks.getJsonNumber("total").intValue()).isGreaterThanOrEqualTo(tasks.getJsonArray("items").size());

        for (String bad : new String[]{"size=0", "size=201", "page=-1", "page=abc", "size=1.5", "page=2147483647&size=200"}) {
            for (String list : new String[]{"/api/plans?", "/api/plans/tasks?", "/api/plans/" + newest + "/progress?", "/api/documents?", "/api/search?q=x&"}) {
                HttpResponse<String> refused = Library.get("bql.soan", list + bad);
                assertThat(refused.statusCode()).as(list + bad).isEqualTo(400);
                JsonObject error = Portal.json(refused.body());
                assertThat(error.getString("code")).as(list + bad).isEqualTo("invalid.paging");
                assertThat(error.getJsonArray("problems").getValuesAs(JsonObject.class)).as(list + bad).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.getString("field")).isIn("page", "size"));
            }
        }
        // the search engine collects every hit before the page, so its lists stop at item 100,000; the others go on
        for (String list : new String[]{"/api/documents?", "/api/search?q=x&"}) {
            HttpResponse<String> refused = Library.get("bql.soan", list + "page=100001&size=1");
            assertThat(refused.statusCode()).as(list).isEqualTo(400);
            assertThat(Portal.json(refused.body()).getJsonArray("problems").getJsonObject(0).getString("code")).as(list).isEqualTo("problem.pageTooDeep");
            assertThat(Portal.json(refused.body()).getJsonArray("details").getString(0)).as(list).startsWith("page: ").contains("100.000");
        }
        JsonObject deep = Plans.ok(Library.get("bql.soan", "/api/plans?page=100001&size=1"), 200);
        assertThat(deep.getJsonArray("items")).isEmpty();
        assertThat(deep.getJsonNumber("total").intValue()).isEqualTo(all.size());
    }

    @Test
    void aPlanGoesFromDraftToASealedApprovedVersion() throws SQLException {
        long id = Plans.create("Đề án kiểm thử vòng đời");
        long revision = Plans.draftRevision(id);
        revision = Plans.saveDraft(id, revision,
                Json.createArrayBuilder()
                        .add(Plans.section("c1", "Chương I. Sự cần thiết", "<p>Khu công nghệ cao Hòa Lạc <script>alert(1)</script>là trung tâm.</p>"))
                        .add(Plans.section("c2", "Chương II. Mục tiêu", "<p>Đến năm 2030 đạt 20.000 tỷ đồng.</p>")),
                Json.createArrayBuilder()
                        .add(Plans.target("CT01", "Tổng vốn đầu tư đăng ký", "tỷ đồng", "Ban quản lý Khu công nghệ cao Hòa Lạc",
                                Map.of("2025", 8000, "2030", 20000, "2045", 60000)))
                        .add(Plans.target("CT04", "Phòng thí nghiệm trọng điểm", "phòng", "Đại học Bách khoa Hà Nội",
                                Map.of("2025", 4, "2030", 15))));
        JsonObject draft = Plans.get("bql.soan", id).getJsonObject("draft");
        assertThat(draft.getJsonArray("sections").getJsonObject(0).getString("body"))
                .as("rich text is cleaned on save").doesNotContain("<script").contains("Khu công nghệ cao Hòa Lạc");
        assertThat(draft.getJsonArray("targets").getJsonObject(0).getJsonObject("values").getJsonNumber("2030").intValue()).isEqualTo(20000);

        int number = Plans.submit(id, IN_A_WEEK, "DHBK");
        assertThat(number).isEqualTo(1);
        // drafting goes on: the version does not change with the draft
        Plans.saveDraft(id, revision, Json.createArrayBuilder().add(Plans.section("c1", "Chương I", "<p>Đã sửa sau khi gửi</p>")),
                Json.createArrayBuilder());
        JsonObject version = Plans.ok(Library.get("bql.soan", "/api/plans/" + id + "/versions/1"), 200);
        assertThat(version.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(version.getJsonArray("sections")).hasSize(2);
        assertThat(version.getJsonArray("reviewers").getString(0)).isEqualTo("DHBK");

        JsonObject comment = Plans.comment("dhbk.gopy", id, 1, "c1", "Đề nghị bổ sung cơ chế hợp tác với các trường.");
        long commentId = comment.getJsonNumber("id").longValue();
        assertThat(comment.getString("organization")).isEqualTo("DHBK");
        assertThat(Plans.post("dhbk.gopy", "/api/plans/" + id + "/versions/1/comments", Json.createObjectBuilder()
                .add("sectionKey", "khong-co").add("body", "x").build()).statusCode()).as("unknown section").isEqualTo(400);

        // not yet: a comment has no answer; the refusal names its rule and speaks the caller's language, Vietnamese by default
        HttpResponse<String> unanswered = Plans.post("bql.soan", "/api/plans/" + id + "/versions/1/submit-for-approval", null);
        assertThat(unanswered.statusCode()).isEqualTo(409);
        assertThat(Portal.json(unanswered.body()).getString("error")).isEqualTo("Còn 1 góp ý chưa được trả lời");
        assertThat(Portal.json(unanswered.body()).getString("code")).isEqualTo("rule.version.commentsUnanswered");
        HttpResponse<String> inEnglish = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("/api/plans/" + id + "/versions/1/submit-for-approval")))
                .header("Authorization", "Bearer " + Library.token("bql.soan")).header("Accept-Language", "fr, en-GB;q=0.8, vi;q=0.5")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(inEnglish.statusCode()).isEqualTo(409);
        assertThat(Portal.json(inEnglish.body()).getString("error")).isEqualTo("1 comment(s) still have no answer");
        assertThat(Portal.json(inEnglish.body()).getString("code")).isEqualTo("rule.version.commentsUnanswered");
        assertThat(Plans.post("bql.soan", "/api/plans/" + id + "/versions/1/comments/" + commentId + "/response",
                Json.createObjectBuilder().add("disposition", "NOT_ACCEPTED").build()).statusCode())
                .as("not accepted without a rationale").isEqualTo(400);
        JsonObject answered = Plans.answer(id, 1, commentId, "ACCEPTED", "Đã bổ sung tại mục 3.");
        assertThat(answered.getJsonObject("response").getString("disposition")).isEqualTo("ACCEPTED");

        // the reviewer sees the answer to their comment
        JsonObject seenByReviewer = Plans.ok(Library.get("dhbk.gopy", "/api/plans/" + id + "/versions/1"), 200);
        assertThat(seenByReviewer.getJsonArray("comments").getJsonObject(0).getJsonObject("response").getString("rationale"))
                .isEqualTo("Đã bổ sung tại mục 3.");

        assertThat(Plans.decide("bcd.pheduyet", id, 1, "APPROVED").statusCode()).as("not submitted for approval yet").isEqualTo(409);
        Plans.ok(Plans.post("bql.soan", "/api/plans/" + id + "/versions/1/submit-for-approval", null), 200);
        assertThat(Plans.post("dhbk.gopy", "/api/plans/" + id + "/versions/1/comments", Json.createObjectBuilder()
                .add("sectionKey", "c1").add("body", "Muộn").build()).statusCode()).as("review closed").isEqualTo(409);
        assertThat(Plans.decide("bql.soan", id, 1, "APPROVED").statusCode()).as("the park does not approve").isEqualTo(403);

        JsonObject approved = Plans.ok(Plans.decide("bcd.pheduyet", id, 1, "APPROVED"), 200);
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getJsonObject("decision").getString("noticeNumber")).isEqualTo("1857-TB/TU");
        String seal = approved.getJsonObject("seal").getString("sha256");
        assertThat(seal).matches("[0-9a-f]{64}");
        assertThat(Plans.decide("bcd.pheduyet", id, 1, "RETURNED").statusCode()).as("decided once").isEqualTo(409);
        assertThat(Plans.ok(Library.get("bcd.pheduyet", "/api/plans/" + id + "/versions/1/seal"), 200).getBoolean("intact")).isTrue();

        // sealed: nothing changes it, not even SQL as the schema's owner (the portal's own role may not even try, see AuditIT)
        try (Connection db = Portal.database(); Statement sql = db.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE plan_version SET note = 'x' WHERE plan_id = " + id))
                    .hasMessageContaining("sealed");
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE plan_version SET snapshot = replace(snapshot, '20000', '2000') WHERE plan_id = " + id))
                    .hasMessageContaining("sealed");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM plan_version WHERE plan_id = " + id)).hasMessageContaining("deleted");
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE plan_comment SET body = 'x' WHERE id = " + commentId))
                    .hasMessageContaining("sealed");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM plan_comment WHERE id = " + commentId)).hasMessageContaining("never");
            assertThatThrownBy(() -> sql.executeUpdate("TRUNCATE plan_version CASCADE")).hasMessageContaining("truncated");
        }
        // every state change left an audit event, chained to the one before; the trail refuses changes
        try (Connection db = Portal.database(); Statement sql = db.createStatement()) {
            var actions = new java.util.ArrayList<String>();
            try (var rows = sql.executeQuery("SELECT action, actor FROM audit_event WHERE entity_id = '" + id + "/1' ORDER BY id")) {
                while (rows.next()) {
                    actions.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
            assertThat(actions).containsExactly("VERSION_SUBMITTED bql.soan", "COMMENT_ADDED dhbk.gopy", "COMMENT_ANSWERED bql.soan",
                    "VERSION_TO_APPROVAL bql.soan", "VERSION_APPROVED bcd.pheduyet");
            try (var rows = sql.executeQuery("SELECT count(*) FROM (SELECT previous_hash, lag(hash) OVER (ORDER BY id) AS before "
                    + "FROM audit_event) c WHERE c.before IS NOT NULL AND c.previous_hash IS DISTINCT FROM c.before")) {
                rows.next();
                assertThat(rows.getInt(1)).as("broken links in the audit chain").isZero();
            }
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_event SET actor = 'x'")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_event")).hasMessageContaining("append-only");
        }
        JsonObject after = Plans.ok(Library.get("bcd.pheduyet", "/api/plans/" + id + "/versions/1"), 200);
        assertThat(after.getJsonObject("seal").getString("sha256")).isEqualTo(seal);
        assertThat(Plans.ok(Library.get("bcd.pheduyet", "/api/plans/" + id + "/versions/1/seal"), 200).getBoolean("intact")).isTrue();
        // exports: the synthesis for the park and the committee, the approved version with its notice and seal
        HttpResponse<byte[]> xlsx = Library.getBytes("bcd.pheduyet", "/api/plans/" + id + "/versions/1/synthesis.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        HttpResponse<byte[]> pdf = Library.getBytes("bql.soan", "/api/plans/" + id + "/versions/1/approved.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String pdfText = pdfText(pdf.body());
        assertThat(pdfText).contains("1857-TB/TU").contains(seal).contains("Khu công nghệ cao Hòa Lạc");
        assertThat(Library.getBytes("dhbk.gopy", "/api/plans/" + id + "/versions/1/synthesis.pdf").statusCode()).isEqualTo(403);

        // an approved version is readable by every university, invited or not
        assertThat(Library.get("dhqg.gopy", "/api/plans/" + id + "/versions/1").statusCode()).isEqualTo(200);

        // the approved targets are tracked: a lead unit reports its own target, not the others
        Plans.ok(Plans.post("dhbk.gopy", "/api/plans/" + id + "/targets/CT04/progress", Json.createObjectBuilder()
                .add("period", "2025").add("actual", 3).add("status", "BEHIND").build()), 201);
        assertThat(Plans.post("dhbk.gopy", "/api/plans/" + id + "/targets/CT01/progress", Json.createObjectBuilder()
                .add("period", "2025").add("actual", 3).add("status", "BEHIND").build()).statusCode()).isEqualTo(403);
    }

    @Test
    void aStaleDraftSaveIsRefusedAndTheNewerSaveIsKept() {
        long id = Plans.create("Đề án kiểm thử xung đột");
        long base = Plans.draftRevision(id);
        Plans.saveDraft(id, base, Json.createArrayBuilder().add(Plans.section("c1", "Chương I", "<p>Bản của người thứ nhất</p>")),
                Json.createArrayBuilder());
        HttpResponse<String> second = Plans.put("bql.soan", "/api/plans/" + id + "/draft", Json.createObjectBuilder()
                .add("revision", base)
                .add("sections", Json.createArrayBuilder().add(Plans.section("c1", "Chương I", "<p>Bản của người thứ hai</p>")))
                .add("targets", Json.createArrayBuilder()).build());
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(Portal.json(second.body()).getString("error")).contains("bql.soan");
        assertThat(Plans.get("bql.soan", id).getJsonObject("draft").getJsonArray("sections").getJsonObject(0).getString("body"))
                .contains("người thứ nhất");
        // a save that leaves the sections out changes only the targets
        long current = Plans.draftRevision(id);
        Plans.ok(Plans.put("bql.soan", "/api/plans/" + id + "/draft", Json.createObjectBuilder().add("revision", current)
                .add("targets", Json.createArrayBuilder().add(Plans.target("CT01", "Vốn", "tỷ đồng", "BQL", Map.of("2030", 1))))
                .build()), 200);
        JsonObject draft = Plans.get("bql.soan", id).getJsonObject("draft");
        assertThat(draft.getJsonArray("sections").getJsonObject(0).getString("body")).contains("người thứ nhất");
        assertThat(draft.getJsonArray("targets")).hasSize(1);
        assertThat(Plans.put("bql.soan", "/api/plans/" + id + "/draft", Json.createObjectBuilder()
                .add("sections", Json.createArrayBuilder()).build()).statusCode()).as("no revision").isEqualTo(400);
        assertThat(Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("/api/plans/" + id + "/draft")))
                .header("Authorization", "Bearer " + Library.token("bql.soan")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"revision\": 1, \"sections\": [")).build()).statusCode())
                .as("broken JSON").isEqualTo(400);
    }

    @Test
    void everyRefusalOfTheLifeCycle() throws SQLException {
        long id = Plans.create("Đề án kiểm thử quyền");
        long revision = Plans.draftRevision(id);
        assertThat(Plans.post("bql.soan", "/api/plans/" + id + "/versions", Json.createObjectBuilder().add("reviewers",
                Json.createArrayBuilder().add("DHBK")).add("reviewDeadline", IN_A_WEEK.toString()).build()).statusCode())
                .as("an empty draft cannot be submitted").isEqualTo(409);
        Plans.saveDraft(id, revision, Json.createArrayBuilder().add(Plans.section("c1", "Chương I", "<p>Nội dung</p>")), Json.createArrayBuilder());

        // wrong role
        for (String user : new String[]{"dhbk.gopy", "bcd.pheduyet", "quantri"}) {
            assertThat(Plans.post(user, "/api/plans", Json.createObjectBuilder().add("code", "X-" + user).add("title", "x").build())
                    .statusCode()).as(user + " creates a plan").isEqualTo(403);
            assertThat(Plans.put(user, "/api/plans/" + id + "/draft", Json.createObjectBuilder().add("revision", 1).build())
                    .statusCode()).as(user + " edits the draft").isEqualTo(403);
            assertThat(Plans.post(user, "/api/plans/" + id + "/versions", Json.createObjectBuilder().add("reviewers",
                    Json.createArrayBuilder().add("DHBK")).add("reviewDeadline", IN_A_WEEK.toString()).build()).statusCode())
                    .as(user + " submits").isEqualTo(403);
        }
        // bad input
        assertThat(Plans.post("bql.soan", "/api/plans/" + id + "/versions", Json.createObjectBuilder().add("reviewers",
                Json.createArrayBuilder().add("BCD07")).add("reviewDeadline", IN_A_WEEK.toString()).build()).statusCode())
                .as("only universities review").isEqualTo(400);
        assertThat(Plans.post("bql.soan", "/api/plans/" + id + "/versions", Json.createObjectBuilder().add("reviewers",
                Json.createArrayBuilder().add("DHBK")).add("reviewDeadline", LocalDate.now().minusDays(2).toString()).build()).statusCode())
                .as("deadline in the past").isEqualTo(400);

        int number = Plans.submit(id, IN_A_WEEK, "DHBK", "HVNN");
        assertThat(Plans.post("bql.soan", "/api/plans/" + id + "/versions", Json.createObjectBuilder().add("reviewers",
                Json.createArrayBuilder().add("DHBK")).add("reviewDeadline", IN_A_WEEK.toString()).build()).statusCode())
                .as("one open version at a time").isEqualTo(409);

        // wrong organization: not invited, so the version does not exist for them
        assertThat(Library.get("dhqg.gopy", "/api/plans/" + id + "/versions/" + number).statusCode()).isEqualTo(404);
        assertThat(Library.get("dhqg.gopy", "/api/plans/" + id).statusCode()).isEqualTo(404);
        assertThat(Plans.post("dhqg.gopy", "/api/plans/" + id + "/versions/" + number + "/comments", Json.createObjectBuilder()
                .add("sectionKey", "c1").add("body", "Góp ý").build()).statusCode()).isEqualTo(404);
        assertThat(Library.get("quantri", "/api/plans/" + id).statusCode()).as("administrators do not read plans").isEqualTo(404);
        // the committee reads but does not comment; the park does not comment on its own plan
        assertThat(Plans.post("bcd.pheduyet", "/api/plans/" + id + "/versions/" + number + "/comments", Json.createObjectBuilder()
                .add("sectionKey", "c1").add("body", "Góp ý").build()).statusCode()).isEqualTo(403);
        assertThat(Plans.post("bql.soan", "/api/plans/" + id + "/versions/" + number + "/comments", Json.createObjectBuilder()
                .add("sectionKey", "c1").add("body", "Góp ý").build()).statusCode()).isEqualTo(403);
        // an invited university sees the version, not the working copy
        JsonObject seenByDhbk = Plans.get("dhbk.gopy", id);
        assertThat(seenByDhbk.containsKey("draft")).as(seenByDhbk.toString()).isFalse();
        assertThat(seenByDhbk.getJsonArray("versions")).hasSize(1);

        long dhbkComment = Plans.comment("dhbk.gopy", id, number, "c1", "Góp ý của ĐHBK").getJsonNumber("id").longValue();
        Plans.comment("hvnn.gopy", id, number, "c1", "Góp ý của HVNN");
        // each university sees only its own comments; the park and the committee see all
        assertThat(Plans.ok(Library.get("dhbk.gopy", "/api/plans/" + id + "/versions/" + number), 200).getJsonArray("comments"))
                .hasSize(1);
        assertThat(Plans.ok(Library.get("bcd.pheduyet", "/api/plans/" + id + "/versions/" + number), 200).getJsonArray("comments"))
                .hasSize(2);
        assertThat(Library.get("dhbk.gopy", "/api/plans/" + id + "/versions/" + number + "/synthesis").statusCode()).isEqualTo(403);
        assertThat(Plans.post("dhbk.gopy", "/api/plans/" + id + "/versions/" + number + "/comments/" + dhbkComment + "/response",
                Json.createObjectBuilder().add("disposition", "ACCEPTED").build()).statusCode()).as("reviewers do not answer").isEqualTo(403);
        assertThat(Plans.post("dhbk.gopy", "/api/plans/" + id + "/versions/" + number + "/submit-for-approval", null).statusCode())
                .isEqualTo(403);

        // after the deadline nobody comments
        try (Connection db = Portal.database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE plan_version SET review_deadline = current_date - 1 WHERE plan_id = " + id);
        }
        assertThat(Plans.post("dhbk.gopy", "/api/plans/" + id + "/versions/" + number + "/comments", Json.createObjectBuilder()
                .add("sectionKey", "c1").add("body", "Quá hạn").build()).statusCode()).isEqualTo(409);

        // returned: drafting goes on to the next number
        for (JsonValue c : Plans.ok(Library.get("bql.soan", "/api/plans/" + id + "/versions/" + number), 200).getJsonArray("comments")) {
            Plans.answer(id, number, c.asJsonObject().getJsonNumber("id").longValue(), "PARTIALLY_ACCEPTED", "Tiếp thu một phần.");
        }
        Plans.ok(Plans.post("bql.soan", "/api/plans/" + id + "/versions/" + number + "/submit-for-approval", null), 200);
        assertThat(Plans.post("bql.soan", "/api/plans/" + id + "/versions/" + number + "/comments/" + dhbkComment + "/response",
                Json.createObjectBuilder().add("disposition", "ACCEPTED").build()).statusCode()).as("answers are final").isEqualTo(409);
        JsonObject returned = Plans.ok(Plans.decide("bcd.pheduyet", id, number, "RETURNED"), 200);
        assertThat(returned.getString("status")).isEqualTo("RETURNED");
        assertThat(returned.containsKey("seal")).isFalse();
        assertThat(Library.get("bcd.pheduyet", "/api/plans/" + id + "/versions/" + number + "/seal").statusCode()).isEqualTo(409);
        assertThat(Plans.submit(id, IN_A_WEEK, "DHBK")).isEqualTo(number + 1);
        assertThat(Plans.decide("bcd.pheduyet", id, number + 1, "MAYBE").statusCode()).isEqualTo(400);
    }

    @Test
    void comparisonShowsChangedTargetValuesAndText() {
        long id = Plans.create("Đề án kiểm thử so sánh");
        long revision = Plans.draftRevision(id);
        revision = Plans.saveDraft(id, revision,
                Json.createArrayBuilder().add(Plans.section("c1", "Chương I", "<p>Thu hút 20.000 tỷ đồng vốn đầu tư.</p>")),
                Json.createArrayBuilder()
                        .add(Plans.target("CT01", "Tổng vốn đầu tư đăng ký", "tỷ đồng", "BQL", Map.of("2030", 20000)))
                        .add(Plans.target("CT02", "Doanh nghiệp khởi nghiệp", "doanh nghiệp", "BQL", Map.of("2030", 300))));
        Plans.submit(id, IN_A_WEEK, "DHBK");
        Plans.ok(Plans.post("bql.soan", "/api/plans/" + id + "/versions/1/submit-for-approval", null), 200);
        Plans.ok(Plans.decide("bcd.pheduyet", id, 1, "RETURNED"), 200);
        Plans.saveDraft(id, revision,
                Json.createArrayBuilder().add(Plans.section("c1", "Chương I", "<p>Thu hút 25.000 tỷ đồng vốn đầu tư.</p>")),
                Json.createArrayBuilder()
                        .add(Plans.target("CT01", "Tổng vốn đầu tư đăng ký", "tỷ đồng", "BQL", Map.of("2030", 25000)))
                        .add(Plans.target("CT03", "Lao động trình độ đại học", "%", "BQL", Map.of("2030", 70))));
        Plans.submit(id, IN_A_WEEK, "DHBK");

        JsonObject comparison = Plans.ok(Library.get("bcd.pheduyet", "/api/plans/" + id + "/compare?from=1&to=2"), 200);
        JsonArray targets = comparison.getJsonArray("targets");
        assertThat(targets.getValuesAs(JsonObject.class)).anySatisfy(t -> {
            assertThat(t.getString("code")).isEqualTo("CT01");
            assertThat(t.getInt("year")).isEqualTo(2030);
            assertThat(t.getJsonNumber("from").intValue()).isEqualTo(20000);
            assertThat(t.getJsonNumber("to").intValue()).isEqualTo(25000);
        });
        assertThat(targets.getValuesAs(JsonObject.class)).anySatisfy(t -> {
            assertThat(t.getString("code")).isEqualTo("CT02");
            assertThat(t.getString("change")).isEqualTo("REMOVED");
        });
        assertThat(targets.getValuesAs(JsonObject.class)).anySatisfy(t -> {
            assertThat(t.getString("code")).isEqualTo("CT03");
            assertThat(t.getString("change")).isEqualTo("ADDED");
        });
        assertThat(comparison.getJsonArray("sections").getJsonObject(0).getString("diff")).contains("-Thu hút 20.000").contains("+Thu hút 25.000");
        assertThat(Library.get("dhqg.gopy", "/api/plans/" + id + "/compare?from=1&to=2").statusCode()).isEqualTo(404);
    }

    @Test
    void targetsComeFromTheSpreadsheetAndProgressIsReportedByTheLeadUnit() {
        long id = Plans.create("Đề án kiểm thử chỉ tiêu");
        long targetsRevision = Plans.get("bql.soan", id).getJsonObject("draft").getJsonNumber("targetsRevision").longValue();
        Multipart body = new Multipart().file("chi-tieu-2030.xlsx", Library.corpusBytes("chi-tieu-2030.xlsx"))
                .field("targetsRevision", String.valueOf(targetsRevision));
        HttpResponse<String> imported = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("/api/plans/" + id + "/targets/import")))
                .header("Authorization", "Bearer " + Library.token("bql.soan")).header("Content-Type", body.contentType())
                .POST(body.body()).build());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonArray targets = Plans.get("bql.soan", id).getJsonObject("draft").getJsonArray("targets");
        assertThat(targets.getValuesAs(JsonObject.class)).extracting(t -> t.getString("code")).containsExactly("CT01", "CT02", "CT03", "CT04");
        assertThat(targets.getJsonObject(0).getJsonObject("values").getJsonNumber("2030").intValue()).isEqualTo(20000);

        Multipart garbage = new Multipart().file("chi-tieu.xlsx", "không phải excel".getBytes())
                .field("targetsRevision", String.valueOf(targetsRevision + 1));
        HttpResponse<String> refused = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("/api/plans/" + id + "/targets/import")))
                .header("Authorization", "Bearer " + Library.token("bql.soan")).header("Content-Type", garbage.contentType())
                .POST(garbage.body()).build());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonObject why = Portal.json(refused.body());
        assertThat(why.getString("code")).isEqualTo("invalid.targetsFile");
        assertThat(why.getJsonArray("problems").getJsonObject(0).getString("field")).isEqualTo("file");
        assertThat(why.getJsonArray("problems").getJsonObject(0).getString("code")).isEqualTo("xlsx.unreadable");
        assertThat(why.getJsonArray("details").getString(0)).isEqualTo("file: Không đọc được tệp: tệp phải là bảng tính Excel (.xlsx)");
        assertThat(Plans.get("bql.soan", id).getJsonObject("draft").getJsonArray("targets")).as("nothing lost").hasSize(4);

        JsonObject report = Plans.ok(Plans.post("bql.soan", "/api/plans/" + id + "/targets/CT01/progress", Json.createObjectBuilder()
                .add("period", "2025-H1").add("actual", 6100).add("status", "AT_RISK").add("note", "Chậm giải ngân").build()), 201);
        assertThat(report.getString("status")).isEqualTo("AT_RISK");
        assertThat(Plans.post("dhbk.gopy", "/api/plans/" + id + "/targets/CT01/progress", Json.createObjectBuilder()
                .add("period", "2025-H1").add("actual", 1).add("status", "ON_TRACK").build()).statusCode())
                .as("not the lead unit, and the plan is not visible to them").isIn(403, 404);
        assertThat(Plans.post("bql.soan", "/api/plans/" + id + "/targets/CT01/progress", Json.createObjectBuilder()
                .add("period", "2025-Q3").add("actual", 1).add("status", "ON_TRACK").build()).statusCode()).isEqualTo(400);
        assertThat(Plans.post("bql.soan", "/api/plans/" + id + "/targets/CT99/progress", Json.createObjectBuilder()
                .add("period", "2025").add("actual", 1).add("status", "ON_TRACK").build()).statusCode()).isEqualTo(404);
        assertThat(Plans.post("bcd.pheduyet", "/api/plans/" + id + "/targets/CT01/progress", Json.createObjectBuilder()
                .add("period", "2025").add("actual", 1).add("status", "ON_TRACK").build()).statusCode()).isEqualTo(403);

        HttpResponse<String> progress = Library.get("bcd.pheduyet", "/api/plans/" + id + "/progress");
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(Portal.json(progress.body()).getJsonNumber("total").intValue()).isEqualTo(4);
        JsonArray dashboard = Portal.json(progress.body()).getJsonArray("items");
        assertThat(dashboard).hasSize(4);
        assertThat(dashboard.getJsonObject(0).getJsonArray("reports").getJsonObject(0).getJsonNumber("actual").intValue()).isEqualTo(6100);
    }

    private static String pdfText(byte[] pdf) {
        try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
