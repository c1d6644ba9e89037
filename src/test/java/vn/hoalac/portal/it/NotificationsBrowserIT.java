package vn.hoalac.portal.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, the pages of the notifications in Chromium against the real stack: a version the park submits (through
 * the API) makes a reviewer's bell count it without a reload (the page's poll); the notification page says it in
 * Vietnamese and English, opens its record and marks it read; mark all read; the filters; the phone layout. The
 * preferences page saves and shows the choice again; the unsubscribe link works without a login (and a bad token is
 * said so); following a record from its page. Refused: the count without a session (the login instead), another
 * user's notification opened by its id (nothing marked).
 */
@ExtendWith(PortalStackExtension.class)
class NotificationsBrowserIT {

    /** The poll's interval (NotificationBell.POLL_SECONDS) and a margin. */
    private static final Duration POLL = Duration.ofSeconds(75);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void theBellCountsWithoutAReloadAndTheListOpensTheRecord() throws Exception {
        String reviewer = TestUsers.create("dhbk.chuong", "DHBK", "university-reviewer");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser()) {
            browser.loginAs(reviewer); // the directory learns the new reviewer's roles at the sign-in
            WebElement bell = browser.waitFor(By.id("bell"));
            assertThat(bell.getAttribute("aria-label")).isEqualTo("Thông báo, không có thông báo chưa đọc");
            assertThat(bell.findElement(By.className("portal-bell-count")).isDisplayed()).isFalse();
            ((JavascriptExecutor) browser.driver()).executeScript("window.portalNotReloaded = true;");

            // the park submits a version to DHBK: every DHBK reviewer is notified
            String title = "Đề án chuông " + tag;
            long plan = Plans.createWithSection(title, "chuong-1", "Chương I", "<p>Khu công nghệ cao Hòa Lạc</p>");
            Plans.submit(plan, LocalDate.now().plusDays(10), "DHBK");

            new WebDriverWait(browser.driver(), POLL).until(d -> "1".equals(
                    d.findElement(By.cssSelector("#bell .portal-bell-count")).getText()));
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.portalNotReloaded === true;"))
                    .as("the count came without a reload").isEqualTo(true);
            assertThat(browser.driver().findElement(By.id("bell")).getAttribute("aria-label")).isEqualTo("Thông báo, 1 chưa đọc");
            browser.screenshot("notifications-bell-desktop");

            browser.driver().findElement(By.id("bell")).click();
            WebElement link = browser.waitFor(By.cssSelector("a.notification-link"));
            assertThat(link.getText()).contains("Nguyễn Văn Soạn").contains("đã gửi dự thảo lần 1 của " + title).contains("để góp ý");
            assertThat(browser.driver().findElement(By.id("notifications:mark-all")).getText()).contains("(1)");
            browser.screenshot("notifications-list-vi");

            browser.driver().findElement(By.id("language:lang-en")).click();
            new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.cssSelector("a.notification-link")).getText()
                    .contains("submitted draft 1 of " + title + " for review"));
            assertThat(browser.driver().findElement(By.id("bell")).getAttribute("aria-label")).isEqualTo("Notifications, 1 unread");
            browser.screenshot("notifications-list-en");
            browser.driver().findElement(By.id("language:lang-vi")).click();
            browser.waitFor(By.cssSelector("a.notification-link"));

            // opening it: the version's page, and the bell has nothing unread
            browser.driver().findElement(By.cssSelector("a.notification-link")).click();
            new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class).until(d -> d.getCurrentUrl().contains("/plans/version.xhtml?id=" + plan + "&n=1"));
            assertThat(browser.waitFor(By.id("bell")).getAttribute("aria-label")).isEqualTo("Thông báo, không có thông báo chưa đọc");

            // unread only (the default) is empty now; "all" shows it read
            browser.open("/notifications/index.xhtml");
            assertThat(browser.waitFor(By.id("notifications:list")).getText()).contains("Không có thông báo chưa đọc");
            browser.driver().findElement(By.xpath("//div[@id='notifications:show']//*[normalize-space()='Tất cả']")).click();
            new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class).until(d -> !d.findElements(By.cssSelector("tr.notification-read a.notification-link")).isEmpty());

            // two more; mark all read says how many
            for (int i = 2; i <= 3; i++) {
                long more = Plans.createWithSection(title + " " + i, "chuong-1", "Chương I", "<p>Hòa Lạc</p>");
                Plans.submit(more, LocalDate.now().plusDays(10), "DHBK");
            }
            browser.open("/notifications/index.xhtml");
            assertThat(browser.waitFor(By.id("bell")).getAttribute("aria-label")).isEqualTo("Thông báo, 2 chưa đọc");
            assertThat(browser.driver().findElements(By.cssSelector("tr.notification-unread"))).hasSize(2);

            // the kind filter, in words: a kind with none, then the kind of these
            choose(browser, "notifications:kind", "Góp ý được trả lời");
            new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("notifications:list")).getText()
                    .contains("Không có thông báo loại này"));
            choose(browser, "notifications:kind", "Dự thảo gửi góp ý");
            new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector("tr.notification-unread")).size() == 2);

            WebElement markAll = browser.driver().findElement(By.id("notifications:mark-all"));
            assertThat(markAll.getText()).contains("(2)");
            markAll.click();
            browser.awaitMessage("Đã đánh dấu 2 thông báo là đã đọc");
            new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector("tr.notification-unread")).isEmpty());
            assertThat(browser.driver().findElement(By.id("bell")).getAttribute("aria-label"))
                    .as("the bell of the same page, at once").isEqualTo("Thông báo, không có thông báo chưa đọc");
            browser.open("/index.xhtml");
            assertThat(browser.waitFor(By.id("bell")).getAttribute("aria-label")).isEqualTo("Thông báo, không có thông báo chưa đọc");

            // a phone: the bell beside the Menu button on the one-line header, the list readable
            browser.viewport(390, 844);
            browser.open("/notifications/index.xhtml");
            browser.driver().findElement(By.xpath("//div[@id='notifications:show']//*[normalize-space()='Tất cả']")).click();
            new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector("a.notification-link")).size() >= 3);
            WebElement phoneBell = browser.waitFor(By.id("bell"));
            WebElement menu = browser.driver().findElement(By.id("menu-button"));
            assertThat(phoneBell.isDisplayed()).isTrue();
            assertThat(Math.abs(phoneBell.getRect().getY() + phoneBell.getRect().getHeight() / 2
                    - (menu.getRect().getY() + menu.getRect().getHeight() / 2))).as("bell and menu on one line").isLessThan(12);
            assertThat(phoneBell.getRect().getX() + phoneBell.getRect().getWidth()).isLessThanOrEqualTo(menu.getRect().getX());
            WebElement first = browser.driver().findElement(By.cssSelector("a.notification-link"));
            assertThat(first.getRect().getX()).isGreaterThanOrEqualTo(0);
            assertThat(first.getRect().getX() + first.getRect().getWidth()).isLessThanOrEqualTo(390);
            assertThat(first.getRect().getWidth()).as("the sentence keeps most of the width").isGreaterThan(150);
            browser.screenshot("notifications-list-phone");
        }
    }

    @Test
    void theCountNeedsASessionAndAnotherUsersNotificationIsNotMarked() throws Exception {
        HttpResponse<String> anonymous = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("/notifications/unread-count")))
                .GET().build());
        assertThat(anonymous.statusCode()).as("no session: the login, not a count").isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).startsWith(Portal.issuer());
        assertThat(anonymous.body()).doesNotContain("unread");
        // the API does not take the browser's session for it either
        assertThat(Portal.get("/api/notifications", null).statusCode()).isEqualTo(401);

        String owner = TestUsers.create("dhbk.chu", "DHBK", "university-reviewer");
        String other = TestUsers.create("dhbk.khac", "DHBK", "university-reviewer");
        HttpLogin ownerLogin = HttpLogin.as(owner);
        HttpLogin otherLogin = HttpLogin.as(other);
        long plan = Plans.createWithSection("Đề án của người khác " + UUID.randomUUID().toString().substring(0, 6),
                "chuong-1", "Chương I", "<p>Hòa Lạc</p>");
        Plans.submit(plan, LocalDate.now().plusDays(10), "DHBK");
        long id = notificationOf(owner, plan);

        HttpResponse<String> count = otherLogin.portal(HttpRequest.newBuilder(URI.create(Portal.url("/notifications/unread-count"))).GET().build());
        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(count.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(count.body()).isEqualTo("{\"unread\":1}");

        // the other user opens the owner's notification by its id: sent to the record's page, nothing marked
        HttpResponse<String> opened = otherLogin.portal(HttpRequest.newBuilder(URI.create(Portal.url(
                "/notifications/open?id=" + id + "&type=PLAN_VERSION&record=" + plan + "/1"))).GET().build());
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(readAt(id)).as("someone else's notification stays unread").isNull();
        // where it leads is the record's page, never a place named in the link
        HttpResponse<String> elsewhere = otherLogin.portal(HttpRequest.newBuilder(URI.create(Portal.url(
                "/notifications/open?id=" + id + "&type=URL&record=//evil.example"))).GET().build());
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(readAt(id)).isNull();

        HttpResponse<String> own = ownerLogin.portal(HttpRequest.newBuilder(URI.create(Portal.url(
                "/notifications/open?id=" + id + "&type=PLAN_VERSION&record=" + plan + "/1"))).GET().build());
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(own.headers().firstValue("Location").orElse("")).endsWith("/plans/version.xhtml?id=" + plan + "&n=1");
        assertThat(readAt(id)).as("the owner's own opening marks it read").isNotNull();
    }

    @Test
    void preferencesAreSavedAndUnsubscribeWorksWithoutALogin() throws Exception {
        String user = TestUsers.create("hvnn.tuychon", "HVNN", "university-reviewer");
        String token;
        try (Browser browser = new Browser()) {
            browser.loginAs(user);
            // linked from the user's box in the header
            browser.driver().findElement(By.id("notification-preferences-link")).click();
            browser.waitFor(By.id("preferences:save"));
            assertThat(checkedMode(browser)).as("nothing stored: the default").isEqualTo("IMMEDIATE");
            assertThat(browser.driver().findElement(By.id("preferences:address")).getText()).isEqualTo(user + "@hoalac.test");
            assertThat(browser.driver().findElement(By.id("preferences:account-link")).getAttribute("href"))
                    .isEqualTo(Portal.issuer() + "/account");
            browser.screenshot("notifications-preferences-desktop");

            browser.driver().findElement(By.xpath("//label[normalize-space()='Một e-mail tổng hợp mỗi ngày']")).click();
            new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("preferences:urgent_input")).isEnabled());
            browser.driver().findElement(By.cssSelector("#preferences\\:urgent .ui-chkbox-box")).click();
            browser.driver().findElement(By.id("preferences:save")).click();
            browser.awaitMessage("Đã lưu cài đặt nhận thông báo");

            browser.open("/notifications/preferences.xhtml");
            browser.waitFor(By.id("preferences:save"));
            assertThat(checkedMode(browser)).isEqualTo("DIGEST");
            assertThat(browser.driver().findElement(By.id("preferences:urgent_input")).isSelected()).isFalse();

            browser.viewport(390, 844);
            browser.open("/notifications/preferences.xhtml");
            browser.waitFor(By.id("preferences:save"));
            browser.screenshot("notifications-preferences-phone");
            try (Connection db = Portal.database(); PreparedStatement q = db.prepareStatement(
                    "SELECT email_mode, urgent_immediate, unsubscribe_token FROM notification_preference WHERE username = ?")) {
                q.setString(1, user);
                try (ResultSet r = q.executeQuery()) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getString(1)).isEqualTo("DIGEST");
                    assertThat(r.getBoolean(2)).isFalse();
                    token = r.getString(3);
                }
            }
        }
        // a browser that never logged in opens the e-mail's link
        try (Browser stranger = new Browser()) {
            stranger.open("/unsubscribe?token=" + token);
            assertThat(stranger.waitFor(By.id("unsubscribe-question")).getText()).contains("ngừng nhận e-mail");
            assertThat(emailMode(user)).as("opening the link only asks: a mail scanner following it unsubscribes nobody").isEqualTo("DIGEST");
            stranger.screenshot("notifications-unsubscribe-question");
            stranger.driver().findElement(By.id("unsubscribe-confirm")).click();
            assertThat(stranger.waitFor(By.id("unsubscribe-done")).getText()).contains("không nhận e-mail thông báo");
            assertThat(stranger.driver().getCurrentUrl()).startsWith(Portal.url("/unsubscribe"));
            stranger.screenshot("notifications-unsubscribed");
            assertThat(emailMode(user)).isEqualTo("NONE");

            stranger.open("/unsubscribe?token=" + "x".repeat(43));
            stranger.driver().findElement(By.id("unsubscribe-confirm")).click();
            assertThat(stranger.waitFor(By.id("unsubscribe-bad")).getText()).contains("không hợp lệ");
            stranger.open("/unsubscribe?lang=en&token=" + token);
            stranger.driver().findElement(By.id("unsubscribe-confirm")).click();
            assertThat(stranger.waitFor(By.id("unsubscribe-done")).getText()).as("an English mail's link, confirmed again")
                    .contains("no longer get notification e-mails");
            stranger.open("/unsubscribe?lang=en&token=");
            assertThat(stranger.waitFor(By.id("unsubscribe-bad")).getText()).contains("not valid");
            stranger.screenshot("notifications-unsubscribe-bad-en");
            // the link to the preferences asks for the login
            stranger.driver().findElement(By.id("unsubscribe-preferences")).click();
            stranger.loginOnKeycloak(user, "demo123");
            stranger.waitFor(By.id("preferences:save"));
            assertThat(checkedMode(stranger)).isEqualTo("NONE");
        }
    }

    @Test
    void aRecordIsFollowedAndUnfollowedFromItsPage() throws Exception {
        long plan = Plans.createWithSection("Đề án theo dõi " + UUID.randomUUID().toString().substring(0, 6),
                "chuong-1", "Chương I", "<p>Hòa Lạc</p>");
        try (Browser browser = new Browser()) {
            browser.loginAs("bcd.pheduyet");
            browser.open("/plans/plan.xhtml?id=" + plan);
            WebElement button = browser.waitFor(By.id("follow:follow-button"));
            assertThat(button.getText()).isEqualTo("Theo dõi");
            assertThat(button.getAttribute("aria-pressed")).isEqualTo("false");
            assertThat(button.getAttribute("title")).contains("nhận thông báo");
            button.click();
            browser.awaitMessage("Bạn đang theo dõi hồ sơ này");
            new WebDriverWait(browser.driver(), WAIT).ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("follow:follow-button")).getText().equals("Đang theo dõi"));
            browser.screenshot("notifications-follow");
            browser.open("/plans/plan.xhtml?id=" + plan);
            assertThat(browser.waitFor(By.id("follow:follow-button")).getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(following("bcd.pheduyet", "PLAN", String.valueOf(plan))).isTrue();
            browser.driver().findElement(By.id("follow:follow-button")).click();
            browser.awaitMessage("Bạn đã bỏ theo dõi hồ sơ này");
            assertThat(following("bcd.pheduyet", "PLAN", String.valueOf(plan))).isFalse();
        }
    }

    /** Picks an entry of a menu by its words (the list opens with an animation: a click that lands on it moving is tried again). */
    private static void choose(Browser browser, String menuId, String label) {
        String css = "#" + menuId.replace(":", "\\:");
        new WebDriverWait(browser.driver(), WAIT).ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                    if (!d.findElement(By.id(menuId + "_label")).getText().equals(label)) {
                        if (!d.findElement(By.id(menuId + "_panel")).isDisplayed()) {
                            d.findElement(By.id(menuId)).click();
                        }
                        browser.waitFor(By.cssSelector(css + "_panel li[data-label='" + label + "']")).click();
                    }
                    return d.findElement(By.id(menuId + "_label")).getText().equals(label);
                });
    }

    private static String checkedMode(Browser browser) {
        List<WebElement> checked = browser.driver().findElements(By.cssSelector("input[name='preferences:mode']:checked"));
        return checked.isEmpty() ? null : checked.getFirst().getAttribute("value");
    }

    private static long notificationOf(String recipient, long plan) throws Exception {
        try (Connection db = Portal.database(); PreparedStatement q = db.prepareStatement(
                "SELECT id FROM notification WHERE recipient = ? AND record_type = 'PLAN_VERSION' AND record_id = ?")) {
            q.setString(1, recipient);
            q.setString(2, plan + "/1");
            try (ResultSet r = q.executeQuery()) {
                assertThat(r.next()).as("the owner was notified").isTrue();
                return r.getLong(1);
            }
        }
    }

    private static java.sql.Timestamp readAt(long id) throws Exception {
        try (Connection db = Portal.database(); PreparedStatement q = db.prepareStatement("SELECT read_at FROM notification WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getTimestamp(1);
            }
        }
    }

    private static String emailMode(String user) throws Exception {
        try (Connection db = Portal.database(); PreparedStatement q = db.prepareStatement(
                "SELECT email_mode FROM notification_preference WHERE username = ?")) {
            q.setString(1, user);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static boolean following(String user, String type, String id) throws Exception {
        try (Connection db = Portal.database(); PreparedStatement q = db.prepareStatement(
                "SELECT following FROM follow WHERE username = ? AND record_type = ? AND record_id = ?")) {
            q.setString(1, user);
            q.setString(2, type);
            q.setString(3, id);
            try (ResultSet r = q.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }
}
