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
    void planPagesRefuseTheAdministratorAndHideUninvitedPlansFromAUniversity() {
        long demo = Library.items("bql.soan", "/api/plans").stream()
                .filter(p -> p.getString("code").equals("DA-HOALAC-2030")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo plan was not seeded")).getJsonNumber("id").longValue();
        String[] pages = {"/plans/index.xhtml", "/plans/plan.xhtml?id=" + demo, "/plans/version.xhtml?id=" + demo + "&n=1",
                "/plans/progress.xhtml?id=" + demo, "/plans/compare.xhtml?id=" + demo,
                "/agreements/index.xhtml", "/proposals/index.xhtml"};
        try (Browser admin = new Browser(); Browser dhqg = new Browser(); Browser dhbk = new Browser()) {
            admin.loginAs("quantri");
            for (String page : pages) {
                var response = Portal.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Portal.url(page)))
                        .header("Cookie", admin.cookieHeader()).GET().build());
                assertThat(response.statusCode()).as("quantri " + page).isEqualTo(403);
                assertNoServerInternals(response.body());
            }
            dhqg.loginAs("dhqg.gopy"); // not invited to the demo plan's version 1, nothing approved yet
            for (String page : java.util.Arrays.copyOfRange(pages, 1, 5)) {
                var response = Portal.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Portal.url(page)))
                        .header("Cookie", dhqg.cookieHeader()).GET().build());
                assertThat(response.statusCode()).as("dhqg.gopy " + page).isEqualTo(404);
                assertThat(response.body()).doesNotContain("Sàn giao dịch công nghệ").doesNotContain("CT01");
            }
            dhbk.loginAs("dhbk.gopy"); // invited: reads the version, never the working copy
            var version = Portal.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Portal.url(pages[2])))
                    .header("Cookie", dhbk.cookieHeader()).GET().build());
            assertThat(version.statusCode()).isEqualTo(200);
            assertThat(version.body()).contains("Chương I").doesNotContain("Học viện Nông nghiệp Việt Nam ·");
            var plan = Portal.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Portal.url(pages[1])))
                    .header("Cookie", dhbk.cookieHeader()).GET().build());
            assertThat(plan.statusCode()).isEqualTo(200);
            assertThat(plan.body()).doesNotContain("tab-sections").doesNotContain("tab-targets");
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
