package vn.hoalac.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API accepts access tokens of the realm and nothing else (API.md: Identity). */
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
}
