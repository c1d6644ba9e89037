package vn.hoalac.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the portal stores about a file (why its text could not be read, that a version restores an older one) is kept
 * as a code, so each reader sees it in their own language: the pages in the page's language, the API in the
 * language of Accept-Language with the code and the technical detail beside the sentence.
 */
@ExtendWith(PortalStackExtension.class)
class StoredReasonLanguageIT {

    private static final String VIETNAMESE_LETTERS = ".*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*";

    private static JsonObject extraction(long id, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.url("/api/documents/" + id)))
                .header("Authorization", "Bearer " + Library.token("bql.soan"));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return Library.currentVersion(Portal.json(Portal.send(request.GET().build()).body())).getJsonObject("extraction");
    }

    private static void english(Browser browser) {
        browser.driver().findElement(By.id("language:lang-en")).click();
        browser.awaitLanguage("en");
    }

    @Test
    void aFailedExtractionSaysWhyInTheReadersLanguageWithItsCodeAndTheTechnicalDetail() {
        long id = Library.uploadOk("bql.soan", "cat-cut.pdf", HostileFilesIT.build("truncated.pdf"),
                Map.of("title", "Tệp cắt cụt " + UUID.randomUUID())).getJsonNumber("id").longValue();
        Library.awaitExtraction("bql.soan", id, Duration.ofMinutes(6));

        JsonObject vi = extraction(id, null);
        assertThat(vi.getString("status")).isEqualTo("FAILED");
        assertThat(vi.getString("errorCode")).isEqualTo("extraction.reason.truncated");
        assertThat(vi.getString("error")).startsWith("Tệp bị cắt cụt hoặc hỏng").doesNotContain("Missing root");
        assertThat(vi.getString("errorDetail")).as("the parser's words, for whoever investigates").contains("IOException")
                .doesNotMatch(VIETNAMESE_LETTERS);
        JsonObject en = extraction(id, "en-GB,en;q=0.9");
        assertThat(en.getString("errorCode")).isEqualTo(vi.getString("errorCode"));
        assertThat(en.getString("error")).startsWith("The file is truncated or damaged").doesNotMatch(VIETNAMESE_LETTERS);
        assertThat(en.getString("errorDetail")).isEqualTo(vi.getString("errorDetail"));

        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.open("/documents/view.xhtml?id=" + id);
            assertThat(park.text(By.id("doc:extraction-error"))).startsWith("Tệp bị cắt cụt hoặc hỏng");
            park.screenshot("extraction-reason-vietnamese");
            english(park);
            park.open("/documents/view.xhtml?id=" + id);
            assertThat(park.text(By.id("doc:extraction-error"))).startsWith("The file is truncated or damaged")
                    .doesNotMatch(VIETNAMESE_LETTERS);
            assertThat(park.driver().findElement(By.id("doc:extraction-error")).getAttribute("title")).as("the detail on hover")
                    .contains("IOException");
            park.screenshot("extraction-reason-english");
            park.viewport(390, 844);
            park.screenshot("extraction-reason-english-phone");
        }
    }

    @Test
    void aRestoreWithoutANoteReadsInThePagesLanguage() {
        long id = Library.uploadOk("bql.soan", "ban-1.txt", ("Bản một " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8),
                Map.of("title", "Khôi phục " + UUID.randomUUID())).getJsonNumber("id").longValue();
        assertThat(Library.addVersion("bql.soan", id, "ban-2.txt", ("Bản hai " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8),
                1, null).statusCode()).isEqualTo(201);
        JsonObject restored = Library.currentVersion(Portal.json(Library.post("bql.soan", "/api/documents/" + id + "/versions/1/restore").body()));
        assertThat(restored.getInt("restoredFrom")).isEqualTo(1);
        assertThat(restored.get("note")).as("no sentence stored in one language").isIn(null, jakarta.json.JsonValue.NULL);

        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.open("/documents/view.xhtml?id=" + id);
            assertThat(park.text(By.id("doc:versions"))).contains("Khôi phục từ phiên bản 1");
            ((org.openqa.selenium.JavascriptExecutor) park.driver()).executeScript(
                    "document.getElementById('doc:versions').scrollIntoView({block: 'center'})");
            park.screenshot("restored-from-vietnamese");
            english(park);
            park.open("/documents/view.xhtml?id=" + id);
            assertThat(park.text(By.id("doc:versions"))).contains("Restored from version 1").doesNotContain("Khôi phục");
            ((org.openqa.selenium.JavascriptExecutor) park.driver()).executeScript(
                    "document.getElementById('doc:versions').scrollIntoView({block: 'center'})");
            park.screenshot("restored-from-english");
        }
    }
}
