package vn.hoalac.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per finding of the adversarial review (issue 16), each of which failed on the code before the fix: the API
 * reached with the browser's session cookie, the session cookie without SameSite, shares that outlived their record,
 * re-sharing a file one only reads, the administrator reading and changing organization files, a token of another
 * client, odd input answered with 500, extracted text holding NUL, downloads that could render, and the public
 * health endpoint naming internal addresses.
 */
@ExtendWith(PortalStackExtension.class)
class SecurityReviewIT {

    private static String marker() {
        return "an" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theApiRefusesTheBrowserSessionInEverySpellingAndChangesNothing() {
        String marker = marker();
        long id = Library.uploadOk("bql.soan", marker + ".txt", ("Bản gốc " + marker).getBytes(StandardCharsets.UTF_8),
                Map.of("title", "Tài liệu " + marker)).getJsonNumber("id").longValue();
        Library.addVersion("bql.soan", id, marker + ".txt", ("Bản hai " + marker).getBytes(StandardCharsets.UTF_8), 1, null);
        HttpLogin victim = HttpLogin.as("bql.soan");

        for (String path : List.of("/api;me", "/api;x=1/me", "/api/me;jsessionid=1", "/api;/documents", "/api/me",
                "/%61pi/me", "//api/me", "/API/me", "/x/../api/me", "/api/./me")) {
            HttpResponse<String> r = victim.portal(HttpRequest.newBuilder(URI.create(Portal.url(path))).GET().build());
            assertThat(r.statusCode()).as("GET %s with the session cookie only", path).isNotEqualTo(200).isNotEqualTo(302);
            assertThat(r.body()).as(path).doesNotContain("bql.soan");
        }
        Multipart upload = new Multipart().file(marker + "-csrf.txt", "chèn qua phiên".getBytes(StandardCharsets.UTF_8))
                .field("title", "CSRF " + marker);
        for (String path : List.of("/api;documents", "/api/documents;x", "/api/documents")) {
            HttpResponse<String> r = victim.portal(HttpRequest.newBuilder(URI.create(Portal.url(path)))
                    .header("Content-Type", upload.contentType()).POST(upload.body()).build());
            assertThat(r.statusCode()).as("POST %s with the session cookie only", path).isIn(400, 401);
        }
        for (String path : List.of("/api;documents/" + id + "/versions/1/restore", "/api/documents/" + id + "/versions/1/restore;a",
                "/api/documents/" + id + "/versions/1/restore")) {
            HttpResponse<String> r = victim.portal(HttpRequest.newBuilder(URI.create(Portal.url(path)))
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(r.statusCode()).as("POST %s with the session cookie only", path).isIn(400, 401);
        }
        HttpResponse<String> submit = victim.portal(HttpRequest.newBuilder(URI.create(Portal.url("/api;plans/1/submit-for-approval")))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(submit.statusCode()).isIn(400, 401);

        JsonObject document = Portal.json(Library.get("bql.soan", "/api/documents/" + id).body());
        assertThat(document.getInt("currentVersion")).as("nothing restored").isEqualTo(2);
        assertThat(Portal.json(Library.get("bql.soan", "/api/documents?title=CSRF+" + marker).body()).getInt("total"))
                .as("nothing uploaded").isZero();
        // with a bearer token the API works, path parameters aside
        assertThat(Library.get("bql.soan", "/api/me").statusCode()).isEqualTo(200);
        assertThat(Library.get("bql.soan", "/api;me").statusCode()).as("no path parameters on the API").isEqualTo(400);
        // and the session still opens the pages
        assertThat(victim.portal(HttpRequest.newBuilder(URI.create(Portal.url("/documents/index.xhtml"))).GET().build()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void everyCookieThePortalSetsIsSameSiteLaxAndHttpOnly() {
        HttpLogin login = HttpLogin.as("dhbk.gopy");
        assertThat(login.portalSetCookies).as("the session cookie before and after login (its id changes at login)")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(login.portalSetCookies).allSatisfy(header -> {
            assertThat(header).containsIgnoringCase("HttpOnly");
            // JSESSIONIDVERSION (the replicated session's version, written by Payara's session replication after the
            // servlets: the listener's SameSite setting does not reach it) holds no credential: a cross-site request
            // carrying it without JSESSIONID reaches no session. Behind nginx it is given SameSite=Lax too.
            if (!header.startsWith("JSESSIONIDVERSION=")) {
                assertThat(header).containsIgnoringCase("SameSite=Lax");
            }
        });
        assertThat(login.portalSetCookies).as("the session cookie itself").anySatisfy(header ->
                assertThat(header).startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax"));
        System.out.println("Set-Cookie headers of a login: " + login.portalSetCookies);
    }

    @Test
    void aShareEndsWithTheAgreementThatGrantedItAndSearchFollowsAtOnce() {
        String marker = marker();
        long file = Library.uploadOk("bql.soan", marker + ".txt", ("Biên bản làm việc nội bộ " + marker).getBytes(StandardCharsets.UTF_8),
                Map.of("visibility", "ORGANIZATION", "title", "Biên bản " + marker)).getJsonNumber("id").longValue();
        Library.awaitExtraction("bql.soan", file, Duration.ofSeconds(60));
        String number = "99/2026/TTHT-" + marker;
        JsonObject created = Plans.ok(Plans.post("bql.soan", "/api/agreements", AgreementsApiIT.agreement(number, LocalDate.of(2030, 1, 1),
                "ACTIVE", "DHBK").add("documents", Json.createArrayBuilder().add(file)).build()), 201);
        long agreement = created.getJsonNumber("id").longValue();
        assertThat(Library.get("dhbk.gopy", "/api/documents/" + file).statusCode()).as("shared with the party").isEqualTo(200);
        assertThat(Library.search("dhbk.gopy", marker).getInt("total")).isEqualTo(1);

        // the parties change: the old party loses the file at once, the new one reads it
        JsonObject changed = Plans.ok(Plans.put("bql.soan", "/api/agreements/" + agreement, AgreementsApiIT.agreement(number,
                LocalDate.of(2030, 1, 1), "ACTIVE", "HVNN").add("version", created.getJsonNumber("version").longValue()).build()), 200);
        for (String path : List.of("", "/versions/1/content", "/versions/1/text")) {
            assertThat(Library.get("dhbk.gopy", "/api/documents/" + file + path).statusCode()).as("DHBK no longer a party: " + path).isEqualTo(404);
        }
        assertThat(Library.search("dhbk.gopy", marker).getInt("total")).as("nor finds it").isZero();
        assertThat(Portal.json(Library.get("dhbk.gopy", "/api/documents?title=" + marker).body()).getInt("total")).isZero();
        assertThat(Library.get("hvnn.gopy", "/api/documents/" + file).statusCode()).isEqualTo(200);

        // the file leaves the agreement: nobody outside the park reads it, later versions included
        Plans.ok(Plans.put("bql.soan", "/api/agreements/" + agreement, AgreementsApiIT.agreement(number, LocalDate.of(2030, 1, 1),
                "ACTIVE", "HVNN").add("documents", Json.createArrayBuilder()).add("version", changed.getJsonNumber("version").longValue())
                .build()), 200);
        assertThat(Library.addVersion("bql.soan", file, marker + ".txt", ("Bản hai " + marker).getBytes(StandardCharsets.UTF_8), 1, null)
                .statusCode()).isEqualTo(201);
        for (String user : List.of("dhbk.gopy", "hvnn.gopy")) {
            assertThat(Library.get(user, "/api/documents/" + file).statusCode()).as(user).isEqualTo(404);
            assertThat(Library.get(user, "/api/documents/" + file + "/versions/2/content").statusCode()).as(user).isEqualTo(404);
            assertThat(Library.search(user, marker).getInt("total")).as(user).isZero();
        }
        assertThat(Library.get("bql.soan", "/api/documents/" + file).statusCode()).as("the owner keeps it").isEqualTo(200);
        assertThat(Library.get("bcd.pheduyet", "/api/documents/" + file).statusCode()).as("the committee reads everything").isEqualTo(200);
    }

    @Test
    void aUniversityCannotPassOnAFileItOnlyReads() {
        String marker = marker();
        long parkFile = Library.uploadOk("bql.soan", marker + ".txt", ("Hồ sơ riêng của Ban quản lý " + marker).getBytes(StandardCharsets.UTF_8),
                Map.of("visibility", "ORGANIZATION")).getJsonNumber("id").longValue();
        // ĐHBK reads it through an agreement
        Plans.ok(Plans.post("bql.soan", "/api/agreements", AgreementsApiIT.agreement("98/2026/" + marker, LocalDate.of(2030, 1, 1),
                "ACTIVE", "DHBK").add("documents", Json.createArrayBuilder().add(parkFile)).build()), 201);
        assertThat(Library.get("dhbk.gopy", "/api/documents/" + parkFile).statusCode()).isEqualTo(200);
        long hvnnFile = Library.uploadOk("hvnn.gopy", marker + "-hvnn.txt", "Hồ sơ của Học viện".getBytes(StandardCharsets.UTF_8),
                Map.of("visibility", "ORGANIZATION")).getJsonNumber("id").longValue();
        long ownFile = Library.uploadOk("dhbk.gopy", marker + "-dhbk.txt", "Hồ sơ của Bách khoa".getBytes(StandardCharsets.UTF_8),
                Map.of("visibility", "ORGANIZATION")).getJsonNumber("id").longValue();

        for (long foreign : new long[]{parkFile, hvnnFile}) {
            HttpResponse<String> refused = Plans.post("dhbk.gopy", "/api/proposals", proposal(marker, foreign));
            assertThat(refused.statusCode()).as("file %d", foreign).isEqualTo(400);
            assertThat(refused.body()).contains("documents");
        }
        assertThat(Library.items("bql.soan", "/api/proposals")).extracting(p -> p.getString("title")).as("no proposal was stored")
                .noneMatch(t -> t.contains(marker));
        long proposal = Plans.ok(Plans.post("dhbk.gopy", "/api/proposals", proposal(marker, ownFile)), 201).getJsonNumber("id").longValue();
        Plans.ok(Plans.post("bql.soan", "/api/proposals/" + proposal + "/reviewers", Json.createObjectBuilder()
                .add("organizations", Json.createArrayBuilder().add("DHQGHN")).build()), 200);
        assertThat(Library.get("dhqg.gopy", "/api/documents/" + ownFile).statusCode()).as("its own file, shared with the reviewer").isEqualTo(200);
        assertThat(Library.get("dhqg.gopy", "/api/documents/" + parkFile).statusCode()).isEqualTo(404);
        // the park cannot pass on a university's file it reads as the proposal's reader either
        assertThat(Plans.post("bql.soan", "/api/agreements", AgreementsApiIT.agreement("97/2026/" + marker, LocalDate.of(2030, 1, 1),
                "ACTIVE", "HVNN").add("documents", Json.createArrayBuilder().add(ownFile)).build()).statusCode()).isEqualTo(400);
        assertThat(Library.get("hvnn.gopy", "/api/documents/" + ownFile).statusCode()).isEqualTo(404);
    }

    private static JsonObject proposal(String marker, long document) {
        return Json.createObjectBuilder().add("title", "Đề xuất " + marker).add("purpose", "Hợp tác nghiên cứu")
                .add("documents", Json.createArrayBuilder().add(document)).build();
    }

    @Test
    void theAdministratorNeitherReadsNorChangesOrganizationFiles() {
        String marker = marker();
        long universityFile = Library.uploadOk("hvnn.gopy", marker + ".txt", ("Hồ sơ đề xuất " + marker).getBytes(StandardCharsets.UTF_8),
                Map.of("visibility", "ORGANIZATION")).getJsonNumber("id").longValue();
        Plans.ok(Plans.post("hvnn.gopy", "/api/proposals", proposal(marker, universityFile)), 201);
        assertThat(Library.get("bql.soan", "/api/documents/" + universityFile).statusCode()).as("shared with the park").isEqualTo(200);
        long parkFile = Library.uploadOk("bql.soan", marker + "-bql.txt", ("Hồ sơ nội bộ " + marker).getBytes(StandardCharsets.UTF_8),
                Map.of("visibility", "ORGANIZATION")).getJsonNumber("id").longValue();
        long publicFile = Library.uploadOk("bql.soan", marker + "-pub.txt", ("Thông báo công khai " + marker).getBytes(StandardCharsets.UTF_8),
                Map.of("visibility", "PORTAL")).getJsonNumber("id").longValue();

        for (long file : new long[]{universityFile, parkFile}) {
            assertThat(Library.get("quantri", "/api/documents/" + file).statusCode()).isEqualTo(404);
            assertThat(Library.get("quantri", "/api/documents/" + file + "/versions/1/content").statusCode()).isEqualTo(404);
            assertThat(Library.post("quantri", "/api/documents/" + file + "/versions/1/restore").statusCode()).isEqualTo(404);
            assertThat(Library.addVersion("quantri", file, "x.txt", "x".getBytes(StandardCharsets.UTF_8), null, null).statusCode()).isEqualTo(404);
        }
        assertThat(Library.get("quantri", "/api/documents/" + publicFile).statusCode()).as("what the whole portal reads").isEqualTo(200);
        assertThat(Library.post("quantri", "/api/documents/" + publicFile + "/versions/1/restore").statusCode()).isEqualTo(403);
        assertThat(Library.upload("quantri", "x.txt", "x".getBytes(StandardCharsets.UTF_8), Map.of()).statusCode()).isEqualTo(403);
        assertThat(Portal.json(Library.get("quantri", "/api/documents?title=" + marker).body()).getInt("total")).isEqualTo(1);
        assertThat(Library.search("quantri", marker).getInt("total")).isLessThanOrEqualTo(1);
        HttpLogin admin = HttpLogin.as("quantri");
        for (long file : new long[]{universityFile, parkFile}) {
            for (String page : List.of("/files/download?id=" + file + "&v=1", "/documents/view.xhtml?id=" + file)) {
                HttpResponse<String> r = admin.portal(HttpRequest.newBuilder(URI.create(Portal.url(page))).GET().build());
                assertThat(r.statusCode()).as(page).isEqualTo(404);
                assertThat(r.body()).as(page).doesNotContain(marker);
            }
        }
    }

    @Test
    void aTokenIssuedToAnotherClientOfTheRealmIsRefused() {
        // admin-cli exists in every realm and takes the user's password: a token the portal never asked for
        String form = "grant_type=password&client_id=admin-cli&username=bql.soan&password=demo123";
        HttpResponse<String> token = Portal.send(HttpRequest.newBuilder(URI.create(Portal.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        HttpResponse<String> me = Portal.get("/api/me", Portal.json(token.body()).getString("access_token"));
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.body()).doesNotContain("bql.soan");
        assertThat(Library.get("bql.soan", "/api/me").statusCode()).as("the portal's own client").isEqualTo(200);
    }

    @Test
    void oddInputIsAClearRefusalNotAServerError() throws Exception {
        HttpResponse<String> nul = Library.get("dhbk.gopy", "/api/search?q=a%00b");
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(Portal.json(nul.body()).getString("error")).contains("NUL");
        assertThat(Portal.json(nul.body()).getString("code")).isEqualTo("invalid.nul");
        HttpResponse<String> english = Portal.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Portal.url("/api/search?q=a%00b")))
                .header("Accept-Language", "en").header("Authorization", "Bearer " + Library.token("dhbk.gopy")).GET().build());
        assertThat(Portal.json(english.body()).getString("message")).as("in the caller's language").startsWith("The request holds a NUL character");
        for (String number : List.of("1e-20000", "1e200000", "1e15", "-5")) {
            HttpResponse<String> r = Plans.send("dhbk.gopy", "POST", "/api/proposals",
                    Portal.json("{\"title\": \"Ngân sách " + number + "\", \"purpose\": \"Thử\", \"budget\": " + number + "}"));
            assertThat(r.statusCode()).as("budget " + number + ": " + r.body()).isEqualTo(400);
            assertThat(r.body()).contains("budget");
        }
        JsonObject fine = Plans.ok(Plans.send("dhbk.gopy", "POST", "/api/proposals",
                Portal.json("{\"title\": \"Ngân sách hợp lệ\", \"purpose\": \"Thử\", \"budget\": 1.5e3, \"area\": 0.25}")), 201);
        assertThat(fine.getJsonNumber("budget").bigDecimalValue()).isEqualByComparingTo("1500");

        HttpLogin person = HttpLogin.as("bql.soan");
        for (String page : List.of("/plans/plan.xhtml?id=abc", "/plans/version.xhtml?id=1&n=x", "/documents/view.xhtml?id=1e9",
                "/agreements/view.xhtml?id=1.5", "/proposals/view.xhtml?id=-", "/plans/plan.xhtml?id=999999999999999999999")) {
            HttpResponse<String> r = person.portal(HttpRequest.newBuilder(URI.create(Portal.url(page))).GET().build());
            assertThat(r.statusCode()).as(page).isEqualTo(404);
            assertThat(r.body()).as(page).contains("Không tìm thấy trang");
        }
        HttpResponse<String> nulPage = person.portal(HttpRequest.newBuilder(URI.create(Portal.url("/search.xhtml?q=a%00b"))).GET().build());
        assertThat(nulPage.statusCode()).isEqualTo(400);
        assertThat(nulPage.body()).contains("Yêu cầu không hợp lệ");
    }

    @Test
    void textHoldingNulIsStoredCleanAndAFailedExtractionCanBeRunAgainByAnAdministrator() throws Exception {
        String marker = marker();
        long id = Library.uploadOk("bql.soan", marker + ".pdf", pdfWithNul(marker), Map.of()).getJsonNumber("id").longValue();
        JsonObject done = Library.awaitExtraction("bql.soan", id, Duration.ofSeconds(90));
        JsonObject extraction = Library.currentVersion(done).getJsonObject("extraction");
        assertThat(extraction.getString("status")).as(extraction.toString()).isEqualTo("DONE");
        assertThat(done.getString("title")).as("the file's own title, without its NUL").isEqualTo("Tieu de co NUL " + marker);
        assertThat(Library.search("bql.soan", marker).getInt("total")).isEqualTo(1);

        // an extraction that failed (an older portal, a bug since fixed) is run again by an administrator, for one document
        String sha256 = Library.currentVersion(done).getString("sha256");
        try (Connection c = Portal.database(); PreparedStatement s = c.prepareStatement(
                "UPDATE extraction SET status = 'FAILED', error = 'lỗi khi trích xuất: IllegalStateException' WHERE sha256 = ?")) {
            s.setString(1, sha256);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        assertThat(Library.get("quantri", "/api/admin/extractions").body()).contains("\"failed\"");
        for (String user : List.of("bql.soan", "dhbk.gopy", "bcd.pheduyet")) {
            assertThat(Library.post(user, "/api/admin/extractions/rerun?document=" + id).statusCode()).as(user).isEqualTo(403);
            assertThat(Library.get(user, "/api/admin/extractions").statusCode()).as(user).isEqualTo(403);
        }
        HttpResponse<String> rerun = Library.post("quantri", "/api/admin/extractions/rerun?document=" + id);
        assertThat(rerun.statusCode()).as(rerun.body()).isEqualTo(200);
        assertThat(Portal.json(rerun.body()).getInt("queued")).isEqualTo(1);
        JsonObject again = Library.awaitExtraction("bql.soan", id, Duration.ofSeconds(90));
        assertThat(Library.currentVersion(again).getJsonObject("extraction").getString("status")).isEqualTo("DONE");
        assertThat(Portal.json(Library.post("quantri", "/api/admin/extractions/rerun?document=" + id).body()).getInt("queued"))
                .as("nothing failed any more").isZero();
    }

    /** A one-page PDF whose title and author metadata hold NUL characters, as tika-server reports them. */
    static byte[] pdfWithNul(String marker) {
        String stream = "BT /F1 18 Tf 72 700 Td (Bao cao ky tu rong " + marker + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Title (Tieu de\\000 co NUL " + marker + ") /Author (Tac\\000gia) >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R /Info 6 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void downloadsRunNothingEvenWhenABrowserWouldDisplayThem() {
        String marker = marker();
        byte[] html = ("<html><body><script>alert(1)</script>" + marker + "</body></html>").getBytes(StandardCharsets.UTF_8);
        long id = Library.uploadOk("bql.soan", marker + ".html", html, Map.of()).getJsonNumber("id").longValue();
        Library.awaitExtraction("bql.soan", id, Duration.ofSeconds(60));
        HttpResponse<byte[]> api = Library.getBytes("bql.soan", "/api/documents/" + id + "/versions/1/content");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().allValues("Content-Security-Policy")).anySatisfy(p -> assertThat(p).startsWith("sandbox"));
        assertThat(api.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(api.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");

        HttpLogin person = HttpLogin.as("bql.soan");
        HttpResponse<String> page = person.portal(HttpRequest.newBuilder(URI.create(Portal.url("/files/download?id=" + id + "&v=1"))).GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Content-Security-Policy")).anySatisfy(p -> assertThat(p).startsWith("sandbox"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        HttpResponse<byte[]> export = Library.getBytes("bql.soan", "/api/agreements/export.xlsx");
        assertThat(export.headers().allValues("Content-Security-Policy")).anySatisfy(p -> assertThat(p).startsWith("sandbox"));
    }

    @Test
    void publicHealthSaysUpOrDownOnlyAndTheWadlIsOff() {
        HttpResponse<String> health = Portal.get("/health/ready", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).doesNotContain("http://", "localhost", "127.0.0.1", "jdbc:", "url");
        assertThat(Portal.json(health.body()).getString("status")).isEqualTo("UP");
        assertThat(Portal.get("/health", null).body()).doesNotContain("http://", "localhost");
        HttpResponse<String> wadl = Library.get("dhbk.gopy", "/api/application.wadl");
        assertThat(wadl.statusCode()).isEqualTo(404);
        assertThat(wadl.body()).doesNotContain("<application");
    }

    @Test
    void theAdministratorsHealthPageHasTheDetailsAndReRunsFailedExtractions() {
        try (Browser admin = new Browser()) {
            admin.loginAs("quantri").open("/admin/health.xhtml");
            String checks = admin.text(org.openqa.selenium.By.id("checks"));
            assertThat(checks).contains(Portal.issuer(), "HTTP 200", "jdbc:postgresql");
            assertThat(admin.text(org.openqa.selenium.By.id("failed-count"))).matches("\\d+ tệp có trích xuất văn bản bị lỗi\\.");
            admin.driver().findElement(org.openqa.selenium.By.id("extractions:rerun")).click();
            admin.waitFor(org.openqa.selenium.By.cssSelector(".ui-confirmdialog-yes")).click();
            admin.awaitMessage("vào hàng đợi trích xuất lại");
            assertThat(admin.text(org.openqa.selenium.By.id("messages"))).as("said once").containsOnlyOnce("vào hàng đợi trích xuất lại");
            admin.screenshot("health-rerun");
            admin.driver().findElement(org.openqa.selenium.By.id("language:lang-en")).click();
            admin.waitFor(org.openqa.selenium.By.id("failed-count"));
            assertThat(admin.text(org.openqa.selenium.By.id("failed-count"))).matches("(No file|1 file|\\d+ files) whose text extraction failed\\."); // re-run: perhaps none failed now
            admin.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            admin.screenshot("health-english-phone");
        }
        HttpLogin university = HttpLogin.as("dhbk.gopy");
        assertThat(university.portal(HttpRequest.newBuilder(URI.create(Portal.url("/admin/health.xhtml"))).GET().build()).statusCode())
                .isEqualTo(403);
    }

}
