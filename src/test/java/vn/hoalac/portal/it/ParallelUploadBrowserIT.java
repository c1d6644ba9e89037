package vn.hoalac.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.it.Eventually.eventually;

/**
 * The library's upload dialog sends three files at a time. A batch of the whole corpus three times over (the same
 * bytes under the same names), an empty file and one over the size limit: every file is listed with what became of
 * it, never missing, and the library holds each content once.
 */
@ExtendWith(PortalStackExtension.class)
class ParallelUploadBrowserIT {

    private static final int ROUNDS = 3;

    @Test
    void theCorpusThreeTimesOverInParallelIsListedFileByFileAndStoredOnceEach() throws IOException {
        String category = "Song song " + UUID.randomUUID().toString().substring(0, 6);
        List<Path> files = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            Path dir = Files.createTempDirectory("vong-" + round);
            for (String name : DocumentsBrowserIT.CORPUS) {
                files.add(Files.copy(Library.corpus(name), dir.resolve(name)));
            }
        }
        Path empty = Files.createTempFile("rong", ".docx");
        Path big = Files.write(Files.createTempFile("qua-lon", ".pdf"), new byte[6 * 1024 * 1024]); // the tests' limit: 5 MB
        files.add(files.size() / 2, empty);
        files.add(big);
        // a park manager no other test knows: the uploads wear out nobody else's rate limit
        String user = TestUsers.create("bql.tailen", "BQL", "park-manager");
        var since = ServerLog.mark();
        try (Browser browser = new Browser()) {
            browser.driver().manage().window().setSize(new Dimension(1440, 900));
            browser.loginAs(user);
            openDialog(browser, category);
            choose(browser, files);

            String query = "/api/documents?size=100&category=" + URLEncoder.encode(category, StandardCharsets.UTF_8);
            int sent = files.size() - 1; // the file over the limit is not sent
            try {
                // while the batch goes up: a look at the dialog
                eventually(Duration.ofSeconds(60), Duration.ofMillis(50), () -> assertThat(uploadResults(browser)).hasSizeGreaterThan(6));
                browser.screenshot("upload-parallel-during-1440");
                eventually(Duration.ofSeconds(90), () -> assertThat(uploadResults(browser)).hasSize(sent));
                eventually(Duration.ofSeconds(10), () -> assertThat(uploadsInFlight(browser)).isZero());
                List<String> lines = uploadResults(browser);

                // each content once: stored from one of its three copies, the two others refused as duplicates of it
                for (String name : DocumentsBrowserIT.CORPUS) {
                    assertThat(lines).as(name).filteredOn(l -> l.startsWith(name + " ")).containsExactlyInAnyOrder(
                            name + " đã lưu",
                            name + " chưa lưu: trùng nội dung với tệp " + name + " đã gửi trên trang này (mỗi nội dung chỉ lưu một lần).",
                            name + " chưa lưu: trùng nội dung với tệp " + name + " đã gửi trên trang này (mỗi nội dung chỉ lưu một lần).");
                }
                // the empty file: not stored, with its reason
                assertThat(lines).filteredOn(l -> l.startsWith(empty.getFileName() + " ")).singleElement()
                        .satisfies(l -> assertThat(l).matches(java.util.regex.Pattern.quote(empty.getFileName() + " chưa lưu: ") + "\\S.+"));
                // the file over the limit: never sent, named under the picker with the reason
                assertThat(browser.text(By.cssSelector(".upload-refused")))
                        .isEqualTo("Không gửi " + big.getFileName() + ": Tệp vượt quá giới hạn 5 MB.");
                assertThat(browser.text(By.id("upload:summary")))
                        .contains(DocumentsBrowserIT.CORPUS.size() + " tệp đã lưu, " + (sent - DocumentsBrowserIT.CORPUS.size()) + " tệp chưa lưu");
                assertThat(browser.driver().findElements(By.cssSelector(".upload-transport-error"))).isEmpty();

                // the library holds exactly the stored files, once each
                List<String> stored = Portal.json(Library.get(user, query).body()).getJsonArray("items")
                        .getValuesAs(JsonObject.class).stream().map(i -> i.getString("filename")).toList();
                assertThat(stored).containsExactlyInAnyOrderElementsOf(DocumentsBrowserIT.CORPUS);
            } catch (AssertionError e) {
                browser.screenshot("failed-parallel-upload");
                throw new AssertionError(e.getMessage() + "; dialog: " + uploadResults(browser)
                        + "; documents: " + Library.get(user, query).body() + "; server errors: " + ServerLog.errorsSince(since), e);
            }
            browser.screenshot("upload-parallel-after-1440");
            scrollTo(browser, ".upload-result-rejected");
            browser.screenshot("upload-parallel-after-1440-refusals");

            // in English, on a phone: the same dialog during and after a batch of one round and a duplicate
            browser.open("/"); // the dialog's overlay covers the language switch
            browser.waitFor(By.id("language:lang-en")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> "en".equals(
                    d.findElement(By.tagName("html")).getDomAttribute("lang")));
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            openDialog(browser, category + " phone");
            List<Path> round = files.subList(0, DocumentsBrowserIT.CORPUS.size() + 1); // the last: a copy of the first
            choose(browser, round);
            eventually(Duration.ofSeconds(60), Duration.ofMillis(50), () -> assertThat(uploadResults(browser)).hasSizeGreaterThan(3));
            browser.screenshot("upload-parallel-during-390-en");
            eventually(Duration.ofSeconds(60), () -> assertThat(uploadResults(browser)).hasSize(round.size()));
            String first = round.getFirst().getFileName().toString();
            assertThat(uploadResults(browser)).filteredOn(l -> l.endsWith(" stored")).hasSize(DocumentsBrowserIT.CORPUS.size());
            assertThat(uploadResults(browser)).filteredOn(l -> l.contains(" not stored: ")).containsExactly(first
                    + " not stored: the same content as " + first + ", already sent from this page (each content is stored once).");
            scrollTo(browser, ".upload-result-rejected");
            browser.screenshot("upload-parallel-after-390-en");
        }
    }

    private static void scrollTo(Browser browser, String css) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector(arguments[0]).scrollIntoView({block: 'center'})", css);
    }

    /**
     * The same 48 files sent one at a time (as the dialog did before) and three at a time, in two fresh pages of the
     * same run; every file is stored both times. The times are written to target/upload-benchmark.txt for
     * docs/benchmarks.md (a measurement, not a pass mark).
     */
    @Test
    void measuresTheBatchOneAtATimeAndThreeAtATime() throws IOException {
        List<Path> files = new ArrayList<>();
        String marker = UUID.randomUUID().toString().substring(0, 6);
        for (int round = 1; round <= ROUNDS; round++) {
            Path dir = Files.createTempDirectory("do-" + round);
            for (String name : DocumentsBrowserIT.CORPUS) {
                // distinct bytes in each round (a space after the end of the file): none is a duplicate
                Path copy = Files.copy(Library.corpus(name), dir.resolve(round + "-" + name));
                Files.writeString(copy, " ".repeat(round), StandardOpenOption.APPEND);
                files.add(copy);
            }
        }
        String user = TestUsers.create("bql.do", "BQL", "park-manager");
        StringBuilder report = new StringBuilder();
        try (Browser browser = new Browser()) {
            browser.loginAs(user);
            for (int parallel : new int[]{1, 3}) {
                String category = "Đo " + marker + " " + parallel;
                openDialog(browser, category);
                // one at a time: the plugin's sequential mode, what the page used before
                ((JavascriptExecutor) browser.driver()).executeScript(
                        "$(PrimeFaces.escapeClientId('upload:files')).toggleClass('portal-upload-parallel', arguments[0] > 1)"
                                + ".fileupload('option', {sequentialUploads: arguments[0] === 1})", parallel);
                long start = System.nanoTime();
                choose(browser, files);
                eventually(Duration.ofSeconds(90), Duration.ofMillis(50), () -> assertThat(uploadResults(browser)).hasSize(files.size()));
                double seconds = (System.nanoTime() - start) / 1e9;
                assertThat(uploadResults(browser)).allSatisfy(l -> assertThat(l).endsWith(" đã lưu"));
                String query = "/api/documents?size=100&category=" + URLEncoder.encode(category, StandardCharsets.UTF_8);
                assertThat(Portal.json(Library.get(user, query).body()).getInt("total")).isEqualTo(files.size());
                report.append(String.format(Locale.ROOT, "%d files (%d KB), %d at a time: %.1f s%n", files.size(),
                        files.stream().mapToLong(ParallelUploadBrowserIT::size).sum() / 1024, parallel, seconds));
            }
        }
        System.out.print("UPLOAD BENCHMARK\n" + report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/upload-benchmark.txt"), report);
    }

    private static void openDialog(Browser browser, String category) {
        browser.open("/documents/index.xhtml");
        browser.waitFor(By.id("library:open-upload")).click();
        browser.waitFor(By.id("upload:category")).sendKeys(category);
        browser.driver().findElement(By.id("upload:tags")).click(); // leaving the field saves it
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return PrimeFaces.ajax.Queue.isEmpty()")));
    }

    private static void choose(Browser browser, List<Path> files) {
        browser.driver().findElement(By.id("upload:files_input"))
                .sendKeys(files.stream().map(Path::toString).collect(Collectors.joining("\n")));
    }

    private static List<String> uploadResults(Browser browser) {
        return DocumentsBrowserIT.uploadResults(browser);
    }

    /** Files of the widget still waiting or going up (PrimeFaces removes a file's row once it is answered). */
    private static long uploadsInFlight(Browser browser) {
        return (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelectorAll('[id=\"upload:files\"] .ui-fileupload-row').length");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
