package vn.hoalac.portal.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal of the application layer itself (no Faces validator knows that a proposal's budget may not be negative:
 * ProposalDesk says so) reaches the page as a problem of one field: said beside that field, not beside its neighbour,
 * once, in the page's language, inside the dialog, with what the user typed still in every field.
 */
@ExtendWith(PortalStackExtension.class)
class FieldProblemBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** The field's block: its input and the message beside it. */
    private static WebElement field(Browser browser, String id) {
        return browser.waitFor(By.xpath("//*[@id='submit:" + id + "']/ancestor::div[contains(@class,'portal-field')][1]"));
    }

    private static void tryToSubmit(Browser university, String title) {
        university.open("/proposals/index.xhtml");
        university.waitFor(By.id("proposals:open-submit")).click();
        university.waitFor(By.id("submit:title")).sendKeys(title);
        university.driver().findElement(By.id("submit:purpose")).sendKeys("Phòng thí nghiệm dùng chung");
        university.driver().findElement(By.id("submit:budget")).sendKeys("-5");
        university.driver().findElement(By.id("submit:area")).sendKeys("120");
        university.driver().findElement(By.id("submit:submit-button")).click();
    }

    private static void awaitBeside(Browser browser, String id, String text) {
        new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> field(browser, id).getText().contains(text));
    }

    private static int occurrences(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    private static void assertTypedValuesStay(Browser university, String title) {
        assertThat(university.driver().findElement(By.id("submit:budget")).getAttribute("value")).as("the refused value stays").isEqualTo("-5");
        assertThat(university.driver().findElement(By.id("submit:area")).getAttribute("value")).isEqualTo("120");
        assertThat(university.driver().findElement(By.id("submit:title")).getAttribute("value")).isEqualTo(title);
    }

    @Test
    void theApplicationsRefusalOfOneFieldIsSaidBesideItInVietnameseAndInEnglishAndTheTypedValuesStay() {
        try (Browser hvnn = new Browser()) {
            hvnn.loginAs("hvnn.gopy");

            tryToSubmit(hvnn, "Đề xuất có kinh phí âm");
            String vietnamese = "Cần là một số không âm dưới 10^15, tối đa 6 chữ số thập phân";
            awaitBeside(hvnn, "budget", vietnamese);
            assertThat(field(hvnn, "area").getText()).as("not beside its neighbour").doesNotContain("không âm");
            assertThat(occurrences(hvnn.text(By.tagName("body")), vietnamese)).as("said once").isEqualTo(1);
            assertThat(hvnn.text(By.id("submit:dialog-messages"))).as("the refusal inside the dialog").contains("Đề xuất không hợp lệ");
            assertThat(hvnn.text(By.tagName("body"))).doesNotContain("budget");
            hvnn.screenshot("field-problem-vietnamese");
            assertTypedValuesStay(hvnn, "Đề xuất có kinh phí âm");

            hvnn.driver().findElement(By.cssSelector("#submit-dialog .ui-dialog-titlebar-close")).click();
            new WebDriverWait(hvnn.driver(), WAIT).until(d -> d.findElements(By.cssSelector(".ui-dialog-mask")).stream().noneMatch(m -> m.isDisplayed()));
            hvnn.driver().findElement(By.id("language:lang-en")).click();
            hvnn.awaitLanguage("en");
            tryToSubmit(hvnn, "A proposal with a negative budget");
            String english = "Must be a number from 0 to below 10^15 with at most 6 decimals";
            awaitBeside(hvnn, "budget", english);
            assertThat(field(hvnn, "area").getText()).doesNotContain("Must be a number");
            assertThat(occurrences(hvnn.text(By.tagName("body")), english)).isEqualTo(1);
            assertThat(hvnn.text(By.tagName("body"))).doesNotContain("không âm").doesNotContain("budget:");
            assertTypedValuesStay(hvnn, "A proposal with a negative budget");
            hvnn.screenshot("field-problem-english");

            hvnn.viewport(390, 844);
            hvnn.screenshot("field-problem-english-phone");
        }
    }
}
