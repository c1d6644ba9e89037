package vn.hoalac.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer edits or withdraws their own comment through the API (issue 17): only its author may, only until the park
 * answers it; both are audited, the search finds the new text and no longer the withdrawn one, and the withdrawn
 * comment stays on the version with its text hidden from everyone but its author. Everyone else is refused.
 */
@ExtendWith(PortalStackExtension.class)
class CommentRevisionApiIT {

    /** A made-up word no other test writes. */
    private static String marker() {
        StringBuilder word = new StringBuilder("tkrv");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String path(long id, int number, long commentId) {
        return "/api/plans/" + id + "/versions/" + number + "/comments/" + commentId;
    }

    private static HttpResponse<String> edit(String username, long id, int number, long commentId, String body) {
        return Plans.put(username, path(id, number, commentId), Json.createObjectBuilder().add("body", body).build());
    }

    private static HttpResponse<String> withdraw(String username, long id, int number, long commentId) {
        return Plans.send(username, "DELETE", path(id, number, commentId), null);
    }

    private static List<String> comments(String username, String query) {
        return Library.search(username, query, "COMMENT").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("type") + " " + i.getJsonNumber("id").longValue()).toList();
    }

    private static JsonObject commentOf(String username, long id, int number, long commentId) {
        return Plans.ok(Library.get(username, "/api/plans/" + id + "/versions/" + number), 200).getJsonArray("comments")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getJsonNumber("id").longValue() == commentId)
                .findFirst().orElseThrow();
    }

    private static void refused(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (code != null) {
            assertThat(Portal.json(response.body()).getString("code")).isEqualTo(code);
        }
    }

    @Test
    void onlyItsAuthorEditsOrWithdrawsACommentAndOnlyUntilItIsAnswered() {
        String first = marker();
        String second = marker();
        String third = marker();
        long id = Plans.createWithSection("Đề án thử sửa góp ý", "s1", "Chương I", "<p>Khu công nghệ cao Hòa Lạc</p>");
        int n = Plans.submit(id, LocalDate.now().plusDays(7), "DHBK", "HVNN");
        long commentId = Plans.comment("dhbk.gopy", id, n, "s1", "Cần làm rõ " + first).getJsonNumber("id").longValue();
        assertThat(comments("dhbk.gopy", first)).containsExactly("COMMENT " + id);
        String colleague = TestUsers.create("dhbk.khac", "DHBK", "university-reviewer");

        // nobody but its author: another university's reviewer and one not invited do not see it, the others may not
        refused(edit("hvnn.gopy", id, n, commentId, "Sửa hộ"), 404, null);
        refused(edit("dhqg.gopy", id, n, commentId, "Sửa hộ"), 404, null);
        refused(edit("bql.soan", id, n, commentId, "Sửa hộ"), 403, null);
        refused(edit("bcd.pheduyet", id, n, commentId, "Sửa hộ"), 403, null);
        refused(edit(colleague, id, n, commentId, "Sửa hộ"), 403, null);
        refused(edit("quantri", id, n, commentId, "Sửa hộ"), 404, null);
        refused(withdraw("hvnn.gopy", id, n, commentId), 404, null);
        refused(withdraw("bql.soan", id, n, commentId), 403, null);
        refused(withdraw("bcd.pheduyet", id, n, commentId), 403, null);
        refused(withdraw(colleague, id, n, commentId), 403, null);
        refused(edit("dhbk.gopy", id, n, commentId, "  "), 400, null);
        assertThat(commentOf("bql.soan", id, n, commentId).getString("body")).isEqualTo("Cần làm rõ " + first);

        // the author edits it: the new text is found, the old one no more, the audit trail keeps what it replaced
        long rowVersionBefore = commentOf("bql.soan", id, n, commentId).getJsonNumber("rowVersion").longValue();
        JsonObject edited = Plans.ok(edit("dhbk.gopy", id, n, commentId, "Đề nghị bổ sung " + second), 200);
        assertThat(edited.getString("body")).isEqualTo("Đề nghị bổ sung " + second);
        assertThat(edited.isNull("editedAt")).isFalse();
        assertThat(comments("dhbk.gopy", second)).containsExactly("COMMENT " + id);
        assertThat(comments("bql.soan", second)).containsExactly("COMMENT " + id);
        assertThat(comments("dhbk.gopy", first)).isEmpty();
        JsonObject audit = Plans.ok(Library.get("quantri", "/api/audit?action=COMMENT_EDITED&entityType=PLAN_VERSION&entityId=" + id + "/" + n), 200);
        assertThat(audit.getJsonArray("items")).hasSize(1);
        assertThat(audit.getJsonArray("items").getJsonObject(0).getString("actor")).isEqualTo("dhbk.gopy");
        assertThat(audit.getJsonArray("items").getJsonObject(0).getString("details"))
                .as("the replaced text is fingerprinted, never copied into the trail administrators read")
                .contains("text before: ", "SHA-256 ").doesNotContain("Cần làm rõ " + first);

        // the park's answer written to the old text is refused: it must read the new one
        HttpResponse<String> stale = Plans.post("bql.soan", path(id, n, commentId) + "/response", Json.createObjectBuilder()
                .add("disposition", "ACCEPTED").add("rowVersion", rowVersionBefore).build());
        refused(stale, 409, "rule.comment.editedMeanwhile");

        // once answered, the author can neither edit nor withdraw it, and is told why
        Plans.answer(id, n, commentId, "ACCEPTED", "Đã bổ sung.");
        refused(edit("dhbk.gopy", id, n, commentId, "Sửa sau khi có trả lời"), 409, "rule.comment.alreadyAnswered");
        refused(withdraw("dhbk.gopy", id, n, commentId), 409, "rule.comment.alreadyAnswered");
        assertThat(Portal.json(edit("dhbk.gopy", id, n, commentId, "Lại").body()).getString("error")).contains("đã được Ban quản lý trả lời");

        // a second comment, withdrawn: kept and marked, its text for its author only, out of the search and the synthesis
        long withdrawnId = Plans.comment("dhbk.gopy", id, n, "s1", "Góp ý sẽ rút " + third).getJsonNumber("id").longValue();
        assertThat(comments("bql.soan", third)).containsExactly("COMMENT " + id);
        JsonObject withdrawn = Plans.ok(withdraw("dhbk.gopy", id, n, withdrawnId), 200);
        assertThat(withdrawn.isNull("withdrawnAt")).isFalse();
        assertThat(comments("bql.soan", third)).isEmpty();
        assertThat(comments("dhbk.gopy", third)).isEmpty();
        JsonObject seenByPark = commentOf("bql.soan", id, n, withdrawnId);
        assertThat(seenByPark.isNull("withdrawnAt")).isFalse();
        assertThat(!seenByPark.containsKey("body") || seenByPark.isNull("body")).as("the park does not read a withdrawn text").isTrue();
        assertThat(seenByPark.toString()).doesNotContain(third);
        assertThat(commentOf("dhbk.gopy", id, n, withdrawnId).getString("body")).isEqualTo("Góp ý sẽ rút " + third);
        assertThat(Plans.ok(Library.get("bql.soan", "/api/plans/" + id + "/versions/" + n + "/synthesis"), 200).toString())
                .doesNotContain(third);
        refused(withdraw("dhbk.gopy", id, n, withdrawnId), 409, "rule.comment.withdrawn");
        refused(edit("dhbk.gopy", id, n, withdrawnId, "Lại"), 409, "rule.comment.withdrawn");
        refused(Plans.post("bql.soan", path(id, n, withdrawnId) + "/response", Json.createObjectBuilder()
                .add("disposition", "ACCEPTED").build()), 409, "rule.comment.withdrawn");
        assertThat(Plans.ok(Library.get("quantri", "/api/audit?action=COMMENT_WITHDRAWN&entityType=PLAN_VERSION&entityId=" + id + "/" + n),
                200).getJsonArray("items")).hasSize(1);

        // a withdrawn comment asks for no answer: the version goes to the committee; then nothing changes any more
        Plans.ok(Plans.post("bql.soan", "/api/plans/" + id + "/versions/" + n + "/submit-for-approval", null), 200);
        refused(withdraw("dhbk.gopy", id, n, commentId), 409, "rule.comment.alreadyAnswered");
        refused(withdraw("dhbk.gopy", id, n, 999_999_999L), 404, null);
    }

    @Test
    void theWorkingDraftIsComparedWithAVersionByThoseWhoReadDrafts() {
        long id = Plans.createWithSection("Đề án thử so sánh bản đang soạn", "s1", "Chương I", "<p>Bản đã gửi.</p>");
        Plans.submit(id, LocalDate.now().plusDays(7), "DHBK");
        Plans.saveDraft(id, Plans.draftRevision(id), Json.createArrayBuilder().add(Plans.section("s1", "Chương I", "<p>Bản đang sửa.</p>")),
                Json.createArrayBuilder());
        for (String reader : List.of("bql.soan", "bcd.pheduyet")) {
            JsonObject comparison = Plans.ok(Library.get(reader, "/api/plans/" + id + "/compare?from=1&to=0"), 200);
            assertThat(comparison.toString()).as(reader).contains("Bản đã gửi", "Bản đang sửa");
        }
        refused(Library.get("dhbk.gopy", "/api/plans/" + id + "/compare?from=1&to=0"), 403, null);
        assertThat(Library.get("dhbk.gopy", "/api/plans/" + id + "/compare?from=1&to=1").statusCode()).isEqualTo(200);
    }
}
