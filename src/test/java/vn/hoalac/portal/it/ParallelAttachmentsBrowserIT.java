package vn.hoalac.portal.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement form's and the proposal dialog's upload widgets take several files at once and send three at a time
 * (as the library's): every file chosen is then listed, attached or not stored with the reason, none missing, and
 * each attached one is in the library.
 */
@ExtendWith(PortalStackExtension.class)
class ParallelAttachmentsBrowserIT {

    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final int GOOD = 7;

    /** Seven files of distinct bytes whose names carry {@code token}, and an empty one (refused). */
    private static List<Path> files(String token) throws IOException {
        Path dir = Files.createTempDirectory("attachments");
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= GOOD; i++) {
            Path file = dir.resolve("phu-luc-" + token + "-" + i + ".txt");
            Files.writeString(file, "Phụ lục " + i + " của hồ sơ " + token + " " + UUID.randomUUID(), StandardCharsets.UTF_8);
            files.add(file);
        }
        Path empty = dir.resolve("rong-" + token + ".txt");
        Files.write(empty, new byte[0]);
        files.add(3, empty);
        return files;
    }

    private static void choose(Browser browser, String inputId, List<Path> files) {
        browser.driver().findElement(By.id(inputId)).sendKeys(files.stream().map(Path::toString).collect(Collectors.joining("\n")));
    }

    /** Waits until every file chosen is answered: listed as attached or as not stored; then the texts of both lists. */
    private static List<String> awaitListed(Browser browser, String list, String refused, int expected) {
        List<String> items = new ArrayList<>();
        try {
            return new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
                items.clear();
                d.findElements(By.cssSelector(list + " li")).forEach(li -> items.add(li.getText().strip()));
                d.findElements(By.cssSelector(refused + " li")).forEach(li -> items.add(li.getText().strip()));
                return items.size() == expected ? List.copyOf(items) : null;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("parallel-attachments-missing");
            throw new AssertionError("not every file listed: " + items + "; page says " + browser.text(By.tagName("main")), e);
        }
    }

    private static long concurrentUploadsAllowed(Browser browser, String widgetId) {
        return (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                "return $(document.getElementById(arguments[0])).fileupload('option', 'limitConcurrentUploads')", widgetId);
    }

    private static void assertEveryFileAccountedFor(List<String> listed, String token, String username) {
        for (int i = 1; i <= GOOD; i++) {
            String title = "phu-luc-" + token + "-" + i;
            assertThat(listed).as("file %d listed as attached", i).anySatisfy(item -> assertThat(item).startsWith(title));
        }
        assertThat(listed).as("the empty file named with why").anySatisfy(item ->
                assertThat(item).startsWith("rong-" + token + ".txt").contains("Tệp rỗng"));
        List<String> stored = Library.items(username, "/api/documents?size=100").stream().map(d -> d.getString("filename"))
                .filter(name -> name.contains(token)).toList();
        assertThat(stored).as("each attached file is in the library once, the empty one not")
                .hasSize(GOOD).doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).startsWith("phu-luc-"));
    }

    @Test
    void theAgreementFormTakesSeveralFilesAtOnceAndListsEachAttachedOrRefusedWithWhy() throws IOException {
        String token = "tt" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.open("/agreements/index.xhtml");
            park.waitFor(By.id("register:new-agreement")).click();
            WebElement widget = park.waitFor(By.id("agreement:file"));
            park.driver().findElement(By.id("agreement:title")).sendKeys("Thỏa thuận có nhiều phụ lục");
            choose(park, "agreement:file_input", files(token));
            List<String> listed = awaitListed(park, "#agreement-files", "[id='agreement:files'] .refused-files", GOOD + 1);
            assertThat(concurrentUploadsAllowed(park, "agreement:file")).as("three at a time").isEqualTo(3);
            assertThat(widget.isDisplayed()).isTrue();
            assertThat(park.driver().findElement(By.id("agreement:title")).getAttribute("value")).as("the form is not re-rendered")
                    .isEqualTo("Thỏa thuận có nhiều phụ lục");
            ((JavascriptExecutor) park.driver()).executeScript(
                    "document.getElementById('agreement:files').scrollIntoView({block: 'center'})");
            park.screenshot("agreement-parallel-attachments");
            assertEveryFileAccountedFor(listed, token, "bql.soan");
        }
    }

    @Test
    void theProposalDialogTakesSeveralFilesAtOnceAndListsEachAttachedOrRefusedWithWhy() throws IOException {
        String token = "dx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Browser hvnn = new Browser()) {
            hvnn.loginAs("hvnn.gopy");
            hvnn.open("/proposals/index.xhtml");
            hvnn.waitFor(By.id("proposals:open-submit")).click();
            hvnn.waitFor(By.id("submit:title")).sendKeys("Đề xuất có nhiều phụ lục");
            choose(hvnn, "submit:file_input", files(token));
            List<String> listed = awaitListed(hvnn, "#proposal-files", "[id='submit:files'] .refused-files", GOOD + 1);
            assertThat(concurrentUploadsAllowed(hvnn, "submit:file")).isEqualTo(3);
            assertThat(hvnn.driver().findElement(By.id("submit:title")).getAttribute("value")).isEqualTo("Đề xuất có nhiều phụ lục");
            ((JavascriptExecutor) hvnn.driver()).executeScript(
                    "document.getElementById('submit:files').scrollIntoView({block: 'center'})");
            hvnn.screenshot("proposal-parallel-attachments");
            assertEveryFileAccountedFor(listed, token, "hvnn.gopy");
        }
    }
}
