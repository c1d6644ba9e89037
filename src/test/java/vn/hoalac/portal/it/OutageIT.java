package vn.hoalac.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.it.Eventually.eventually;

/**
 * When PostgreSQL or Keycloak is down, people get a clear page (never a stack trace), readiness says which part
 * is down, and the portal recovers by itself once the service is back. Runs last: it stops services.
 */
@ExtendWith(PortalStackExtension.class)
@Order(Integer.MAX_VALUE)
class OutageIT {

    /** How long the portal may take to notice that a service is gone or back (recovery takes the pool a moment). */
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    @Test
    void whenTheDatabaseIsDownUsersSeeAClearPageAndThePortalRecoversByItself() throws IOException {
        Path file = Files.writeString(Files.createTempFile("khi-mat-csdl", ".txt"), "Tải lên khi cơ sở dữ liệu ngừng " + UUID.randomUUID());
        try (Browser browser = new Browser()) {
            browser.loginAs("bql.soan");
            browser.open("/documents/index.xhtml");
            browser.waitFor(By.id("library:open-upload")).click();
            browser.waitFor(By.id("upload:category"));
            PortalStackExtension.stack().stopDatabase();
            try {
                // a file uploaded meanwhile: the dialog says it was not stored and why, the page stays
                browser.driver().findElement(By.id("upload:files_input")).sendKeys(file.toString());
                new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> DocumentsBrowserIT.uploadResults(browser).size() == 1);
                assertThat(DocumentsBrowserIT.uploadResults(browser)).containsExactly(
                        file.getFileName() + " chưa lưu: Không kết nối được cơ sở dữ liệu. Thao tác chưa được thực hiện; vui lòng thử lại sau ít phút.");
                browser.screenshot("outage-database-upload");

                browser.open("/");
                assertThat(browser.text(By.id("error-title"))).isEqualTo("Dịch vụ tạm thời gián đoạn");
                assertThat(browser.text(By.id("error-text"))).contains("Không kết nối được cơ sở dữ liệu");
                AccessIT.assertNoServerInternals(browser.driver().getPageSource());
                browser.screenshot("outage-database");

                assertThat(readiness()).containsEntry("database", "DOWN").containsEntry("keycloak", "UP");
            } finally {
                PortalStackExtension.stack().startDatabase();
            }
            eventually(RECOVERY, () -> assertThat(readiness()).containsEntry("database", "UP"));
            eventually(RECOVERY, Duration.ofSeconds(1), () -> {
                browser.open("/");
                assertThat(browser.text(By.id("welcome"))).isEqualTo("Xin chào, Nguyễn Văn Soạn");
            });
            assertThat(readiness()).containsEntry("database", "UP");
        }
        // Keycloak, on the same PostgreSQL, may refuse tokens for a moment after the restart
        eventually(RECOVERY, () -> assertThat(Library.get("bql.soan", "/api/documents?size=200").body())
                .doesNotContain(file.getFileName().toString()));
    }

    @Test
    void whenKeycloakIsDownLoginShowsAClearPageAndSignedInUsersKeepWorking() {
        try (Browser signedIn = new Browser(); Browser newcomer = new Browser()) {
            signedIn.loginAs("dhbk.gopy");
            PortalStackExtension.stack().stopKeycloak();
            try {
                // the portal remembers for a few seconds that Keycloak answered: a login in those seconds may still be sent there
                eventually(RECOVERY, Duration.ofSeconds(1), () -> {
                    newcomer.open("/");
                    assertThat(newcomer.text(By.id("unavailable-title"))).isEqualTo("Dịch vụ tạm thời gián đoạn");
                });
                assertThat(newcomer.driver().getPageSource()).contains("Không kết nối được máy chủ xác thực (Keycloak)");
                AccessIT.assertNoServerInternals(newcomer.driver().getPageSource());
                newcomer.screenshot("outage-keycloak");

                signedIn.open("/");
                assertThat(signedIn.text(By.id("welcome"))).isEqualTo("Xin chào, Trần Minh Hải");

                assertThat(readiness()).containsEntry("keycloak", "DOWN").containsEntry("database", "UP");
                assertThat(Portal.get("/health/ready", null).statusCode()).isEqualTo(503);
            } finally {
                PortalStackExtension.stack().startKeycloak();
            }
            eventually(RECOVERY, () -> assertThat(readiness()).containsEntry("keycloak", "UP"));
            newcomer.open("/");
            newcomer.waitFor(By.id("kc-login"));
            newcomer.assertOnKeycloak();
        }
    }

    private static Map<String, String> readiness() {
        HttpResponse<String> response = Portal.get("/health/ready", null);
        JsonObject health = Portal.json(response.body());
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    }
}
