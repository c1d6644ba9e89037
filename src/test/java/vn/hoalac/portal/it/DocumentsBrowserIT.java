package vn.hoalac.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoalac.portal.it.Eventually.eventually;

/** The document library as people use it: in Chromium, logged in through Keycloak. */
@ExtendWith(PortalStackExtension.class)
class DocumentsBrowserIT {

    static final List<String> CORPUS = List.of(
            "chi-tieu-2030.xlsx", "de-an-2030-chuong-1.docx", "de-an-2030-chuong-1.odt", "de-an-2030-chuong-1.pdf",
            "de-an-2030-chuong-2.docx", "de-an-2030-chuong-2.odt", "de-an-2030-chuong-2.pdf",
            "de-xuat-phong-thi-nghiem-ban-quet.pdf", "de-xuat-phong-thi-nghiem.docx", "de-xuat-phong-thi-nghiem.odt",
            "de-xuat-phong-thi-nghiem.pdf", "de-xuat-phong-thi-nghiem.rtf", "thoa-thuan-hop-tac-dhbk.docx",
            "thoa-thuan-hop-tac-dhbk.html", "thoa-thuan-hop-tac-dhbk.odt", "thoa-thuan-hop-tac-dhbk.pdf");

    @Test
    void aParkManagerUploadsTheWholeCorpusAtOnceAndFindsItByItsContent() {
        String category = "Trình duyệt " + UUID.randomUUID().toString().substring(0, 6);
        var since = ServerLog.mark();
        try (Browser browser = new Browser()) {
            browser.loginAs("bql.soan");
            browser.open("/documents/index.xhtml");
            browser.waitFor(By.id("library:open-upload")).click();
            WebElement categoryField = browser.waitFor(By.id("upload:category"));
            categoryField.sendKeys(category);
            browser.driver().findElement(By.id("upload:tags")).click(); // leaving the field saves it
            waitForAjax(browser);
            WebElement input = browser.driver().findElement(By.cssSelector("#upload\\:files input[type=file]"));
            input.sendKeys(CORPUS.stream().map(f -> Library.corpus(f).toAbsolutePath().toString()).collect(Collectors.joining("\n")));

            // the dialog lists every file as it is answered (three go up at a time), each with what became of it
            String query = "/api/documents?size=50&category=" + URLEncoder.encode(category, StandardCharsets.UTF_8);
            try {
                eventually(Duration.ofSeconds(90), () -> assertThat(uploadResults(browser)).hasSize(CORPUS.size()));
                assertThat(uploadResults(browser)).as("the dialog's results").containsExactlyInAnyOrderElementsOf(
                        CORPUS.stream().map(f -> f + " đã lưu").toList());
                assertThat(browser.text(By.id("upload:summary"))).contains(CORPUS.size() + " tệp đã lưu, 0 tệp chưa lưu");
                assertThat(Portal.json(Library.get("bql.soan", query).body()).getInt("total")).isEqualTo(CORPUS.size());
            } catch (AssertionError e) {
                browser.screenshot("failed-corpus-upload");
                throw new AssertionError(e.getMessage() + "; dialog: " + browser.driver().findElement(By.id("upload-dialog")).getText()
                        + "; documents: " + Library.get("bql.soan", query).body() + "; server errors: " + ServerLog.errorsSince(since), e);
            }
            browser.screenshot("documents-upload-dialog");

            // the scan: its page shows the OCR'd text once extraction is done, without a reload
            long scan = Portal.json(Library.get("bql.soan", query).body()).getJsonArray("items").getValuesAs(JsonObject.class)
                    .stream().filter(i -> i.getString("filename").equals("de-xuat-phong-thi-nghiem-ban-quet.pdf"))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
            browser.open("/documents/view.xhtml?id=" + scan);
            new WebDriverWait(browser.driver(), Duration.ofMinutes(3))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("extraction-status"), "Đã trích xuất"));
            assertThat(browser.text(By.id("extracted-text"))).contains("Trường Đại học Nông nghiệp");
            assertThat(browser.text(By.id("ocr"))).isEqualTo("Có");
            assertThat(browser.text(By.id("content-type"))).isEqualTo("PDF");
            assertThat(browser.driver().findElement(By.id("content-type")).getAttribute("title")).isEqualTo("application/pdf");
            browser.screenshot("document-scan");

            browser.open("/documents/index.xhtml");
            assertThat(browser.text(By.id("library:documents"))).contains("de-xuat-phong-thi-nghiem-ban-quet", category);
            browser.screenshot("documents-library");

            browser.waitFor(By.id("search-q")).sendKeys("phong thi nghiem sinh hoc");
            browser.driver().findElement(By.id("search-submit")).click();
            browser.waitFor(By.id("results"));
            assertThat(browser.text(By.id("result-count"))).contains("kết quả");
            assertThat(browser.driver().findElements(By.cssSelector(".hit-snippet mark"))).isNotEmpty();
            assertThat(browser.text(By.id("results"))).contains("de-xuat-phong-thi-nghiem");
            assertThat(browser.text(By.id("facets"))).contains("Loại tài liệu", category);
            browser.screenshot("search-results");
        }
    }

    @Test
    void aStalePageCannotOverwriteANewerVersionAndThePersonIsTold() throws IOException {
        long id = Library.uploadOk("bql.soan", "ke-hoach.txt", "Kế hoạch bản 1".getBytes(StandardCharsets.UTF_8),
                Map.of("title", "Kế hoạch " + UUID.randomUUID())).getJsonNumber("id").longValue();
        Path first = Files.writeString(Files.createTempFile("ban-2a", ".txt"), "Kế hoạch bản 2 của người thứ nhất");
        Path second = Files.writeString(Files.createTempFile("ban-2b", ".txt"), "Kế hoạch bản 2 của người thứ hai");
        try (Browser a = new Browser(); Browser b = new Browser()) {
            a.loginAs("bql.soan");
            b.loginAs("bql.soan"); // a second session of the owning organization (the administrator changes no files)
            a.open("/documents/view.xhtml?id=" + id);
            b.open("/documents/view.xhtml?id=" + id);

            a.waitFor(By.id("new-version:note")).sendKeys("Sửa mục tiêu");
            a.driver().findElement(By.tagName("h1")).click(); // leaving the field saves the note
            waitForAjax(a);
            a.driver().findElement(By.id("new-version:version-file_input")).sendKeys(first.toString());
            a.screenshot("stale-a");
            new WebDriverWait(a.driver(), Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã tạo phiên bản 2"));

            b.driver().findElement(By.id("new-version:version-file_input")).sendKeys(second.toString());
            new WebDriverWait(b.driver(), Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Xung đột phiên bản"));
            assertThat(b.text(By.id("messages"))).contains("phiên bản 2", "bql.soan");
            b.screenshot("document-conflict");
        }
        JsonObject document = Portal.json(Library.get("bql.soan", "/api/documents/" + id).body());
        assertThat(document.getInt("currentVersion")).isEqualTo(2);
        assertThat(new String(Library.getBytes("bql.soan", "/api/documents/" + id + "/versions/2/content").body(), StandardCharsets.UTF_8))
                .isEqualTo("Kế hoạch bản 2 của người thứ nhất");
    }

    @Test
    void restoringAnOldVersionAsksFirstAndComparingShowsTheChanges() {
        long id = Library.uploadOk("bql.soan", "chuong-1.odt", Library.corpusBytes("de-an-2030-chuong-1.odt"),
                Map.of("title", "Đề án " + UUID.randomUUID())).getJsonNumber("id").longValue();
        Library.addVersion("bql.soan", id, "chuong-2.odt", Library.corpusBytes("de-an-2030-chuong-2.odt"), 1, "Chương II");
        Library.awaitExtraction("bql.soan", id, Duration.ofMinutes(3));
        try (Browser browser = new Browser()) {
            browser.loginAs("bql.soan");
            browser.open("/documents/view.xhtml?id=" + id);
            browser.waitFor(By.id("doc:compare-button")).click();
            WebElement diff = browser.waitFor(By.id("diff-table"));
            assertThat(diff.findElements(By.tagName("ins"))).isNotEmpty();
            assertThat(diff.getText()).contains("Sàn giao dịch công nghệ Hà Nội");
            browser.screenshot("document-compare");

            browser.driver().findElement(By.cssSelector("[id$='restore']")).click();
            browser.waitFor(By.id("confirm-yes")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã khôi phục phiên bản 1 thành phiên bản 3"));
        }
        assertThat(Portal.json(Library.get("bql.soan", "/api/documents/" + id).body()).getInt("currentVersion")).isEqualTo(3);
    }

    @Test
    void anEmptyFileIsRefusedWithAClearMessageThatStaysAndTheOthersStillArrive() throws IOException {
        Path empty = Files.createTempFile("rong", ".docx");
        Path fine = Files.writeString(Files.createTempFile("hop-le", ".txt"), "Tệp hợp lệ " + UUID.randomUUID());
        Path after = Files.writeString(Files.createTempFile("sau-do", ".txt"), "Tệp đến sau " + UUID.randomUUID());
        Path big = Files.write(Files.createTempFile("qua-lon", ".txt"), new byte[6 * 1024 * 1024]); // the tests' limit is 5 MB
        try (Browser browser = new Browser()) {
            browser.loginAs("hvnn.gopy");
            browser.open("/documents/index.xhtml");
            browser.waitFor(By.id("library:open-upload")).click();
            browser.waitFor(By.id("upload:category"));
            browser.driver().findElement(By.id("upload:files_input"))
                    .sendKeys(fine + "\n" + big + "\n" + empty + "\n" + after);
            eventually(Duration.ofSeconds(30), () -> assertThat(uploadResults(browser)).hasSize(3));
            // the browser does not send the file over the limit; its refusal is named under the picker and stays too
            assertThat(browser.text(By.cssSelector(".upload-refused")))
                    .isEqualTo("Không gửi " + big.getFileName() + ": Tệp vượt quá giới hạn 5 MB.");
            // the refusal is still on screen after the file that came after it was stored
            assertThat(uploadResults(browser)).containsExactlyInAnyOrder(
                    fine.getFileName() + " đã lưu",
                    empty.getFileName() + " chưa lưu: Tệp rỗng (0 byte): không có gì để lưu",
                    after.getFileName() + " đã lưu");
            assertThat(browser.text(By.id("upload:summary"))).contains("2 tệp đã lưu, 1 tệp chưa lưu");
            assertThat(browser.driver().findElement(By.cssSelector(".upload-result-rejected")).getText()).contains(empty.getFileName().toString());
            browser.screenshot("upload-rejected");

            // a stored file's line opens its document
            browser.driver().findElement(By.linkText(fine.getFileName().toString())).click();
            assertThat(browser.waitFor(By.id("doc-organization")).getText()).isEqualTo("HVNN");
            assertThat(browser.driver().getCurrentUrl()).contains("/documents/view.xhtml?id=");
        }
        String mine = Library.get("hvnn.gopy", "/api/documents?size=200").body();
        assertThat(mine).contains(fine.getFileName().toString(), after.getFileName().toString());
        assertThat(mine).doesNotContain(empty.getFileName().toString(), big.getFileName().toString());
    }

    @Test
    void aFileWithoutAnAnswerFromTheServerIsNamedNextToItsWidget() throws IOException {
        long id = Library.uploadOk("hvnn.gopy", "ban-1.txt", "Bản 1".getBytes(StandardCharsets.UTF_8),
                Map.of("title", "Mất phiên " + UUID.randomUUID())).getJsonNumber("id").longValue();
        Path file = Files.writeString(Files.createTempFile("mat-phien", ".txt"), "Tệp gửi khi đã hết phiên " + UUID.randomUUID());
        // the library's upload dialog and a document's new version: every upload widget says it the same way
        Map<String, By> widgets = Map.of("/documents/index.xhtml", By.id("upload:files_input"),
                "/documents/view.xhtml?id=" + id, By.id("new-version:version-file_input"));
        for (var widget : widgets.entrySet()) {
            try (Browser browser = new Browser()) {
                browser.loginAs("hvnn.gopy");
                browser.open(widget.getKey());
                if (widget.getKey().startsWith("/documents/index")) {
                    browser.waitFor(By.id("library:open-upload")).click();
                    browser.waitFor(By.id("upload:category"));
                } else {
                    browser.waitFor(By.id("new-version:note"));
                }
                WebElement input = browser.driver().findElement(widget.getValue()); // hidden behind its "choose" button
                assertThat(browser.driver().findElements(By.cssSelector(".upload-transport-error"))).isEmpty();
                browser.driver().manage().deleteAllCookies(); // the session ends while the page is open: the request never arrives
                input.sendKeys(file.toString());
                WebElement note = new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".upload-transport-error")));
                assertThat(note.getText()).as(widget.getKey())
                        .startsWith("Không nhận được trả lời của máy chủ cho: " + file.getFileName() + ".")
                        .contains("tệp có thể chưa được lưu");
                ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", note);
                browser.screenshot("upload-transport-error-" + (widget.getKey().startsWith("/documents/index") ? "library" : "version"));
                // on the way, the request was sent on to the login page, which the page's policy does not connect to
                assertThat(browser.cspViolations()).isNotEmpty().allSatisfy(v -> assertThat(v).contains("openid-connect/auth", "connect-src"));
            }
        }
        assertThat(Library.get("hvnn.gopy", "/api/documents?size=200").body()).doesNotContain(file.getFileName().toString());
        assertThat(Portal.json(Library.get("hvnn.gopy", "/api/documents/" + id).body()).getInt("currentVersion")).isEqualTo(1);
    }

    @Test
    void aDocumentCarryingScriptsIsShownAsTextEverywhereAndNothingRuns() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String payload = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=1\">";
        String html = "<html><head><title>" + payload + "</title></head><body><p>Tấn công " + marker + " "
                + payload.replace("<", "&lt;").replace(">", "&gt;") + "</p></body></html>";
        long id = Library.uploadOk("dhbk.gopy", "tan-cong.html", html.getBytes(StandardCharsets.UTF_8),
                Map.of("title", "Tài liệu " + payload, "tags", "<b>x</b>", "category", "<i>XSS</i>")).getJsonNumber("id").longValue();
        Library.awaitExtraction("dhbk.gopy", id, Duration.ofMinutes(2));
        try (Browser browser = new Browser()) {
            browser.loginAs("dhbk.gopy");
            for (String page : List.of("/documents/index.xhtml", "/documents/view.xhtml?id=" + id, "/search.xhtml?q=" + marker)) {
                browser.open(page);
                browser.waitFor(By.className("portal-title"));
                assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
                assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__xss")).as(page).isNull();
                assertThat(browser.driver().findElement(By.tagName("body")).getText()).as(page).contains("<script>");
            }
            browser.screenshot("xss-search");
        }
    }

    @Test
    void anotherUniversityCannotOpenAPrivateDocumentByItsPageOrItsDownloadLink() {
        String secret = "Riêng tư " + UUID.randomUUID().toString().substring(0, 8);
        long id = Library.uploadOk("hvnn.gopy", "rieng.txt", secret.getBytes(StandardCharsets.UTF_8),
                Map.of("visibility", "ORGANIZATION", "title", secret)).getJsonNumber("id").longValue();
        try (Browser browser = new Browser()) {
            browser.loginAs("dhbk.gopy");
            browser.open("/documents/view.xhtml?id=" + id);
            assertThat(browser.text(By.id("error-title"))).isEqualTo("Không tìm thấy trang");
            assertThat(browser.driver().getPageSource()).doesNotContain(secret);
            var page = Portal.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Portal.url("/documents/view.xhtml?id=" + id)))
                    .header("Cookie", browser.cookieHeader()).GET().build());
            assertThat(page.statusCode()).isEqualTo(404);
            var download = Portal.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Portal.url("/files/download?id=" + id + "&v=1")))
                    .header("Cookie", browser.cookieHeader()).GET().build());
            assertThat(download.statusCode()).isEqualTo(404);
            assertThat(download.body()).doesNotContain(secret);

            browser.open("/documents/index.xhtml");
            assertThat(browser.text(By.id("library:documents"))).doesNotContain(secret);
        }
        try (Browser owner = new Browser()) {
            owner.loginAs("hvnn.gopy");
            var download = Portal.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Portal.url("/files/download?id=" + id + "&v=1")))
                    .header("Cookie", owner.cookieHeader()).GET().build());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(secret);
            assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
        }
    }

    /** The upload dialog's result lines ("file name" + what became of it), in the order the files were answered. */
    static List<String> uploadResults(Browser browser) {
        // read in one script: the list is re-rendered after every file, so elements found earlier go stale
        Object lines = ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('[id=\"upload:results\"] li.upload-result'), li => li.innerText)");
        return ((List<?>) lines).stream().map(l -> l.toString().replaceAll("\\s+", " ").strip()).toList();
    }

    private static void waitForAjax(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()")));
    }
}
