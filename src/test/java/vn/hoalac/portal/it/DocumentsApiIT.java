package vn.hoalac.portal.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.it.Eventually.eventually;

/** The document library through its API (design/API.md, Documents and Search), against the real stack. */
@ExtendWith(PortalStackExtension.class)
class DocumentsApiIT {

    private static final Duration EXTRACTION = Duration.ofMinutes(3);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            de-an-2030-chuong-1.docx              | Khu công nghệ cao Hòa Lạc       | 1857-TB/TU       | wordprocessingml | false
            de-an-2030-chuong-1.odt               | Khu công nghệ cao Hòa Lạc       | 07-CTr/TU        | opendocument.text | false
            de-an-2030-chuong-1.pdf               | Khu công nghệ cao Hòa Lạc       | 1857-TB/TU       | application/pdf  | false
            de-an-2030-chuong-2.docx              | Sàn giao dịch công nghệ Hà Nội  | 20.000 tỷ đồng   | wordprocessingml | false
            de-an-2030-chuong-2.odt               | Sàn giao dịch công nghệ Hà Nội  | 20.000 tỷ đồng   | opendocument.text | false
            de-an-2030-chuong-2.pdf               | Sàn giao dịch công nghệ Hà Nội  | 20.000 tỷ đồng   | application/pdf  | false
            chi-tieu-2030.xlsx                    | CT01                            | tỷ đồng          | spreadsheetml    | false
            thoa-thuan-hop-tac-dhbk.docx          | 12/2024/TTHT-BQL-ĐHBK           | Đại học Bách khoa | wordprocessingml | false
            thoa-thuan-hop-tac-dhbk.odt           | 12/2024/TTHT-BQL-ĐHBK           | Đại học Bách khoa | opendocument.text | false
            thoa-thuan-hop-tac-dhbk.pdf           | 12/2024/TTHT-BQL-ĐHBK           | Đại học Bách khoa | application/pdf  | false
            thoa-thuan-hop-tac-dhbk.html          | 12/2024/TTHT-BQL-ĐHBK           | Đại học Bách khoa | text/html        | false
            de-xuat-phong-thi-nghiem.docx         | 2.500 m²                        | 180 tỷ đồng      | wordprocessingml | false
            de-xuat-phong-thi-nghiem.odt          | 2.500 m²                        | 180 tỷ đồng      | opendocument.text | false
            de-xuat-phong-thi-nghiem.pdf          | 2.500 m²                        | 180 tỷ đồng      | application/pdf  | false
            de-xuat-phong-thi-nghiem.rtf          | 2.500 m²                        | 180 tỷ đồng      | application/rtf  | false
            de-xuat-phong-thi-nghiem-ban-quet.pdf | Trường Đại học Nông nghiệp      | Hòa Lạc          | application/pdf  | true
            """)
    void everyCorpusFileIsExtractedWithItsVietnameseText(String file, String phrase, String another, String type, boolean ocr) {
        JsonObject created = Library.uploadOk("bql.soan", file, Library.corpusBytes(file), Map.of("category", "Kiểm thử"));
        long id = created.getJsonNumber("id").longValue();

        JsonObject document = Library.awaitExtraction("bql.soan", id, EXTRACTION);
        JsonObject version = Library.currentVersion(document);
        JsonObject extraction = version.getJsonObject("extraction");
        assertThat(extraction.getString("status")).as(extraction.toString()).isEqualTo("DONE");
        assertThat(extraction.getBoolean("ocr")).isEqualTo(ocr);
        assertThat(extraction.getString("language")).isEqualTo("vi");
        assertThat(version.getString("contentType")).contains(type);

        HttpResponse<String> text = Library.get("bql.soan", "/api/documents/" + id + "/versions/1/text");
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("charset=UTF-8"));
        assertThat(text.body()).contains(phrase, another);
        assertThat(Normalizer.isNormalized(text.body(), Normalizer.Form.NFC)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "hoa lac,                      de-an-2030-chuong-2.docx",
            "thoa thuan hop tac,           thoa-thuan-hop-tac-dhbk.docx",
            "dai hoc bach khoa,            thoa-thuan-hop-tac-dhbk.odt",
            "phong thi nghiem,             de-xuat-phong-thi-nghiem.rtf",
            "\"san giao dich cong nghe\",  de-an-2030-chuong-2.odt",
            "Sàn giao dịch,                de-an-2030-chuong-2.pdf"})
    void searchFindsTheTextWithOrWithoutDiacritics(String query, String file) {
        String title = "Tìm kiếm " + UUID.randomUUID();
        long id = Library.uploadOk("bql.soan", file, Library.corpusBytes(file), Map.of("title", title)).getJsonNumber("id").longValue();
        Library.awaitExtraction("bql.soan", id, EXTRACTION);
        Library.awaitIndexed(); // the index follows the change log a moment after the extraction is stored

        // the library holds many documents about Hòa Lạc (titles that match rank first): look through every page
        JsonObject result = Library.search("bql.soan", query);
        JsonObject hit = null;
        for (int page = 0; hit == null && page * 100 < result.getInt("total"); page++) {
            JsonObject answer = Portal.json(Library.get("bql.soan", "/api/search?type=DOCUMENT&size=100&page=" + page + "&q="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8)).body());
            hit = answer.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(i -> i.getJsonNumber("id").longValue() == id).findFirst().orElse(null);
        }
        if (hit == null) {
            throw new AssertionError(query + " did not find " + file + " among " + result.getInt("total") + " hits");
        }
        assertThat(hit.getString("type")).isEqualTo("DOCUMENT");
        assertThat(hit.getString("snippet")).contains("<mark>");
        assertThat(result.getJsonObject("facets").getJsonObject("type").getInt("DOCUMENT")).isPositive();
    }

    @Test
    void titleMatchesRankAboveBodyMatchesAndExactDiacriticsAboveFolded() {
        String word = "Zq" + UUID.randomUUID().toString().substring(0, 6);
        long inBody = Library.uploadOk("bql.soan", "body.txt", ("Báo cáo. " + word + " xuất hiện ở đây.").getBytes(StandardCharsets.UTF_8),
                Map.of("title", "Báo cáo thường kỳ")).getJsonNumber("id").longValue();
        long inTitle = Library.uploadOk("bql.soan", "title.txt", "Nội dung khác hẳn.".getBytes(StandardCharsets.UTF_8),
                Map.of("title", "Tài liệu " + word)).getJsonNumber("id").longValue();
        Library.awaitExtraction("bql.soan", inBody, EXTRACTION);
        Library.awaitExtraction("bql.soan", inTitle, EXTRACTION);
        assertThat(ids(Library.search("bql.soan", word))).containsSubsequence(inTitle, inBody);

        String marker = UUID.randomUUID().toString().substring(0, 8);
        long folded = Library.uploadOk("bql.soan", "a.txt", ("hoa lac " + marker).getBytes(StandardCharsets.UTF_8), Map.of())
                .getJsonNumber("id").longValue();
        long exact = Library.uploadOk("bql.soan", "b.txt", ("Hòa Lạc " + marker).getBytes(StandardCharsets.UTF_8), Map.of())
                .getJsonNumber("id").longValue();
        Library.awaitExtraction("bql.soan", folded, EXTRACTION);
        Library.awaitExtraction("bql.soan", exact, EXTRACTION);
        assertThat(ids(Library.search("bql.soan", "Hòa Lạc " + marker))).containsExactly(exact, folded);

        // page by page, the same order: no result twice, none skipped
        String query = URLEncoder.encode("Hòa Lạc " + marker, StandardCharsets.UTF_8);
        List<Long> paged = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(ids(Portal.json(Library.get("bql.soan", "/api/search?size=1&page=" + page + "&q=" + query).body())));
        }
        assertThat(paged).containsExactly(exact, folded);
    }

    @Test
    void versionsDownloadByteForByteAndRestoreAndCompareWork() throws Exception {
        byte[] v1 = Library.corpusBytes("de-an-2030-chuong-1.odt");
        byte[] v2 = Library.corpusBytes("de-an-2030-chuong-2.odt");
        long id = Library.uploadOk("bql.soan", "de-an.odt", v1, Map.of("title", "Đề án " + UUID.randomUUID()))
                .getJsonNumber("id").longValue();
        HttpResponse<String> second = Library.addVersion("bql.soan", id, "de-an-chuong-2.odt", v2, 1, "Thay chương");
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/versions/2/content"));

        assertThat(sha(download(id, 1))).isEqualTo(sha(v1));
        assertThat(sha(download(id, 2))).isEqualTo(sha(v2));
        HttpResponse<byte[]> content = Library.getBytes("bql.soan", "/api/documents/" + id + "/versions/2/content");
        assertThat(content.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment; filename=\"de-an-chuong-2.odt\""));

        HttpResponse<String> restored = Library.post("bql.soan", "/api/documents/" + id + "/versions/1/restore");
        assertThat(restored.statusCode()).isEqualTo(201);
        JsonObject document = Portal.json(restored.body());
        assertThat(document.getInt("currentVersion")).isEqualTo(3);
        assertThat(Library.currentVersion(document).getInt("restoredFrom")).isEqualTo(1);
        assertThat(sha(download(id, 3))).isEqualTo(sha(v1));

        Library.awaitExtraction("bql.soan", id, EXTRACTION);
        awaitVersionDone(id, 2);
        JsonObject comparison = Portal.json(Library.get("bql.soan", "/api/documents/" + id + "/compare?from=1&to=2").body());
        assertThat(comparison.getString("diff")).contains("--- v1", "+++ v2", "-", "+").contains("Sàn giao dịch công nghệ Hà Nội");
    }

    @Test
    void aNewVersionFromAStaleBaseIsRefusedWith409AndNothingIsLost() {
        long id = Library.uploadOk("bql.soan", "ke-hoach.txt", "Bản 1".getBytes(StandardCharsets.UTF_8), Map.of())
                .getJsonNumber("id").longValue();
        assertThat(Library.addVersion("bql.soan", id, "ke-hoach.txt", "Bản 2 của người thứ nhất".getBytes(StandardCharsets.UTF_8), 1, null)
                .statusCode()).isEqualTo(201);

        HttpResponse<String> late = Library.addVersion("bql.soan", id, "ke-hoach.txt",
                "Bản 2 của người thứ hai".getBytes(StandardCharsets.UTF_8), 1, null);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(Portal.json(late.body()).getString("error")).contains("phiên bản 2");

        JsonObject document = Portal.json(Library.get("bql.soan", "/api/documents/" + id).body());
        assertThat(document.getInt("currentVersion")).isEqualTo(2);
        assertThat(new String(download(id, 2), StandardCharsets.UTF_8)).isEqualTo("Bản 2 của người thứ nhất");
    }

    @Test
    void aUniversityCannotReadAnotherOrganizationsPrivateDocument() {
        String secret = "Bimat" + UUID.randomUUID().toString().substring(0, 8);
        long id = Library.uploadOk("dhbk.gopy", "noi-bo.txt", ("Tài liệu nội bộ " + secret).getBytes(StandardCharsets.UTF_8),
                Map.of("visibility", "ORGANIZATION", "title", "Nội bộ ĐHBK")).getJsonNumber("id").longValue();
        Library.awaitExtraction("dhbk.gopy", id, EXTRACTION);

        for (String path : List.of("", "/versions/1/content", "/versions/1/text", "/compare?from=1&to=1")) {
            HttpResponse<String> response = Library.get("dhqg.gopy", "/api/documents/" + id + path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).doesNotContain(secret).doesNotContain("Nội bộ ĐHBK");
        }
        assertThat(Library.post("dhqg.gopy", "/api/documents/" + id + "/versions/1/restore").statusCode()).isEqualTo(404);
        assertThat(Library.addVersion("dhqg.gopy", id, "x.txt", "x".getBytes(StandardCharsets.UTF_8), 1, null).statusCode()).isEqualTo(404);
        assertThat(ids(Library.search("dhqg.gopy", secret))).doesNotContain(id);
        HttpResponse<String> list = Library.get("dhqg.gopy", "/api/documents?size=200");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(secret).doesNotContain("Nội bộ ĐHBK");
        HttpResponse<String> ownList = Library.get("dhbk.gopy", "/api/documents?size=200&title=" + URLEncoder.encode("Nội bộ", StandardCharsets.UTF_8));
        assertThat(ownList.statusCode()).isEqualTo(200);
        assertThat(ownList.body()).contains("Nội bộ ĐHBK");

        assertThat(ids(Library.search("dhbk.gopy", secret))).contains(id);
        assertThat(ids(Library.search("bcd.pheduyet", secret))).as("the committee reads everything").contains(id);
        assertThat(Library.get("bql.soan", "/api/documents/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyTheOwningOrganizationAddsVersions() {
        long id = Library.uploadOk("hvnn.gopy", "de-xuat.txt", "Đề xuất".getBytes(StandardCharsets.UTF_8), Map.of())
                .getJsonNumber("id").longValue();
        HttpResponse<String> response = Library.addVersion("dhbk.gopy", id, "x.txt", "sửa".getBytes(StandardCharsets.UTF_8), 1, null);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Library.post("dhbk.gopy", "/api/documents/" + id + "/versions/1/restore").statusCode()).isEqualTo(403);
    }

    @Test
    void emptyAndOversizedFilesAreRefusedWithAClearMessage() {
        HttpResponse<String> empty = Library.upload("bql.soan", "rong.pdf", new byte[0], Map.of());
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Portal.json(empty.body()).getString("error")).contains("rỗng");

        long limit = Long.parseLong(PortalStackExtension.config().portalSetting("UPLOAD_MAX_BYTES").orElse("209715200"));
        HttpResponse<String> big = Library.upload("bql.soan", "lon.bin", new byte[(int) limit + 1], Map.of());
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(Portal.json(big.body()).getString("error")).contains("MB");
    }

    @Test
    void identicalBytesAreStoredOnceAndExtractedOnce() {
        byte[] bytes = ("Nội dung trùng " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        long a = Library.uploadOk("bql.soan", "a.txt", bytes, Map.of()).getJsonNumber("id").longValue();
        long b = Library.uploadOk("bql.soan", "b.txt", bytes, Map.of()).getJsonNumber("id").longValue();
        JsonObject first = Library.currentVersion(Library.awaitExtraction("bql.soan", a, EXTRACTION));
        JsonObject second = Library.currentVersion(Library.awaitExtraction("bql.soan", b, EXTRACTION));
        assertThat(second.getString("sha256")).isEqualTo(first.getString("sha256"));
        assertThat(second.getJsonObject("extraction").getString("status")).isEqualTo("DONE");
    }

    @Test
    void anInvalidRequestIsA400WithDetailsNeverA500() {
        assertThat(Library.get("bql.soan", "/api/documents?page=-1").statusCode()).isEqualTo(400);
        assertThat(Library.get("bql.soan", "/api/documents/123456789").statusCode()).isEqualTo(404);
        assertThat(Library.get("bql.soan", "/api/documents/abc").statusCode()).isEqualTo(404);
        HttpResponse<String> badVisibility = Library.upload("bql.soan", "x.txt", "x".getBytes(StandardCharsets.UTF_8),
                Map.of("visibility", "EVERYONE"));
        assertThat(badVisibility.statusCode()).isEqualTo(400);
        assertThat(Portal.json(badVisibility.body()).getJsonArray("details").getValuesAs(JsonString::getString)).isNotEmpty();
        assertThat(Library.get("bql.soan", "/api/documents/1/compare").statusCode()).isIn(400, 404);
    }

    @Test
    void withoutATitleTheFilesOwnTitleIsUsedOnceExtracted() {
        String title = "Thỏa thuận mẫu " + UUID.randomUUID().toString().substring(0, 6);
        byte[] html = ("<html><head><title>" + title + "</title></head><body><p>Nội dung</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        JsonObject created = Library.uploadOk("bql.soan", "thoa-thuan-mau.html", html, Map.of());
        assertThat(created.getString("title")).isEqualTo("thoa-thuan-mau");
        JsonObject extracted = Library.awaitExtraction("bql.soan", created.getJsonNumber("id").longValue(), EXTRACTION);
        assertThat(extracted.getString("title")).isEqualTo(title);

        JsonObject named = Library.uploadOk("bql.soan", "khac.html", html, Map.of("title", "Tên do người dùng đặt"));
        assertThat(Library.awaitExtraction("bql.soan", named.getJsonNumber("id").longValue(), EXTRACTION).getString("title"))
                .as("a title the user gave is kept").isEqualTo("Tên do người dùng đặt");
    }

    @Test
    void theListIsPagedSortedAndFiltered() {
        String category = "Danh sách " + UUID.randomUUID().toString().substring(0, 6);
        for (String title : List.of("Cờ", "Đào", "Ánh", "Dung", "Bình")) {
            Library.uploadOk("bql.soan", title + ".txt", (title + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8),
                    Map.of("title", title, "category", category));
        }
        String base = "/api/documents?category=" + URLEncoder.encode(category, StandardCharsets.UTF_8);
        HttpResponse<String> page = Library.get("bql.soan", base + "&size=2&sort=title&asc=true");
        assertThat(page.statusCode()).isEqualTo(200);
        JsonObject first = Portal.json(page.body());
        assertThat(first.getInt("total")).isEqualTo(5);
        // Vietnamese alphabetical order (A Ă Â B C D Đ …), not code points, which put Á and Đ after Z
        assertThat(first.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("title")).containsExactly("Ánh", "Bình");
        JsonObject second = Portal.json(Library.get("bql.soan", base + "&size=2&page=1&sort=title&asc=true").body());
        assertThat(second.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("title")).containsExactly("Cờ", "Dung");
        JsonObject third = Portal.json(Library.get("bql.soan", base + "&size=2&page=2&sort=title&asc=true").body());
        assertThat(third.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("title")).containsExactly("Đào");
        JsonObject filtered = Portal.json(Library.get("bql.soan", base + "&title=binh").body());
        assertThat(filtered.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("title")).containsExactly("Bình");
    }

    @Test
    void withoutATokenTheLibraryIsClosed() {
        assertThat(Portal.get("/api/documents", null).statusCode()).isEqualTo(401);
        assertThat(Portal.get("/api/search?q=hoa", null).statusCode()).isEqualTo(401);
    }

    private static void awaitVersionDone(long id, int number) {
        eventually(EXTRACTION, Duration.ofMillis(500), () -> {
            JsonObject document = Portal.json(Library.get("bql.soan", "/api/documents/" + id).body());
            String status = document.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                    .filter(v -> v.getInt("number") == number).findFirst().orElseThrow()
                    .getJsonObject("extraction").getString("status");
            assertThat(status).as("extraction of version " + number + " of " + id).isEqualTo("DONE");
        });
    }

    static List<Long> ids(JsonObject searchResult) {
        return searchResult.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    private static byte[] download(long id, int number) {
        HttpResponse<byte[]> response = Library.getBytes("bql.soan", "/api/documents/" + id + "/versions/" + number + "/content");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
