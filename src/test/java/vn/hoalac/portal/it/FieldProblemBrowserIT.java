package vn.hoalac.portal.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal of the application layer itself (no Faces validator knows that a plan's vision year may not come before
 * its horizon year: PlanDrafting says so) reaches the page as a problem of one field: said beside that field, not
 * beside its neighbour, once, in the page's language, with what the user typed still in every field.
 */
@ExtendWith(PortalStackExtension.class)
class FieldProblemBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** The field's block: its input and the message beside it. */
    private static WebElement field(Browser browser, String id) {
        return browser.waitFor(By.xpath("//*[@id='create:" + id + "']/ancestor::div[contains(@class,'portal-field')][1]"));
    }

    private static void type(Browser browser, String id, String value) {
        WebElement input = browser.waitFor(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(Keys.BACK_SPACE);
        input.sendKeys(value);
    }

    private static void tryToCreate(Browser park, String code, String title) {
        park.open("/plans/index.xhtml");
        park.waitFor(By.id("plans:open-create")).click();
        park.waitFor(By.id("create:code")).sendKeys(code);
        park.driver().findElement(By.id("create:title")).sendKeys(title);
        type(park, "create:horizonYear_input", "2035");
        type(park, "create:visionYear_input", "2031");
        park.driver().findElement(By.id("create:create-button")).click();
    }

    private static void awaitBeside(Browser park, String id, String text) {
        new WebDriverWait(park.driver(), WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> field(park, id).getText().contains(text));
    }

    private static int occurrences(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void theApplicationsRefusalOfOneFieldIsSaidBesideItInVietnameseAndInEnglishAndTheTypedValuesStay() {
        String code = "DA-TAM-NHIN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");

            tryToCreate(park, code, "Đề án có năm tầm nhìn sai");
            String vietnamese = "Năm tầm nhìn phải từ 2035 (năm mục tiêu) đến 2100";
            awaitBeside(park, "visionYear", vietnamese);
            assertThat(field(park, "horizonYear").getText()).as("not beside its neighbour").doesNotContain("tầm nhìn phải");
            assertThat(occurrences(park.text(By.tagName("body")), vietnamese)).as("said once").isEqualTo(1);
            assertThat(park.text(By.tagName("body"))).doesNotContain("visionYear");
            assertThat(park.driver().findElement(By.id("create:visionYear_input")).getAttribute("value")).isEqualTo("2031");
            assertThat(park.driver().findElement(By.id("create:horizonYear_input")).getAttribute("value")).isEqualTo("2035");
            assertThat(park.driver().findElement(By.id("create:code")).getAttribute("value")).isEqualTo(code);
            park.screenshot("field-problem-vietnamese");

            park.driver().findElement(By.id("language:lang-en")).click();
            new WebDriverWait(park.driver(), WAIT).ignoring(StaleElementReferenceException.class)
                    .until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            tryToCreate(park, code, "A plan whose vision year is wrong");
            String english = "The vision year must be from 2035 (the horizon year) to 2100";
            awaitBeside(park, "visionYear", english);
            assertThat(field(park, "horizonYear").getText()).doesNotContain("vision year must");
            assertThat(occurrences(park.text(By.tagName("body")), english)).isEqualTo(1);
            assertThat(park.text(By.tagName("body"))).doesNotContain("Năm tầm nhìn").doesNotContain("visionYear");
            assertThat(park.driver().findElement(By.id("create:visionYear_input")).getAttribute("value")).isEqualTo("2031");
            assertThat(park.driver().findElement(By.id("create:title")).getAttribute("value")).isEqualTo("A plan whose vision year is wrong");
            park.screenshot("field-problem-english");

            park.viewport(390, 844);
            park.screenshot("field-problem-english-phone");
        }
    }
}
