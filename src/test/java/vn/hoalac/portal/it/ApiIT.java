package vn.hoalac.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoalac.portal.interfaces.rest.openapi.ApiDocument;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API accepts access tokens of the realm and nothing else (API.md: Identity), and its reference, the
 * MicroProfile OpenAPI document at /openapi, describes every call the resources declare (docs/api.md).
 */
@ExtendWith(PortalStackExtension.class)
class ApiIT {

    @ParameterizedTest(name = "GET /api/me as {0}")
    @CsvSource({
            "bql.soan,     Nguyễn Văn Soạn, park-manager,        BQL",
            "dhbk.gopy,    Trần Minh Hải,   university-reviewer, DHBK",
            "bcd.pheduyet, Đặng Quốc Duyệt, committee-approver,  BCD07",
            "quantri,      Bùi Quang Trị,   admin,               BQL"})
    void meDescribesTheCaller(String username, String name, String role, String organization) {
        HttpResponse<String> response = Portal.get("/api/me", Portal.accessToken(username));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonObject me = Portal.json(response.body());
        assertThat(me.getString("username")).isEqualTo(username);
        assertThat(me.getString("name")).isEqualTo(name);
        assertThat(me.getString("organization")).isEqualTo(organization);
        // only the portal's own roles, not Keycloak's default ones (offline_access, ...)
        assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString)).containsExactly(role);
        assertThat(response.headers().firstValue("Set-Cookie")).as("the API creates no session").isEmpty();
    }

    @Test
    void withoutATokenTheApiAnswers401InJson() {
        HttpResponse<String> response = Portal.get("/api/me", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(Portal.json(response.body()).getString("error")).isNotBlank();
        assertThat(response.headers().firstValue("Location")).as("no redirect to a login page").isEmpty();
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = Portal.accessToken("dhbk.gopy");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"DHBK\"", "\"BQL\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];

        assertThat(Portal.get("/api/me", forged).statusCode()).isEqualTo(401);
        assertThat(Portal.get("/api/me", "not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void anIdTokenIsNotAnAccessToken() {
        String idToken = Portal.tokens("bql.soan", "demo123").getString("id_token");

        assertThat(Portal.get("/api/me", idToken).statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownApiPathAnswers404InJson() {
        HttpResponse<String> response = Portal.get("/api/khong-co", Portal.accessToken("bql.soan"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Portal.json(response.body()).getString("error")).isNotBlank();
    }

    @Test
    void theOpenApiDocumentIsPublicAndDescribesEveryResourceMethod() throws IOException {
        HttpResponse<String> response = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("/openapi?format=JSON")))
                .header("Accept", "application/json").GET().build());

        assertThat(response.statusCode()).as("no login needed").isEqualTo(200);
        assertThat(response.headers().firstValue("Location")).as("no redirect to a login page").isEmpty();
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), response.body());
        JsonObject document = Portal.json(response.body());
        JsonObject paths = document.getJsonObject("paths");
        List<String> undocumented = new ArrayList<>();
        for (ApiDocument.Operation op : ApiDocument.operations()) {
            JsonObject item = paths.getJsonObject(op.path());
            JsonObject operation = item == null ? null : item.getJsonObject(op.method().toLowerCase(java.util.Locale.ROOT));
            if (operation == null) {
                undocumented.add(op + ": not in the document");
            } else if (operation.getString("summary", "").isBlank() || !operation.getJsonObject("responses").containsKey("401")) {
                undocumented.add(op + ": no summary or no 401 in the document");
            }
        }
        assertThat(undocumented).as("resource methods missing from /openapi").isEmpty();
        assertThat(paths.keySet()).as("the API only").allSatisfy(path -> assertThat(path).startsWith("/api/"));
        assertThat(document.keySet()).as("OpenAPI 3.0 members only (Payara adds 'endpoints', ApiDocument drops it)")
                .containsOnly("openapi", "info", "servers", "security", "tags", "paths", "components");
        assertThat(paths.values().stream().flatMap(item -> item.asJsonObject().values().stream())
                .map(operation -> operation.asJsonObject().getString("operationId"))).as("operation ids").doesNotHaveDuplicates();
        JsonObject bearer = document.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("bearer");
        assertThat(bearer.getString("type")).isEqualTo("http");
        assertThat(bearer.getString("scheme")).isEqualTo("bearer");
        assertThat(document.getJsonArray("security").toString()).contains("bearer");

        var config = PortalStackExtension.config();
        assertThat(response.body()).as("nothing secret, no address of this machine")
                .doesNotContain(config.oidcClientSecret(), "jdbc:", "localhost",
                        "127.0.0.1", ":" + config.portalPort(), ":" + config.keycloakPort(), "Exception");
        assertThat(Portal.get("/openapi", null).statusCode()).as("YAML by default").isEqualTo(200);
        HttpResponse<String> wadl = Portal.get("/openapi/application.wadl", null);
        assertThat(wadl.statusCode()).as("the OpenAPI servlet's own WADL is not served").isNotEqualTo(200);
        assertThat(wadl.body()).doesNotContain("Jersey", "<application");
    }

    @Test
    void realAnswersHoldToTheirDocumentedSchemas() {
        JsonObject document = Portal.json(Portal.get("/openapi?format=JSON", null).body());
        long plan = AgreementsApiIT.demoPlan();
        long agreement = Library.items("bql.soan", "/api/agreements").getFirst().getJsonNumber("id").longValue();
        long proposal = Library.items("bql.soan", "/api/proposals").getFirst().getJsonNumber("id").longValue();
        long file = Plans.ok(Library.get("bql.soan", "/api/documents?size=1"), 200).getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String[][] calls = {
                {"quantri", "/api/me", "/api/me"},
                {"quantri", "/api/audit", "/api/audit?size=20"},
                {"quantri", "/api/audit/verify", "/api/audit/verify"},
                {"quantri", "/api/admin/search-index", "/api/admin/search-index"},
                {"quantri", "/api/admin/extractions", "/api/admin/extractions"},
                {"bql.soan", "/api/plans", "/api/plans"},
                {"bql.soan", "/api/plans/tasks", "/api/plans/tasks"},
                {"bql.soan", "/api/plans/{id}", "/api/plans/" + plan},
                {"bql.soan", "/api/plans/{id}/versions/{n}", "/api/plans/" + plan + "/versions/1"},
                {"bql.soan", "/api/plans/{id}/progress", "/api/plans/" + plan + "/progress"},
                {"bql.soan", "/api/plans/{id}/versions/{n}/synthesis", "/api/plans/" + plan + "/versions/1/synthesis"},
                {"bql.soan", "/api/plans/{id}/compare", "/api/plans/" + plan + "/compare?from=1&to=1"},
                {"bql.soan", "/api/agreements", "/api/agreements"},
                {"bql.soan", "/api/agreements/alerts", "/api/agreements/alerts"},
                {"bql.soan", "/api/agreements/{id}", "/api/agreements/" + agreement},
                {"bql.soan", "/api/proposals", "/api/proposals"},
                {"bql.soan", "/api/proposals/{id}", "/api/proposals/" + proposal},
                {"bql.soan", "/api/notifications", "/api/notifications?size=5"},
                {"bql.soan", "/api/follows", "/api/follows?recordType=PLAN&recordId=" + plan},
                {"bql.soan", "/api/documents", "/api/documents?size=5"},
                {"bql.soan", "/api/documents/{id}", "/api/documents/" + file},
                {"bql.soan", "/api/search", "/api/search?size=3&q=" + java.net.URLEncoder.encode("Hòa Lạc", java.nio.charset.StandardCharsets.UTF_8)}};
        List<String> mismatches = new ArrayList<>();
        for (String[] call : calls) {
            HttpResponse<String> answer = Library.get(call[0], call[2]);
            assertThat(answer.statusCode()).as(call[2]).isEqualTo(200);
            JsonObject content = document.getJsonObject("paths").getJsonObject(call[1]).getJsonObject("get")
                    .getJsonObject("responses").getJsonObject("200").getJsonObject("content");
            JsonObject schema = content.getJsonObject(content.keySet().iterator().next()).getJsonObject("schema");
            mismatches.addAll(mismatches(jakarta.json.Json.createReader(new java.io.StringReader(answer.body())).readValue(), schema,
                    document.getJsonObject("components").getJsonObject("schemas"), "GET " + call[2]));
        }
        assertThat(mismatches).as("what the API answers and /openapi does not say").isEmpty();
    }

    /** Where a value is not what its schema says: a property the schema does not declare, a missing required one, another type. */
    private static List<String> mismatches(jakarta.json.JsonValue value, JsonObject schema, JsonObject components, String at) {
        if (schema.containsKey("$ref")) {
            schema = components.getJsonObject(schema.getString("$ref").substring("#/components/schemas/".length()));
        }
        List<String> found = new ArrayList<>();
        String type = schema.getString("type", "");
        switch (value.getValueType()) {
            case OBJECT -> {
                if (!type.equals("object")) {
                    return List.of(at + ": an object, documented as " + type);
                }
                JsonObject object = value.asJsonObject();
                JsonObject properties = schema.getJsonObject("properties");
                for (var entry : object.entrySet()) {
                    if (properties != null && properties.containsKey(entry.getKey())) {
                        found.addAll(mismatches(entry.getValue(), properties.getJsonObject(entry.getKey()), components, at + "." + entry.getKey()));
                    } else if (schema.containsKey("additionalProperties")) {
                        found.addAll(mismatches(entry.getValue(), schema.getJsonObject("additionalProperties"), components, at + "." + entry.getKey()));
                    } else {
                        found.add(at + "." + entry.getKey() + ": not documented");
                    }
                }
                if (schema.containsKey("required")) {
                    schema.getJsonArray("required").getValuesAs(jakarta.json.JsonString::getString).stream()
                            .filter(r -> !object.containsKey(r)).forEach(r -> found.add(at + "." + r + ": documented as required, missing"));
                }
            }
            case ARRAY -> {
                if (!type.equals("array")) {
                    return List.of(at + ": an array, documented as " + type);
                }
                var items = value.asJsonArray();
                for (int i = 0; i < Math.min(items.size(), 5); i++) {
                    found.addAll(mismatches(items.get(i), schema.getJsonObject("items"), components, at + "[" + i + "]"));
                }
            }
            case STRING -> {
                if (!type.equals("string")) {
                    found.add(at + ": a string, documented as " + type);
                }
            }
            case NUMBER -> {
                boolean integral = ((jakarta.json.JsonNumber) value).isIntegral();
                if (!(type.equals("number") || type.equals("integer") && integral)) {
                    found.add(at + ": the number " + value + ", documented as " + type);
                }
            }
            case TRUE, FALSE -> {
                if (!type.equals("boolean")) {
                    found.add(at + ": a boolean, documented as " + type);
                }
            }
            case NULL -> {
            }
        }
        return found;
    }
}
