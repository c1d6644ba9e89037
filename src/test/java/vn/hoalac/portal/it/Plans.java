package vn.hoalac.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Calls of the plans API (design/API.md, Plans) for the integration tests. */
public final class Plans {

    private Plans() {
    }

    static HttpResponse<String> send(String username, String method, String path, JsonObject body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url(path)))
                .header("Authorization", "Bearer " + Library.token(username))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        return Portal.send(request.build());
    }

    static HttpResponse<String> post(String username, String path, JsonObject body) {
        return send(username, "POST", path, body);
    }

    static HttpResponse<String> put(String username, String path, JsonObject body) {
        return send(username, "PUT", path, body);
    }

    static JsonObject ok(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.uri() + " answered " + response.statusCode()
                    + " instead of " + status + ": " + response.body());
        }
        return Portal.json(response.body());
    }

    /** A new plan of bql.soan with a unique code; returns its id. */
    static long create(String title) {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject plan = ok(post("bql.soan", "/api/plans", Json.createObjectBuilder()
                .add("code", code).add("title", title).add("horizonYear", 2030).add("visionYear", 2045).build()), 201);
        return plan.getJsonNumber("id").longValue();
    }

    public static JsonObject get(String username, long id) {
        return ok(Library.get(username, "/api/plans/" + id), 200);
    }

    /** The draft's revision now, as a save must name it. */
    static long draftRevision(long id) {
        return get("bql.soan", id).getJsonObject("draft").getJsonNumber("revision").longValue();
    }

    /** A new plan of bql.soan whose draft has one section and no targets; returns its id. */
    public static long createWithSection(String title, String key, String sectionTitle, String body) {
        long id = create(title);
        saveDraft(id, draftRevision(id), Json.createArrayBuilder().add(section(key, sectionTitle, body)), Json.createArrayBuilder());
        return id;
    }

    static JsonObjectBuilder section(String key, String title, String body) {
        return Json.createObjectBuilder().add("key", key).add("title", title).add("body", body);
    }

    static JsonObjectBuilder target(String code, String name, String unit, String lead, Map<String, Number> values) {
        JsonObjectBuilder v = Json.createObjectBuilder();
        values.forEach((year, value) -> v.add(year, value.toString().contains(".") ? Json.createValue(Double.parseDouble(value.toString()))
                : Json.createValue(value.longValue())));
        return Json.createObjectBuilder().add("code", code).add("name", name).add("unit", unit).add("group", "Kinh tế")
                .add("leadUnit", lead).add("values", v);
    }

    /** Saves the whole draft from the revision last read; returns the new revision. */
    static long saveDraft(long id, long revision, JsonArrayBuilder sections, JsonArrayBuilder targets) {
        JsonObject saved = ok(put("bql.soan", "/api/plans/" + id + "/draft", Json.createObjectBuilder()
                .add("revision", revision).add("sections", sections).add("targets", targets).build()), 200);
        return saved.getJsonNumber("revision").longValue();
    }

    static int submit(long id, LocalDate deadline, String... reviewers) {
        JsonArrayBuilder orgs = Json.createArrayBuilder();
        for (String r : reviewers) {
            orgs.add(r);
        }
        JsonObject submitted = ok(post("bql.soan", "/api/plans/" + id + "/versions", Json.createObjectBuilder()
                .add("note", "Dự thảo gửi lấy ý kiến").add("reviewers", orgs).add("reviewDeadline", deadline.toString()).build()), 201);
        return submitted.getInt("number");
    }

    static JsonObject comment(String username, long id, int number, String sectionKey, String body) {
        return ok(post(username, "/api/plans/" + id + "/versions/" + number + "/comments", Json.createObjectBuilder()
                .add("sectionKey", sectionKey).add("quote", "Khu công nghệ cao").add("body", body).build()), 201);
    }

    static JsonObject answer(long id, int number, long commentId, String disposition, String rationale) {
        return ok(post("bql.soan", "/api/plans/" + id + "/versions/" + number + "/comments/" + commentId + "/response",
                Json.createObjectBuilder().add("disposition", disposition).add("rationale", rationale).build()), 200);
    }

    static HttpResponse<String> decide(String username, long id, int number, String outcome) {
        return post(username, "/api/plans/" + id + "/versions/" + number + "/decision", Json.createObjectBuilder()
                .add("outcome", outcome).add("conclusion", "Ban Chỉ đạo thống nhất thông qua Đề án.")
                .add("noticeNumber", "1857-TB/TU").add("noticeDate", LocalDate.now().minusDays(1).toString()).build());
    }
}
