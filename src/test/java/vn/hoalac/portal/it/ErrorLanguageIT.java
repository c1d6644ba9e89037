package vn.hoalac.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API refuses in the caller's language (Accept-Language, Vietnamese by default) with the same stable codes in
 * every language: the refusal's {@code code}, and for bad input each field's {@code field} and {@code code}.
 */
@ExtendWith(PortalStackExtension.class)
class ErrorLanguageIT {

    /** The call as {@code username} (none: no token) in {@code language} (none: no Accept-Language). */
    private static HttpResponse<String> call(String username, String method, String path, JsonObject body, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url(path))).header("Content-Type", "application/json");
        if (username != null) {
            request.header("Authorization", "Bearer " + Library.token(username));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        return Portal.send(request.build());
    }

    /** The answers in Vietnamese (no header) and in English, both of {@code status}, with the same codes. */
    private static List<JsonObject> inBothLanguages(String username, String method, String path, JsonObject body, int status) {
        HttpResponse<String> vietnamese = call(username, method, path, body, null);
        HttpResponse<String> english = call(username, method, path, body, "en-US,en;q=0.9");
        assertThat(vietnamese.statusCode()).as(vietnamese.body()).isEqualTo(status);
        assertThat(english.statusCode()).as(english.body()).isEqualTo(status);
        JsonObject vi = Portal.json(vietnamese.body());
        JsonObject en = Portal.json(english.body());
        assertThat(en.getString("code")).as("the same code in every language").isEqualTo(vi.getString("code"));
        assertThat(en.getString("message")).as("in the caller's language").isNotEqualTo(vi.getString("message"));
        assertThat(vi.getString("error")).as("older clients read error").isEqualTo(vi.getString("message"));
        assertThat(en.getJsonArray("problems").getValuesAs(JsonObject.class)).extracting(p -> p.getString("field") + " " + p.getString("code"))
                .containsExactlyElementsOf(vi.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                        .map(p -> p.getString("field") + " " + p.getString("code")).toList());
        return List.of(vi, en);
    }

    @Test
    void badInputNamesEachFieldWithItsCodeInTheCallersLanguage() {
        JsonObject plan = Json.createObjectBuilder().add("code", "mã có dấu").add("title", "").add("horizonYear", 1990).add("visionYear", 2045).build();
        List<JsonObject> answers = inBothLanguages("bql.soan", "POST", "/api/plans", plan, 400);
        JsonObject vi = answers.get(0);
        JsonObject en = answers.get(1);
        assertThat(vi.getString("code")).isEqualTo("invalid.plan");
        assertThat(vi.getString("message")).isEqualTo("Thông tin đề án không hợp lệ");
        assertThat(en.getString("message")).isEqualTo("The plan's details are not valid");
        assertThat(vi.getJsonArray("problems").getValuesAs(JsonObject.class)).extracting(p -> p.getString("field") + " " + p.getString("code"))
                .containsExactly("code problem.codeFormat", "title problem.required", "horizonYear problem.yearRange");
        JsonObject title = en.getJsonArray("problems").getJsonObject(1);
        assertThat(title.getString("message")).as("says what is wrong, without the field's name").isEqualTo("Required: please fill this in");
        assertThat(vi.getJsonArray("details").getString(1)).as("details start with the field's name")
                .isEqualTo("title: Bắt buộc: hãy điền thông tin này");
        assertThat(en.getJsonArray("details").getString(2)).isEqualTo("horizonYear: The year must be from 2000 to 2100");
    }

    @Test
    void textOverItsLimitIsRefusedWithTheLimitNeverCut() {
        JsonObject proposal = Json.createObjectBuilder().add("title", "Đ".repeat(1_001)).add("purpose", "Mục đích").build();
        List<JsonObject> answers = inBothLanguages("dhbk.gopy", "POST", "/api/proposals", proposal, 400);
        JsonObject problem = answers.get(0).getJsonArray("problems").getJsonObject(0);
        assertThat(problem.getString("field")).isEqualTo("title");
        assertThat(problem.getString("code")).isEqualTo("problem.tooLong");
        assertThat(problem.getString("message")).isEqualTo("Quá dài (1.001 ký tự): tối đa 1.000 ký tự, hãy rút gọn");
        assertThat(answers.get(1).getJsonArray("problems").getJsonObject(0).getString("message"))
                .isEqualTo("Too long (1,001 characters): at most 1,000, please shorten it");
    }

    @Test
    void aRefusalOfTheRoleIsInTheCallersLanguage() {
        JsonObject plan = Json.createObjectBuilder().add("code", "IT-" + UUID.randomUUID().toString().substring(0, 8)).add("title", "Đề án").build();
        List<JsonObject> answers = inBothLanguages("dhbk.gopy", "POST", "/api/plans", plan, 403);
        assertThat(answers.get(0).getString("code")).isEqualTo("denied.parkManagerOnly");
        assertThat(answers.get(0).getString("message")).isEqualTo("Tạo đề án: chỉ Ban quản lý (park-manager) được làm");
        assertThat(answers.get(1).getString("message")).isEqualTo("Creating a plan: only the park management (park-manager) may do this");
    }

    @Test
    void anUnknownRecordIsInTheCallersLanguage() {
        List<JsonObject> answers = inBothLanguages("bql.soan", "GET", "/api/plans/987654321", null, 404);
        assertThat(answers.get(0).getString("code")).isEqualTo("notFound.plan");
        assertThat(answers.get(0).getString("message")).as("an id is written as it is").isEqualTo("Không tìm thấy đề án 987654321");
        assertThat(answers.get(1).getString("message")).isEqualTo("Plan 987654321 was not found");
        assertThat(inBothLanguages("bql.soan", "GET", "/api/khong-co", null, 404).get(1).getString("code")).isEqualTo("error.notFound");
    }

    @Test
    void aConflictIsInTheCallersLanguage() {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject plan = Json.createObjectBuilder().add("code", code).add("title", "Đề án trùng mã").build();
        Plans.ok(call("bql.soan", "POST", "/api/plans", plan, null), 201);
        List<JsonObject> answers = inBothLanguages("bql.soan", "POST", "/api/plans", plan, 409);
        assertThat(answers.get(0).getString("code")).isEqualTo("conflict.planCode");
        assertThat(answers.get(0).getString("message")).isEqualTo("Đã có đề án mã " + code + ": hãy chọn mã khác");
        assertThat(answers.get(1).getString("message")).isEqualTo("A plan with the code " + code + " exists already: choose another code");
    }

    @Test
    void withoutATokenTheRefusalHasItsCodeToo() {
        List<JsonObject> answers = inBothLanguages(null, "GET", "/api/me", null, 401);
        assertThat(answers.get(0).getString("code")).isEqualTo("error.tokenMissing");
        assertThat(answers.get(1).getString("message")).startsWith("No access token");
    }
}
