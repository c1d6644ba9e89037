package vn.hoalac.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.it.Eventually.eventually;

/** Web hardening and abuse limits: security headers and CSP, the session cookie, and the per-user search and upload limits (429). */
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
            // PrimeFaces' CSP mode adds its own policy (both are enforced): scripts only with the view's nonce, no eval
            List<String> policies = page.headers().allValues("Content-Security-Policy");
            assertThat(policies).anySatisfy(p -> assertThat(p).containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'"));
            assertThat(policies).noneSatisfy(p -> assertThat(p).contains("unsafe-eval"));
            assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(page.headers().firstValue("Server")).isEmpty();
            // the pages still work under the policy: the plan list, its dialog and PrimeFaces scripts
            browser.open("/plans/index.xhtml");
            browser.waitFor(org.openqa.selenium.By.id("plans:open-create")).click();
            browser.waitFor(org.openqa.selenium.By.id("create:code"));
            assertThat(browser.cspViolations()).as("PrimeFaces' scripts and handlers all carry the nonce").isEmpty();
            // markup that slipped past escaping still could not run: an injected handler and script are refused
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
            js.executeScript("document.body.insertAdjacentHTML('beforeend', '<img id=\"xss\" src=\"data:,\" onload=\"window.__xss = 1\" onerror=\"window.__xss = 2\">');"
                    + "var s = document.createElement('script'); s.textContent = 'window.__xss = 3'; document.body.appendChild(s);");
            List<String> refused = new ArrayList<>();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> refused.addAll(browser.cspViolations()) && refused.size() >= 2 || js.executeScript("return window.__xss") != null);
            assertThat(js.executeScript("return window.__xss")).as("no injected code ran").isNull();
            assertThat(refused).as("the browser reported both, the handler and the script").hasSizeGreaterThanOrEqualTo(2);
            browser.cspViolations(); // read: the closing check is for the portal's own pages
        }
        HttpResponse<String> api = Library.get("bql.soan", "/api/me");
        assertThat(api.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(api.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
    }

    @Test
    void aFloodOfSearchesIsAnsweredWith429AndAClearMessageThenServedAgain() {
        // a user of HVNN for this test alone: no other test searches as it, so none waits for its limit to refill
        String user = TestUsers.create("hvnn.timkiem", "HVNN", "university-reviewer");
        String path = "/api/search?q=" + URLEncoder.encode("Hòa Lạc", StandardCharsets.UTF_8);
        List<HttpResponse<String>> refused = new ArrayList<>();
        for (int i = 0; i < 200 && refused.isEmpty(); i++) {
            HttpResponse<String> r = Library.get(user, path);
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
        // served again once Retry-After has passed (asked again meanwhile: a refused search takes nothing from the limit)
        eventually(afterRetry(retryAfter), () ->
                assertThat(Library.get(user, path).statusCode()).as("served again after Retry-After").isEqualTo(200));
    }

    @Test
    void aFloodOfUploadsIsAnsweredWith429AndAClearMessageThenAcceptedAgain() {
        // a user of ĐHQGHN for this test alone: no other test uploads as it, so none waits for its limit to refill
        String user = TestUsers.create("dhqg.tailen", "DHQGHN", "university-reviewer");
        // invalid uploads (a title over 500 characters) count as attempts and store nothing: the library stays clean
        Map<String, String> invalid = Map.of("title", "x".repeat(501));
        byte[] bytes = "Giới hạn tải lên của mỗi người dùng".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> tooMany = null;
        for (int i = 0; i < 200 && tooMany == null; i++) {
            HttpResponse<String> r = Library.upload(user, "gioi-han.txt", bytes, invalid);
            if (r.statusCode() == 429) {
                tooMany = r;
            } else {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            }
        }
        assertThat(tooMany).as("the limit is 120 uploads a minute").isNotNull();
        assertThat(Portal.json(tooMany.body()).getString("error")).contains("tải lên quá 120 lần trong một phút");
        long retryAfter = Long.parseLong(tooMany.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        // valid files are refused too while the limit holds (the bucket refills two a second, so one or two may pass),
        // and a refused one is not stored
        String marker = "gh" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> valid = Map.of("title", "Giới hạn tải lên " + marker, "visibility", "ORGANIZATION");
        int stored = 0;
        boolean refusedValid = false;
        for (int i = 0; i < 50 && !refusedValid; i++) {
            int status = Library.upload(user, "gioi-han.txt", bytes, valid).statusCode();
            if (status == 429) {
                refusedValid = true;
            } else {
                assertThat(status).isEqualTo(201);
                stored++;
            }
        }
        assertThat(refusedValid).as("a valid file is refused while the limit holds").isTrue();
        assertThat(Library.upload("dhbk.gopy", "gioi-han.txt", bytes, valid).statusCode()).as("another user").isEqualTo(201);
        // accepted again once Retry-After has passed (tried again meanwhile: a refused upload is not stored, the first accepted one ends the wait)
        eventually(afterRetry(retryAfter), () ->
                assertThat(Library.upload(user, "gioi-han.txt", bytes, valid).statusCode()).as("accepted after Retry-After").isEqualTo(201));
        stored++;
        JsonObject mine = Portal.json(Library.get(user, "/api/documents?size=100&title=" + marker).body());
        assertThat(mine.getInt("total")).as("every accepted upload, and no refused one, is in the library").isEqualTo(stored);
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

    /** Retry-After, and a moment for the request itself. */
    private static Duration afterRetry(long retryAfter) {
        return Duration.ofSeconds(retryAfter).plusSeconds(2);
    }

    private static String keycloakOrigin() {
        java.net.URI issuer = java.net.URI.create(Portal.issuer());
        return issuer.getScheme() + "://" + issuer.getAuthority();
    }
}
