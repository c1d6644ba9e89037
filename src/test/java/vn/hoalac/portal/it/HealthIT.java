package vn.hoalac.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(PortalStackExtension.class)
class HealthIT {

    @Test
    void readinessIsUpWithANamedCheckForEachService() {
        HttpResponse<String> response = Portal.get("/health/ready", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = Portal.json(response.body());
        assertThat(health.getString("status")).isEqualTo("UP");
        Map<String, String> checks = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
        assertThat(checks).containsEntry("database", "UP").containsEntry("keycloak", "UP").containsEntry("tika-server", "UP");
    }
}
