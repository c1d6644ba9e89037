package vn.hoalac.portal.stack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Demo data of the run command: the Hòa Lạc plan drafted from the corpus texts (chapters I and II, the four targets of
 * chi-tieu-2030.xlsx, two attached documents), its first version reviewed by ĐHBK and HVNN with every comment answered
 * and sent to the committee, and a first progress report; the ĐHBK collaboration agreement of the corpus with its
 * file, and HVNN's laboratory proposal invited for review by ĐHBK. It goes through the portal's own API as the demo users,
 * so it follows every rule a person would; it runs once (when the plan's code is not there yet).
 */
final class DemoPlan {

    static final String CODE = "DA-HOALAC-2030";

    private final StackConfig config;
    private final Path corpus;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoPlan(StackConfig config, Path corpus) {
        this.config = config;
        this.corpus = corpus;
    }

    /** Seeds the plan unless it is there; never stops the stack (a failure is reported and skipped). */
    void seedIfMissing() {
        if (!Files.isDirectory(corpus.resolve("src"))) {
            PortalStack.log("no demo plan: the corpus is not at " + corpus + " (-Dcorpus.dir=...)");
            return;
        }
        try {
            introduceDemoUsers();
            if (seeded()) {
                return;
            }
            seed();
            seedAgreementAndProposal();
            PortalStack.log("demo plan " + CODE + ", the ĐHBK agreement and the HVNN proposal seeded");
        } catch (IOException | RuntimeException e) {
            PortalStack.log("could not seed the demo plan: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Every demo user calls the API once, so the portal's people directory knows their names before anyone reads a
     * record of theirs (or the audit trail). A user the portal never saw is shown by user name.
     */
    private void introduceDemoUsers() throws IOException, InterruptedException {
        for (String[] user : PortalStack.DEMO_USERS) {
            call(user[0], "GET", "/api/me", null, 200);
        }
    }

    /** Whether the demo plan is among the plans, read page by page ({@code {"total", "items"}}). */
    private boolean seeded() throws IOException, InterruptedException {
        for (int page = 0; ; page++) {
            JsonObject answer = object(call("bql.soan", "GET", "/api/plans?size=200&page=" + page, null, 200));
            JsonArray plans = answer.getJsonArray("items");
            for (JsonValue p : plans) {
                if (p.asJsonObject().getString("code").equals(CODE)) {
                    return true;
                }
            }
            if (plans.isEmpty() || (page + 1) * 200L >= answer.getJsonNumber("total").longValue()) {
                return false;
            }
        }
    }

    private void seed() throws IOException, InterruptedException {
        JsonObject plan = object(call("bql.soan", "POST", "/api/plans", Json.createObjectBuilder()
                .add("code", CODE)
                .add("title", "Đề án phát triển Khu công nghệ cao Hòa Lạc đến năm 2030, tầm nhìn đến năm 2045")
                .add("horizonYear", 2030).add("visionYear", 2045).build().toString(), 201));
        long id = plan.getJsonNumber("id").longValue();
        long revision = plan.getJsonObject("draft").getJsonNumber("revision").longValue();
        List<String> chapter1 = Files.readAllLines(corpus.resolve("src/de-an-2030-chuong-1.txt"), StandardCharsets.UTF_8);
        List<String> chapter2 = Files.readAllLines(corpus.resolve("src/de-an-2030-chuong-2.txt"), StandardCharsets.UTF_8);
        JsonArrayBuilder sections = Json.createArrayBuilder()
                .add(section("chuong-1", chapter1))
                .add(section("chuong-2", chapter2));
        call("bql.soan", "PUT", "/api/plans/" + id + "/draft", Json.createObjectBuilder()
                .add("revision", revision).add("sections", sections).add("targets", Json.createArrayBuilder()).build().toString(), 200);

        JsonObject draft = object(call("bql.soan", "GET", "/api/plans/" + id, null, 200)).getJsonObject("draft");
        Multipart targets = new Multipart()
                .file("chi-tieu-2030.xlsx", Files.readAllBytes(corpus.resolve("chi-tieu-2030.xlsx")))
                .field("targetsRevision", String.valueOf(draft.getJsonNumber("targetsRevision").longValue()));
        send("bql.soan", HttpRequest.newBuilder(uri("/api/plans/" + id + "/targets/import"))
                .header("Content-Type", targets.contentType()).POST(targets.body()), 200);

        for (String file : List.of("de-an-2030-chuong-1.docx", "chi-tieu-2030.xlsx")) {
            Multipart upload = new Multipart().file(file, Files.readAllBytes(corpus.resolve(file))).field("category", "Đề án");
            JsonObject document = object(send("bql.soan", HttpRequest.newBuilder(uri("/api/documents"))
                    .header("Content-Type", upload.contentType()).POST(upload.body()), 201));
            call("bql.soan", "POST", "/api/plans/" + id + "/attachments", Json.createObjectBuilder()
                    .add("documentId", document.getJsonNumber("id").longValue()).build().toString(), 200);
        }

        call("bql.soan", "POST", "/api/plans/" + id + "/versions", Json.createObjectBuilder()
                .add("note", "Dự thảo lần 1 gửi các trường lấy ý kiến")
                .add("reviewers", Json.createArrayBuilder().add("DHBK").add("HVNN"))
                .add("reviewDeadline", LocalDate.now().plusDays(21).toString()).build().toString(), 201);
        long dhbk = comment("dhbk.gopy", id, "chuong-1", "gắn kết chặt chẽ giữa nhà nước, nhà trường và doanh nghiệp",
                "Đề nghị bổ sung cơ chế để các trường đại học đặt phòng thí nghiệm dùng chung trong Khu.");
        long hvnn = comment("hvnn.gopy", id, "chuong-2", null,
                "Đề nghị bổ sung chỉ tiêu về công nghệ sinh học trong nông nghiệp, phù hợp định hướng ưu tiên tại Chương I.");
        answer(id, dhbk, "ACCEPTED", "Tiếp thu, bổ sung vào mục 3 Chương I.");
        answer(id, hvnn, "PARTIALLY_ACCEPTED", "Tiếp thu một phần: đưa vào nhóm nhiệm vụ, chưa thành chỉ tiêu riêng do chưa có số liệu nền.");
        call("bql.soan", "POST", "/api/plans/" + id + "/versions/1/submit-for-approval", null, 200);

        call("bql.soan", "POST", "/api/plans/" + id + "/targets/CT01/progress", Json.createObjectBuilder()
                .add("period", "2025-H1").add("actual", 6100).add("status", "AT_RISK")
                .add("note", "Giải ngân chậm ở hai dự án lớn").build().toString(), 201);
        call("bql.soan", "POST", "/api/plans/" + id + "/targets/CT04/progress", Json.createObjectBuilder()
                .add("period", "2025-H1").add("actual", 4).add("status", "ON_TRACK").build().toString(), 201);
    }

    /**
     * The ĐHBK collaboration agreement of the corpus (12/2024/TTHT-BQL-ĐHBK, 10/10/2024 to 10/10/2029) with its file, and
     * HVNN's laboratory proposal with its file, invited for review by ĐHBK.
     */
    private void seedAgreementAndProposal() throws IOException, InterruptedException {
        long agreementFile = uploadPrivate("bql.soan", "thoa-thuan-hop-tac-dhbk.docx", "Thỏa thuận hợp tác");
        call("bql.soan", "POST", "/api/agreements", Json.createObjectBuilder()
                .add("number", "12/2024/TTHT-BQL-ĐHBK")
                .add("title", "Thỏa thuận hợp tác giữa Ban quản lý Khu công nghệ cao Hòa Lạc và Đại học Bách khoa Hà Nội")
                .add("kind", "AGREEMENT").add("parties", Json.createArrayBuilder().add("DHBK"))
                .add("fields", Json.createArrayBuilder().add("RESEARCH").add("TRAINING").add("SHARED_LAB"))
                .add("signedOn", "2024-10-10").add("effectiveFrom", "2024-10-10").add("effectiveTo", "2029-10-10")
                .add("status", "ACTIVE").add("contacts", "Ban quản lý: Phòng Hợp tác quốc tế\nĐHBK: Ban Khoa học Công nghệ")
                .add("milestones", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("title", "Sơ kết một năm thực hiện").add("due", "2025-10-10").add("status", "DONE"))
                        .add(Json.createObjectBuilder().add("title", "Đưa phòng thí nghiệm dùng chung vào hoạt động")
                                .add("due", LocalDate.now().plusDays(60).toString()).add("status", "OPEN")))
                .add("documents", Json.createArrayBuilder().add(agreementFile)).build().toString(), 201);

        long proposalFile = uploadPrivate("hvnn.gopy", "de-xuat-phong-thi-nghiem.docx", "Đề xuất");
        JsonObject proposal = object(call("hvnn.gopy", "POST", "/api/proposals", Json.createObjectBuilder()
                .add("title", "Đề xuất đặt phòng thí nghiệm công nghệ sinh học nông nghiệp tại Khu công nghệ cao Hòa Lạc")
                .add("purpose", "Học viện Nông nghiệp Việt Nam đề xuất đặt phòng thí nghiệm trọng điểm về công nghệ sinh học "
                        + "nông nghiệp tại Khu, dùng chung với doanh nghiệp và các trường.")
                .add("budget", 180).add("area", 2500).add("timeline", "2026–2028")
                .add("documents", Json.createArrayBuilder().add(proposalFile)).build().toString(), 201));
        call("bql.soan", "POST", "/api/proposals/" + proposal.getJsonNumber("id").longValue() + "/reviewers", Json.createObjectBuilder()
                .add("organizations", Json.createArrayBuilder().add("DHBK")).build().toString(), 200);
    }

    /** A corpus file uploaded as a document its organization only may read (shared later with the record's parties). */
    private long uploadPrivate(String user, String file, String category) throws IOException, InterruptedException {
        Multipart upload = new Multipart().file(file, Files.readAllBytes(corpus.resolve(file)))
                .field("category", category).field("visibility", "ORGANIZATION");
        return object(send(user, HttpRequest.newBuilder(uri("/api/documents"))
                .header("Content-Type", upload.contentType()).POST(upload.body()), 201)).getJsonNumber("id").longValue();
    }

    /** A section from a corpus text: the first "Chương" line is the title; "1. ..." lines become headings, "- ..." list items. */
    private static JsonObject section(String key, List<String> lines) {
        String title = lines.stream().filter(l -> l.startsWith("Chương")).findFirst().orElse(key);
        StringBuilder html = new StringBuilder();
        List<String> items = new ArrayList<>();
        boolean started = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (!started) {
                started = line.equals(title);
                continue;
            }
            if (line.startsWith("- ")) {
                items.add(escape(line.substring(2)));
                continue;
            }
            if (!items.isEmpty()) {
                html.append("<ul>");
                items.forEach(i -> html.append("<li>").append(i).append("</li>"));
                html.append("</ul>");
                items.clear();
            }
            if (line.isEmpty()) {
                continue;
            }
            html.append(line.matches("\\d+\\. .*") ? "<h3>" + escape(line) + "</h3>" : "<p>" + escape(line) + "</p>");
        }
        if (!items.isEmpty()) {
            html.append("<ul>");
            items.forEach(i -> html.append("<li>").append(i).append("</li>"));
            html.append("</ul>");
        }
        return Json.createObjectBuilder().add("key", key).add("title", title).add("body", html.toString()).build();
    }

    private long comment(String user, long id, String section, String quote, String body) throws IOException, InterruptedException {
        var json = Json.createObjectBuilder().add("sectionKey", section).add("body", body);
        if (quote != null) {
            json.add("quote", quote);
        }
        return object(call(user, "POST", "/api/plans/" + id + "/versions/1/comments", json.build().toString(), 201))
                .getJsonNumber("id").longValue();
    }

    private void answer(long id, long comment, String disposition, String rationale) throws IOException, InterruptedException {
        call("bql.soan", "POST", "/api/plans/" + id + "/versions/1/comments/" + comment + "/response", Json.createObjectBuilder()
                .add("disposition", disposition).add("rationale", rationale).build().toString(), 200);
    }

    private String call(String user, String method, String path, String json, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(user, request, expected);
    }

    private String send(String user, HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token(user))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.build().method() + " " + request.build().uri().getPath() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private String token(String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=portal-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + PortalStack.DEMO_PASSWORD;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(config.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + user + ": " + response.statusCode());
        }
        return object(response.body()).getString("access_token");
    }

    private URI uri(String path) {
        return URI.create(config.portalUrl() + path);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** A multipart/form-data body. */
    private static final class Multipart {
        private final String boundary = "----portal-" + UUID.randomUUID();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Multipart file(String name, byte[] bytes) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(bytes);
            write("\r\n");
            return this;
        }

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        HttpRequest.BodyPublisher body() {
            write("--" + boundary + "--\r\n");
            return HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
