package vn.hoalac.portal.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Web hardening and abuse limits: security headers, the session cookie, and the per-user search limit (429). */
@ExtendWith(PortalStackExtension.class)
class HardeningIT {

    @Test
    void pagesAndTheApiCarrySecurityHeadersAndTheSessionCookieIsHttpOnlyAndSameSite() {
        try (Browser browser = new Browser()) {
            browser.loginAs("bql.soan");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session).isNotNull();
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualTo("Lax");
            HttpResponse<String> page = Portal.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Portal.url("/plans/index.xhtml")))
                    .header("Cookie", browser.cookieHeader()).GET().build());
            assertThat(page.statusCode()).isEqualTo(200);
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'", "form-action 'self' " + keycloakOrigin());
            assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(page.headers().firstValue("Server")).isEmpty();
            // the pages still work under the policy: the plan list, its dialog and PrimeFaces scripts
            browser.open("/plans/index.xhtml");
            browser.waitFor(org.openqa.selenium.By.id("plans:open-create")).click();
            browser.waitFor(org.openqa.selenium.By.id("create:code"));
        }
        HttpResponse<String> api = Library.get("bql.soan", "/api/me");
        assertThat(api.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(api.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
    }

    @Test
    void aFloodOfSearchesIsAnsweredWith429AndAClearMessageThenServedAgain() throws InterruptedException {
        String path = "/api/search?q=" + URLEncoder.encode("Hòa Lạc", StandardCharsets.UTF_8);
        List<HttpResponse<String>> refused = new ArrayList<>();
        for (int i = 0; i < 200 && refused.isEmpty(); i++) {
            HttpResponse<String> r = Library.get("hvnn.gopy", path);
            if (r.statusCode() == 429) {
                refused.add(r);
            } else {
                assertThat(r.statusCode()).isEqualTo(200);
            }
        }
        assertThat(refused).as("the limit is 120 searches a minute").isNotEmpty();
        HttpResponse<String> tooMany = refused.getFirst();
        assertThat(Portal.json(tooMany.body()).getString("error")).contains("quá 120 lần trong một phút");
        long retryAfter = Long.parseLong(tooMany.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        // another user is not affected
        assertThat(Library.get("dhbk.gopy", path).statusCode()).isEqualTo(200);
        Thread.sleep(retryAfter * 1000 + 500);
        assertThat(Library.get("hvnn.gopy", path).statusCode()).as("served again after Retry-After").isEqualTo(200);
        Thread.sleep(20_000); // leave hvnn.gopy some searches for the tests that follow
    }

    @Test
    void anOversizedJsonRequestIsRefusedWith413BeforeItIsRead() {
        String big = "{\"revision\": 1, \"sections\": [{\"key\": \"c1\", \"title\": \"x\", \"body\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}]}";
        HttpResponse<String> response = Portal.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Portal.url("/api/plans/1/draft")))
                .header("Authorization", "Bearer " + Library.token("bql.soan")).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(big)).build());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Portal.json(response.body()).getString("error")).contains("quá lớn");
    }

    private static String keycloakOrigin() {
        java.net.URI issuer = java.net.URI.create(Portal.issuer());
        return issuer.getScheme() + "://" + issuer.getAuthority();
    }
}
