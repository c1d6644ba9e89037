package vn.hoalac.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.it.Eventually.eventually;

/**
 * The search engine against the real stack, the way people meet the data: the document someone looks for is older
 * than a thousand newer ones that hold every word of the query in their text; a frequent word matches thousands; a
 * change is found at once; comments and opinions are found by exactly those who see them; the portal killed while it
 * indexes, or its index folder deleted, loses nothing.
 */
@ExtendWith(PortalStackExtension.class)
class SearchEngineIT {

    static final Random RANDOM = new Random();
    static final int DISTRACTORS = 1_200;
    static final OffsetDateTime OLD = OffsetDateTime.of(2023, 2, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    static String category;
    static List<Long> known;

    static String marker() {
        StringBuilder word = new StringBuilder("se");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    /** Four known items from early 2023, then 1,200 newer documents holding every query word scattered in their text. */
    @BeforeAll
    static void library() throws Exception {
        category = "Kiểm thử " + marker();
        List<BulkDocuments.Doc> docs = new ArrayList<>();
        docs.add(new BulkDocuments.Doc("Quy hoạch phân khu đô thị đại học Hòa Lạc", "Nội dung quy hoạch hạ tầng kỹ thuật.", "BQL", true, OLD));
        docs.add(new BulkDocuments.Doc("Biên bản bàn giao mặt bằng", "Biên bản số 36502/2025 về việc bàn giao.", "BQL", true, OLD.plusDays(1)));
        docs.add(new BulkDocuments.Doc("Kết luận của Ban Thường vụ", "Thực hiện Thông báo 1857-TB/TU ngày 12/3/2025.", "BQL", true, OLD.plusDays(2)));
        docs.add(new BulkDocuments.Doc("Báo cáo chuyên đề", "Đề xuất thành lập sàn giao dịch công nghệ cho cả vùng.", "DHBK", true, OLD.plusDays(3)));
        List<String> words = List.of("quy", "hoạch", "phân", "khu", "đô", "thị", "đại", "học", "hòa", "lạc", "biên", "bản", "bàn",
                "giao", "mặt", "bằng", "36502", "2025", "thông", "báo", "1857", "tb", "tu", "sàn", "dịch", "công", "nghệ");
        String[] organizations = {"BQL", "DHBK", "DHQGHN", "HVNN"};
        for (int i = 0; i < DISTRACTORS; i++) {
            List<String> shuffled = new ArrayList<>(words);
            Collections.shuffle(shuffled, RANDOM);
            StringBuilder text = new StringBuilder();
            for (String w : shuffled) {
                text.append(w).append(" trong mục ").append(RANDOM.nextInt(900) + 100).append(". ");
            }
            docs.add(new BulkDocuments.Doc("Văn bản thường kỳ " + (i + 1), text.toString(), organizations[i % 4], true,
                    OLD.plusDays(30 + i % 900)));
        }
        known = BulkDocuments.insert(category, docs).subList(0, 4);
        Library.awaitIndexed();
    }

    static JsonObject search(String username, String query, String extra) {
        HttpResponse<String> r = Library.get(username, "/api/search?size=10&category=" + URLEncoder.encode(category, StandardCharsets.UTF_8)
                + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + extra);
        assertThat(r.statusCode()).as(query + ": " + r.body()).isEqualTo(200);
        return Portal.json(r.body());
    }

    static List<Long> ids(JsonObject result) {
        return result.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void theOldDocumentSomeoneLooksForComesFirstAmongAThousandNewerOnesHoldingTheWords() {
        Map<String, Integer> queries = Map.ofEntries(
                Map.entry("quy hoạch phân khu đô thị đại học", 0), Map.entry("quy hoach phan khu do thi dai hoc", 0),
                Map.entry("Quy Hoạch Phân Khu Đô Thị", 0), Map.entry("\"phân khu đô thị\"", 0),
                Map.entry("biên bản bàn giao mặt bằng", 1), Map.entry("36502/2025", 1), Map.entry("36502", 1),
                Map.entry("bien ban so 36502", 1),
                Map.entry("1857-TB/TU", 2), Map.entry("1857", 2), Map.entry("TB/TU", 2), Map.entry("thong bao 1857-tb/tu", 2),
                Map.entry("\"sàn giao dịch công nghệ\"", 3), Map.entry("\"san giao dich cong nghe\"", 3),
                Map.entry("sàn giao dịch công nghệ", 3));
        queries.forEach((query, item) -> {
            List<Long> top = ids(search("bql.soan", query, ""));
            assertThat(top).as("%s finds the known item in its first ten", query).contains(known.get(item));
            assertThat(top.getFirst()).as("%s ranks it first", query).isEqualTo(known.get(item));
        });
    }

    @Test
    void aFrequentWordIsCountedExactlyAndEveryFacetCountIsTheNumberItsFilterGives() {
        JsonObject all = search("bql.soan", "đại học", "");
        assertThat(all.getInt("total")).isEqualTo(DISTRACTORS + 1);
        assertThat(all.getBoolean("totalIsLowerBound")).isFalse();
        JsonObject organizations = all.getJsonObject("facets").getJsonObject("organization");
        assertThat(organizations.values().stream().mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue()).sum()).isEqualTo(DISTRACTORS + 1);
        for (String org : organizations.keySet()) {
            assertThat(search("bql.soan", "đại học", "&organization=" + org).getInt("total")).as(org).isEqualTo(organizations.getInt(org));
        }
        JsonObject years = all.getJsonObject("facets").getJsonObject("year");
        for (String year : years.keySet()) {
            assertThat(search("bql.soan", "dai hoc", "&year=" + year).getInt("total")).as(year).isEqualTo(years.getInt(year));
        }
        // the library counts the same way: every document, exactly, and sorts them all
        JsonObject library = Portal.json(Library.get("bql.soan", "/api/documents?size=5&sort=updatedAt&asc=true&category="
                + URLEncoder.encode(category, StandardCharsets.UTF_8)).body());
        assertThat(library.getInt("total")).isEqualTo(DISTRACTORS + 4);
        assertThat(library.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()).as("the oldest first").isEqualTo(known.getFirst());
        JsonObject byTitle = Portal.json(Library.get("bql.soan", "/api/documents?size=3&sort=title&asc=true&category="
                + URLEncoder.encode(category, StandardCharsets.UTF_8)).body());
        assertThat(byTitle.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("title"))
                .containsExactly("Báo cáo chuyên đề", "Biên bản bàn giao mặt bằng", "Kết luận của Ban Thường vụ");
        JsonObject in2023 = Portal.json(Library.get("bql.soan", "/api/documents?size=10&updated=02/2023&category="
                + URLEncoder.encode(category, StandardCharsets.UTF_8)).body());
        assertThat(in2023.getInt("total")).as("the four of February 2023").isEqualTo(4);
        HttpResponse<String> wrong = Library.get("bql.soan", "/api/documents?updated=hôm+qua&version=ba");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("updated", "hôm qua", "version", "ba");
    }

    @Test
    void aChangeIsFoundWithinTwoSecondsOfItsCommit() throws Exception {
        String word = marker();
        long started = System.nanoTime();
        JsonObject uploaded = Library.uploadOk("bql.soan", "bien-ban-" + word + ".txt",
                ("Biên bản họp " + word).getBytes(StandardCharsets.UTF_8), Map.of("title", "Biên bản " + word));
        long committed = System.nanoTime();
        long id = uploaded.getJsonNumber("id").longValue();
        eventually(Duration.ofSeconds(2).minusNanos(System.nanoTime() - committed), Duration.ofMillis(20), () ->
                assertThat(ids(Portal.json(Portal.get("/api/search?q=" + word, Library.token("bql.soan")).body())))
                        .as("searchable within 2 s of the commit").contains(id));
        System.out.printf("upload committed after %d ms, found %d ms after the commit%n",
                (committed - started) / 1_000_000, (System.nanoTime() - committed) / 1_000_000);
    }

    @Test
    void commentsWithTheirAnswersAndOpinionsAreFoundByThoseWhoSeeThemAndOpenTheirPlace() {
        String said = marker();
        String answered = marker();
        long plan = Plans.createWithSection("Đề án thử tìm góp ý", "s1", "Chương I. Nhân lực", "<p>Đào tạo kỹ sư vi mạch</p>");
        Plans.submit(plan, LocalDate.now().plusDays(10), "DHBK", "DHQGHN");
        JsonObject comment = Plans.comment("dhbk.gopy", plan, 1, "s1", "Đề nghị bổ sung chỉ tiêu đào tạo " + said + " đến năm 2030");
        long commentId = comment.getJsonNumber("id").longValue();
        Plans.answer(plan, 1, commentId, "ACCEPTED", "Đã bổ sung chỉ tiêu " + answered + " tại mục 2");

        for (String word : List.of(said, answered)) {
            for (String reader : List.of("bql.soan", "bcd.pheduyet", "dhbk.gopy")) {
                JsonObject found = Library.search(reader, word, "COMMENT");
                assertThat(found.getInt("total")).as("%s finds the comment by %s", reader, word).isEqualTo(1);
                JsonObject hit = found.getJsonArray("items").getJsonObject(0);
                assertThat(hit.getJsonNumber("id").longValue()).isEqualTo(plan);
                assertThat(hit.getInt("version")).isEqualTo(1);
                assertThat(hit.getJsonNumber("part").longValue()).isEqualTo(commentId);
                assertThat(hit.getString("section")).isEqualTo("Chương I. Nhân lực");
                assertThat(hit.getString("organization")).isEqualTo("DHBK");
            }
            for (String outsider : List.of("dhqg.gopy", "hvnn.gopy", "quantri")) {
                assertThat(Library.search(outsider, word, null).getInt("total")).as("%s does not see DHBK's comment", outsider).isZero();
            }
        }

        String opinion = marker();
        JsonObject proposal = Plans.ok(Plans.post("hvnn.gopy", "/api/proposals", Json.createObjectBuilder()
                .add("title", "Trạm thực nghiệm giống cây trồng").add("purpose", "Thử nghiệm giống mới")
                .add("budget", 12).add("area", 300).add("timeline", "2027").build()), 201);
        long proposalId = proposal.getJsonNumber("id").longValue();
        Plans.ok(Plans.post("bql.soan", "/api/proposals/" + proposalId + "/reviewers", Json.createObjectBuilder()
                .add("organizations", Json.createArrayBuilder().add("DHBK").add("DHQGHN")).build()), 200);
        Plans.ok(Plans.post("dhbk.gopy", "/api/proposals/" + proposalId + "/opinions", Json.createObjectBuilder()
                .add("opinion", "SUPPORT_WITH_CONDITIONS").add("comment", "Cần bổ sung " + opinion + " về nguồn nước").build()), 200);
        for (String reader : List.of("bql.soan", "bcd.pheduyet", "dhbk.gopy")) {
            JsonObject hit = Library.search(reader, opinion, "OPINION").getJsonArray("items").getJsonObject(0);
            assertThat(hit.getJsonNumber("id").longValue()).as(reader).isEqualTo(proposalId);
            assertThat(hit.getString("status")).isEqualTo("OPINION:SUPPORT_WITH_CONDITIONS");
        }
        for (String outsider : List.of("hvnn.gopy", "dhqg.gopy", "quantri")) {
            assertThat(Library.search(outsider, opinion, null).getInt("total")).as("%s does not see DHBK's opinion", outsider).isZero();
        }

        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.open("/search.xhtml?q=" + answered);
            assertThat(park.text(By.id("results"))).contains("Góp ý của DHBK về mục „Chương I. Nhân lực\", dự thảo lần 1");
            park.screenshot("search-comment");
            park.waitFor(By.cssSelector("a.hit-title")).click();
            park.waitFor(By.id("comment-" + commentId));
            assertThat(park.driver().getCurrentUrl()).contains("/plans/version.xhtml?id=" + plan + "&n=1#comment-" + commentId);
            park.open("/search.xhtml?q=" + opinion);
            park.waitFor(By.cssSelector("a.hit-title")).click();
            park.waitFor(By.id("opinions"));
            assertThat(park.driver().getCurrentUrl()).contains("/proposals/view.xhtml?id=" + proposalId + "#opinions");
        }
    }

    @Test
    void typedSyntaxPunctuationAndMarkupNeverBreakTheSearch() throws Exception {
        String word = marker();
        BulkDocuments.insert(category, List.of(new BulkDocuments.Doc("<script>alert('" + word + "')</script> Hồ sơ " + word,
                "Văn bản <img src=x onerror=alert(1)> " + word, "BQL", true, OffsetDateTime.now())));
        for (String q : List.of("", "!!!", "\"", "\"đô thị", "title:", "*", "~", "AND", "OR", "title:(đô AND thị)~2 *", "(((",
                "\\", "-", "a".repeat(500), "đô thị ".repeat(70).strip(), "hòa -lạc", word + " OR 36502")) {
            HttpResponse<String> r = Library.get("bql.soan", "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as("'%s' answers %s", q, r.body()).isEqualTo(200);
        }
        HttpResponse<String> tooLong = Library.get("bql.soan", "/api/search?q=" + "a".repeat(2000));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("500");
        JsonObject onlyPunctuation = Portal.json(Library.get("bql.soan", "/api/search?q=" + URLEncoder.encode("?!*", StandardCharsets.UTF_8)).body());
        assertThat(onlyPunctuation.getString("notice")).isEqualTo("search.notice.noWords");
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.open("/search.xhtml?q=" + word);
            assertThat(park.text(By.cssSelector("a.hit-title"))).isEqualTo("<script>alert('" + word + "')</script> Hồ sơ " + word);
            assertThat(park.driver().findElements(By.cssSelector(".hit-snippet img"))).isEmpty();
            park.open("/search.xhtml?q=" + URLEncoder.encode("title:(đô AND thị)~2 *", StandardCharsets.UTF_8));
            park.waitFor(By.id("result-count"));
            park.open("/search.xhtml?q=" + URLEncoder.encode("?!*", StandardCharsets.UTF_8));
            assertThat(park.text(By.id("search-notice"))).contains("không có từ nào");
        }
    }

    @Test
    void killedWhileIndexingThePortalCatchesUpWithNothingMissingOrDoubled() throws Exception {
        String word = marker();
        String bulk = "Khối " + word;
        List<BulkDocuments.Doc> docs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            docs.add(new BulkDocuments.Doc("Văn bản khối " + i, "Nội dung " + word + " số " + i + " về quy hoạch chi tiết.",
                    i % 2 == 0 ? "BQL" : "DHBK", true, OffsetDateTime.now()));
        }
        BulkDocuments.insert(bulk, docs);
        // kill it once the library shows some of them, not all: in the middle of applying the change log
        String page = "/api/documents?size=1&category=" + URLEncoder.encode(bulk, StandardCharsets.UTF_8);
        int seen = eventually(Duration.ofSeconds(60), Duration.ZERO,
                () -> Portal.json(Portal.get(page, Library.token("bql.soan")).body()).getInt("total"), total -> total > 0);
        PortalStackExtension.stack().killPortal();
        try {
            assertThat(seen).as("killed while indexing").isBetween(1, 19_999);
        } finally {
            PortalStackExtension.stack().startPortalAgain();
        }
        Library.awaitIndexed();
        JsonObject found = Portal.json(Library.get("bql.soan", "/api/search?size=1&q=" + word).body());
        assertThat(found.getInt("total")).as("each one found once").isEqualTo(20_000);
        JsonObject listed = Portal.json(Library.get("bql.soan", "/api/documents?size=1&category="
                + URLEncoder.encode(bulk, StandardCharsets.UTF_8)).body());
        assertThat(listed.getInt("total")).isEqualTo(20_000);
    }

    /**
     * Deletes what it can of a folder the portal is writing in (as an operator's {@code rm -rf} would): a file the index
     * merged away between the listing and its turn is no failure.
     */
    private static void deleteWhileInUse(Path folder) throws java.io.IOException {
        Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
                file.toFile().delete();
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, java.io.IOException gone) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult postVisitDirectory(Path dir, java.io.IOException e) {
                dir.toFile().delete();
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
    }

    @Test
    void theIndexFolderDeletedIsRebuiltWhileSearchKeepsAnswering() throws Exception {
        long before = ids(search("bql.soan", "quy hoạch phân khu", "")).getFirst();
        JsonObject status = Portal.json(Library.get("quantri", "/api/admin/search-index").body());
        Path folder = PortalStackExtension.config().searchIndexDir();
        deleteWhileInUse(folder);
        // meanwhile: answers from what it has open
        HttpResponse<String> meanwhile = Portal.get("/api/search?size=10&q=" + URLEncoder.encode("quy hoạch phân khu", StandardCharsets.UTF_8)
                + "&category=" + URLEncoder.encode(category, StandardCharsets.UTF_8), Library.token("bql.soan"));
        assertThat(meanwhile.statusCode()).isEqualTo(200);
        assertThat(ids(Portal.json(meanwhile.body()))).contains(before);
        JsonObject now = eventually(Duration.ofMinutes(3), Duration.ofMillis(250),
                () -> Portal.json(Library.get("quantri", "/api/admin/search-index").body()),
                s -> !s.getString("directory").equals(status.getString("directory")));
        assertThat(now.getString("directory")).as("a new index answers").isNotEqualTo(status.getString("directory"));
        assertThat(Files.isDirectory(Path.of(now.getString("directory")))).isTrue();
        Library.awaitIndexed();
        assertThat(ids(search("bql.soan", "quy hoạch phân khu", "")).getFirst()).isEqualTo(before);
        assertThat(search("bql.soan", "đại học", "").getInt("total")).isEqualTo(DISTRACTORS + 1);
        HttpResponse<String> refused = Library.post("bql.soan", "/api/admin/search-index/rebuild");
        assertThat(refused.statusCode()).as("only administrators rebuild").isEqualTo(403);
        assertThat(Library.get("dhbk.gopy", "/api/admin/search-index").statusCode()).isEqualTo(403);
    }
}
