package vn.hoalac.portal.it.cluster;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.hoalac.portal.it.Browser;
import vn.hoalac.portal.it.Plans;
import vn.hoalac.portal.stack.PortalStack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.it.Eventually.eventually;

/**
 * Two instances behind nginx: a signed-in user whose instance is killed ({@code kill -9}) goes on without signing in
 * again on the other instance (an edit typed before the kill is saved from the same page), and the killed instance, once restarted, rejoins
 * the data grid and takes their session back (the case where the OpenID Connect context did not survive: it must
 * neither fail nor send the user to the "identity provider unavailable" page), where they can also log out.
 */
@ClusterTest
class SessionFailoverIT {

    private static final By SECTIONS_TAB = By.cssSelector("a[href='#tabs:tab-sections']");
    private static final By EDITOR = By.cssSelector("form.plan-section .ql-editor");
    private static final By SAVE = By.cssSelector("form.plan-section .section-save");

    @Test
    void aSignedInUserKeepsWorkingThroughTheLossOfTheirInstanceAndIsTakenBackByItOnceRestarted() throws IOException {
        PortalStack stack = ClusterStackExtension.stack();
        long id = Plans.createWithSection("Đề án thử chuyển máy chủ", "c1", "Chương I", "<p>Bản gốc.</p>");
        try (Browser park = new Browser()) {
            park.loginAs("bql.soan");
            park.open("/plans/plan.xhtml?id=" + id);
            park.waitFor(SECTIONS_TAB).click();
            park.waitFor(EDITOR);
            int served = servingInstance(park);
            // an edit in progress: typed, not saved yet, when the instance serving the page dies
            type(park, " Viết trước khi máy chủ tắt.");

            stack.killInstance(served);
            // the same page, not reloaded: its view (kept in the session) goes on on the other instance
            park.driver().findElement(SAVE).click();
            park.awaitMessage("Đã lưu mục");
            assertThat(savedBody(id)).as("the edit typed before the failover").contains("Viết trước khi máy chủ tắt.");
            park.open("/");
            assertThat(servingInstance(park)).as("the other instance serves the session now").isNotEqualTo(served);
            assertThat(park.text(By.id("welcome"))).isEqualTo("Xin chào, Nguyễn Văn Soạn");
            park.screenshot("cluster-after-kill");

            Path log = stack.config().instanceLog(served);
            long logged = Files.size(log); // the restarted process appends to the same log
            stack.startInstance(served);
            eventually(Duration.ofSeconds(60), () -> assertThat(dataGridSize(log, logged)).as("the data grid in " + log).isEqualTo(2));
            // nginx takes the restarted instance back, and sends this session (the hash of its cookie) to it again
            eventually(Duration.ofSeconds(60), Duration.ofSeconds(1), () -> {
                park.open("/plans/plan.xhtml?id=" + id);
                assertThat(servingInstance(park)).isEqualTo(served);
            });
            assertThat(park.text(By.id("plan-code"))).startsWith("IT-");
            assertThat(park.text(By.id("current-user"))).isEqualTo("Nguyễn Văn Soạn");
            park.waitFor(SECTIONS_TAB).click();
            assertThat(park.text(EDITOR)).contains("Viết trước khi máy chủ tắt.");
            type(park, " Và sửa tiếp trên máy chủ đã khởi động lại.");
            park.driver().findElement(SAVE).click();
            park.awaitMessage("Đã lưu mục");
            assertThat(savedBody(id)).contains("Và sửa tiếp trên máy chủ đã khởi động lại.");
            park.screenshot("cluster-back-on-restarted");

            // logging out still ends the session, at Keycloak too: the next visit asks for the password again
            park.driver().findElement(By.id("logout-button")).click();
            eventually(Duration.ofSeconds(30), () -> assertThat(park.driver().getCurrentUrl()).contains("/logged-out.xhtml"));
            park.open("/");
            park.assertOnKeycloak();
            park.waitFor(By.id("kc-login"));
        }
    }

    @Test
    void aRollingRestartOneInstanceAtATimeLogsNobodyOut() throws IOException {
        PortalStack stack = ClusterStackExtension.stack();
        try (Browser reviewer = new Browser()) {
            reviewer.loginAs("dhbk.gopy");
            for (int i = 1; i <= stack.instances(); i++) {
                Path log = stack.config().instanceLog(i);
                long logged = Files.size(log);
                stack.stopInstance(i); // SIGTERM: it drains (503), nginx moves on
                reviewer.open("/");
                assertThat(reviewer.text(By.id("welcome"))).as("while portal-" + i + " is down").isEqualTo("Xin chào, Trần Minh Hải");
                assertThat(servingInstance(reviewer)).isNotEqualTo(i);
                stack.startInstance(i);
                int restarted = i;
                eventually(Duration.ofSeconds(60), () -> assertThat(dataGridSize(log, logged)).isEqualTo(2));
                eventually(Duration.ofSeconds(30), Duration.ofSeconds(1), () -> {
                    reviewer.open("/");
                    assertThat(reviewer.text(By.id("welcome"))).as("after portal-" + restarted + " is back")
                            .isEqualTo("Xin chào, Trần Minh Hải");
                });
            }
            reviewer.screenshot("cluster-after-rolling-restart");
        }
    }

    /** Which instance serves this browser's session now: the X-Portal-Instance header of a request with its cookies. */
    static int servingInstance(Browser browser) {
        Object name = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/resources/css/portal.css', {cache: 'no-store', credentials: 'same-origin'})"
                        + ".then(r => done(r.headers.get('X-Portal-Instance'))).catch(e => done('error ' + e));");
        assertThat(name).as("X-Portal-Instance").asString().matches("portal-\\d");
        return Integer.parseInt(name.toString().substring("portal-".length()));
    }

    /** The size of the data grid the instance's log reported last after {@code from} ("Payara Data Grid State: ... DG Size: 2"). */
    static int dataGridSize(Path log, long from) throws IOException {
        int size = 0;
        byte[] all = Files.readAllBytes(log);
        String text = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            int at = line.indexOf("DG Size: ");
            if (at >= 0) {
                size = Integer.parseInt(line.substring(at + 9).replaceAll("^(\\d+).*", "$1"));
            }
        }
        return size;
    }

    private static String savedBody(long id) {
        return Plans.get("bql.soan", id).getJsonObject("draft").getJsonArray("sections").getJsonObject(0).getString("body");
    }

    private static void type(Browser browser, String text) {
        WebElement editor = browser.driver().findElement(EDITOR);
        editor.click();
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const r = document.createRange(); r.selectNodeContents(arguments[0]); r.collapse(false);"
                        + "const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);", editor);
        editor.sendKeys(text);
    }
}
