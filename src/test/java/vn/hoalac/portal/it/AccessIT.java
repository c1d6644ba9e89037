package vn.hoalac.portal.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** Administration pages are for administrators; everyone else gets a clear 403 page, never a stack trace. */
@ExtendWith(PortalStackExtension.class)
class AccessIT {

    @ParameterizedTest(name = "{0} is refused the administration pages")
    @ValueSource(strings = {"dhbk.gopy", "bql.soan", "bcd.pheduyet"})
    void nonAdministratorIsRefusedAdministrationPages(String username) {
        try (Browser browser = new Browser()) {
            browser.loginAs(username);
            for (String page : new String[] {"/admin/organizations.xhtml", "/admin/health.xhtml"}) {
                browser.open(page);
                assertThat(browser.text(By.id("error-title"))).isEqualTo("Không có quyền truy cập");
                String html = browser.driver().getPageSource();
                assertNoServerInternals(html);
                assertThat(html).doesNotContain("DHQGHN").doesNotContain("Học viện Nông nghiệp");
            }
            browser.screenshot("forbidden-" + username);
        }
    }

    @Test
    void forbiddenPageAnswersStatus403WithoutServerDetails() {
        try (Browser browser = new Browser()) {
            browser.loginAs("dhbk.gopy");
            var response = Portal.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Portal.url("/admin/organizations.xhtml")))
                    .header("Cookie", browser.cookieHeader()).GET().build());
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).contains("Không có quyền truy cập");
            assertNoServerInternals(response.body());
            assertThat(response.headers().firstValue("Server")).isEmpty();
            assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
        }
    }

    @Test
    void administratorSeesTheOrganizationsAndSystemHealth() {
        try (Browser browser = new Browser()) {
            browser.loginAs("quantri");
            browser.open("/admin/organizations.xhtml");
            String table = browser.text(By.id("organizations"));
            assertThat(table).contains("BQL", "Ban quản lý Khu công nghệ cao Hòa Lạc", "DHBK", "Đại học Bách khoa Hà Nội",
                    "DHQGHN", "Đại học Quốc gia Hà Nội", "HVNN", "Học viện Nông nghiệp Việt Nam",
                    "BCD07", "Ban Chỉ đạo Chương trình 07-CTr/TU");
            browser.screenshot("admin-organizations");

            browser.open("/admin/health.xhtml");
            assertThat(browser.text(By.id("health-summary"))).isEqualTo("Mọi thành phần đều hoạt động.");
            assertThat(browser.text(By.id("checks"))).contains("database", "keycloak", "tika-server");
            browser.screenshot("admin-health");
        }
    }

    @Test
    void unknownPageShowsTheNotFoundPage() {
        try (Browser browser = new Browser()) {
            browser.loginAs("hvnn.gopy");
            browser.open("/khong-co-trang-nay.xhtml");
            assertThat(browser.text(By.id("error-title"))).isEqualTo("Không tìm thấy trang");
            assertNoServerInternals(browser.driver().getPageSource());
        }
    }

    /** No stack trace, exception message or server product name reaches the user. */
    static void assertNoServerInternals(String html) {
        assertThat(html).doesNotContainPattern("\\.java:\\d+").doesNotContain("Caused by").doesNotContain("Payara")
                .doesNotContain("GlassFish");
    }
}
