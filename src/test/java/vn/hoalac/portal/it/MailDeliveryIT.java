package vn.hoalac.portal.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoalac.portal.it.Eventually.eventually;

/**
 * E-mail end to end on the real stack: rows in the outbox (as the notifications write them) reach the embedded mail
 * server, read back over IMAP, exactly once, in the recipient's language, with the record's link and the unsubscribe
 * link; a refused address is marked and not retried; a mail server outage during a burst loses and doubles nothing;
 * the daily digest carries three notifications in one mail; unsubscribe by token; the preferences API.
 */
@ExtendWith(PortalStackExtension.class)
class MailDeliveryIT {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Test
    void anOutboxRowBecomesExactlyOneVietnameseMailWithItsLinks() throws Exception {
        String user = unique("vi");
        String address = user + "@hoalac.demo";
        long notification = notification(user, "IMMEDIATE", "PLAN", "1", "Đề án thử nghiệm thư", null);
        long mail = outbox(user, address, "vi", List.of(notification), "it|" + user);

        assertThat(eventually(DELIVERY, () -> state(mail), "SENT"::equals)).isEqualTo("SENT");
        List<Mailboxes.Mail> inbox = eventually(DELIVERY, () -> Mailboxes.inbox(address), m -> !m.isEmpty());
        Thread.sleep(2000); // nothing else arrives afterwards
        inbox = Mailboxes.inbox(address);
        assertThat(inbox).hasSize(1);
        Mailboxes.Mail m = inbox.getFirst();
        assertThat(m.subject()).startsWith("[Cổng Hòa Lạc]").contains("Đề án thử nghiệm thư");
        assertThat(m.text()).contains("Xin chào,").contains("Mở trong cổng: " + Portal.url("/plans/plan.xhtml?id=1"))
                .contains(Portal.url("/unsubscribe?token=" + token(user)));
        assertThat(m.html()).contains("href=\"" + Portal.url("/plans/plan.xhtml?id=1") + "\"").contains("Hủy nhận thư");
        assertThat(m.messageId()).isEqualTo(column(mail, "message_id"));
    }

    @Test
    void anEnglishRecipientGetsTheMailInEnglish() throws Exception {
        String user = unique("en");
        String address = user + "@hoalac.demo";
        long notification = notification(user, "IMMEDIATE", "DOCUMENT", "7", "Quy chế phối hợp", null);
        long mail = outbox(user, address, "en", List.of(notification), "it|" + user);

        eventually(DELIVERY, () -> state(mail), "SENT"::equals);
        Mailboxes.Mail m = eventually(DELIVERY, () -> Mailboxes.inbox(address), l -> l.size() == 1).getFirst();
        assertThat(m.subject()).startsWith("[Hoa Lac portal]").contains("Quy chế phối hợp");
        assertThat(m.text()).contains("Hello,").contains("Open in the portal: " + Portal.url("/documents/view.xhtml?id=7"))
                .contains("No more e-mail?");
    }

    @Test
    void anAddressTheServerRefusesIsMarkedRefusedAndNotTriedAgain() throws Exception {
        String user = unique("refused");
        long notification = notification(user, "IMMEDIATE", "PLAN", "1", "Đề án bị từ chối", null);
        long mail = outbox(user, user + "@refused.invalid", "vi", List.of(notification), "it|" + user);

        assertThat(eventually(DELIVERY, () -> state(mail), "REFUSED"::equals)).isEqualTo("REFUSED");
        assertThat(column(mail, "last_error")).startsWith("550");
        Thread.sleep(6000); // longer than the tests' longest retry delay (4 s)
        assertThat(state(mail)).isEqualTo("REFUSED");
        assertThat(column(mail, "attempts")).isEqualTo("1");

        // the administrators see it; nobody else does
        JsonObject refused = Portal.json(Portal.get("/api/admin/mail?state=REFUSED", Portal.accessToken("quantri")).body());
        assertThat(refused.getJsonObject("counts").getJsonNumber("REFUSED").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(refused.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(item -> assertThat(item.getString("address")).isEqualTo(user + "@refused.invalid"));
        assertThat(Portal.get("/api/admin/mail", Portal.accessToken("dhbk.gopy")).statusCode()).isEqualTo(403);
        assertThat(Portal.get("/api/admin/mail?state=LOST", Portal.accessToken("quantri")).statusCode()).isEqualTo(400);
    }

    @Test
    void aMailServerOutageDuringABurstLosesNothingAndSendsNothingTwice() throws Exception {
        String user = unique("burst");
        String address = user + "@hoalac.demo";
        List<Long> mails = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            mails.add(outbox(user, address, "vi", List.of(notification(user, "IMMEDIATE", "PLAN", "1", "Đợt thư " + i, null)),
                    "it|" + user + "|" + i));
        }
        PortalStackExtension.stack().stopMailServer();
        try {
            for (int i = 10; i < 20; i++) {
                mails.add(outbox(user, address, "vi", List.of(notification(user, "IMMEDIATE", "PLAN", "1", "Đợt thư " + i, null)),
                        "it|" + user + "|" + i));
            }
            // the sender meets the outage: mails wait with their error, none is given up
            eventually(DELIVERY, () -> count("SELECT count(*) FROM mail_outbox WHERE id = ANY (?) AND state = 'PENDING' "
                    + "AND last_error IS NOT NULL", mails), n -> n > 0);
            assertThat(count("SELECT count(*) FROM mail_outbox WHERE id = ANY (?) AND state IN ('FAILED', 'REFUSED')", mails)).isZero();
            Thread.sleep(3000);
        } finally {
            PortalStackExtension.stack().startMailServer();
        }
        eventually(Duration.ofMinutes(2), () -> count("SELECT count(*) FROM mail_outbox WHERE id = ANY (?) AND state = 'SENT'", mails),
                n -> n == 20);
        Thread.sleep(3000);
        List<Mailboxes.Mail> inbox = Mailboxes.inbox(address);
        assertThat(inbox).hasSize(20);
        assertThat(inbox.stream().map(Mailboxes.Mail::messageId).distinct()).hasSize(20);
        for (int i = 0; i < 20; i++) {
            String subject = "Đợt thư " + i + " để góp ý"; // the sentence of VERSION_SUBMITTED: "... của <title> để góp ý ..."
            assertThat(inbox.stream().filter(m -> m.subject().contains(subject))).as(subject).hasSize(1);
        }
    }

    @Test
    void aDigestCarriesThreeNotificationsInOneMailGroupedByRecord() throws Exception {
        // a Keycloak user of the park: the people sync keeps them in the directory, as the digest, checking access again, needs
        String user = TestUsers.create("tomtat", "BQL", "park-manager");
        String address = user + "@hoalac.test";
        eventually(DELIVERY, () -> ids("SELECT 1 FROM person WHERE username = '" + user + "' AND enabled "
                + "AND 'park-manager' = ANY (roles) AND email IS NOT NULL"), l -> l.size() == 1);
        // records that exist: the digest asks again whether its reader may read them
        String plan = String.valueOf(Plans.create("Đề án A"));
        String agreement = String.valueOf(Plans.ok(Plans.post("bql.soan", "/api/agreements", AgreementsApiIT.agreement(
                "TT/" + UUID.randomUUID().toString().substring(0, 8), java.time.LocalDate.of(2029, 10, 10), "ACTIVE", "DHBK").build()), 201)
                .getJsonNumber("id").longValue());
        List<Long> ids = List.of(notification(user, "DIGEST", "PLAN", plan, "Đề án A", null),
                notification(user, "DIGEST", "PLAN", plan, "Đề án A", null),
                notification(user, "DIGEST", "AGREEMENT", agreement, "Thỏa thuận B", null));

        assertThat(Portal.send(post("/api/admin/mail/digest", "", Portal.accessToken("dhbk.gopy"))).statusCode()).isEqualTo(403);
        HttpResponse<String> run = Portal.send(post("/api/admin/mail/digest", "", Portal.accessToken("quantri")));
        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(Portal.json(run.body()).getInt("digests")).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT count(DISTINCT digest_id) FROM notification WHERE id = ANY (?) AND digest_id IS NOT NULL", ids)).isEqualTo(1);

        Mailboxes.Mail m = eventually(DELIVERY, () -> Mailboxes.inbox(address), l -> !l.isEmpty()).getFirst();
        assertThat(m.subject()).startsWith("[Cổng Hòa Lạc] Tóm tắt thông báo ngày").endsWith(": 3 thông báo");
        assertThat(m.text()).contains("== Đề án A ==").contains("== Thỏa thuận B ==")
                .contains(Portal.url("/plans/plan.xhtml?id=" + plan)).contains(Portal.url("/agreements/view.xhtml?id=" + agreement));
        assertThat(m.text().indexOf("== Đề án A ==")).isLessThan(m.text().indexOf("== Thỏa thuận B =="));

        // asked again the same day: a digest of its own with only what came since, the first one not sent again
        notification(user, "DIGEST", "PLAN", plan, "Đề án C", null);
        Portal.send(post("/api/admin/mail/digest", "", Portal.accessToken("quantri")));
        List<Mailboxes.Mail> both = eventually(DELIVERY, () -> Mailboxes.inbox(address), l -> l.size() >= 2);
        Thread.sleep(3000);
        both = Mailboxes.inbox(address);
        assertThat(both).hasSize(2);
        assertThat(both.get(1).subject()).endsWith(": 1 thông báo");
        assertThat(both.get(1).text()).contains("Đề án C").doesNotContain("Thỏa thuận B");
    }

    @Test
    void unsubscribingByTokenTurnsEmailOffAndABadTokenIsRefused() throws Exception {
        String reviewer = "hvnn.gopy";
        Portal.get("/api/me", Portal.accessToken(reviewer)); // signed in once
        String token = tokenFromPreferences(reviewer);
        // waiting when they unsubscribe: a notification for the digest and an e-mail due later (a retry after an outage)
        long waitingForDigest = notification(reviewer, "DIGEST", "PLAN", "1", "Đề án chờ tóm tắt", null);
        long queued = outbox(reviewer, reviewer + "@hoalac.demo", "en", List.of(notification(reviewer, "IMMEDIATE", "PLAN", "1",
                "Đề án chờ gửi", null)), "IT:" + UUID.randomUUID());
        try (Connection c = Portal.database();
             PreparedStatement s = c.prepareStatement("UPDATE mail_outbox SET due_at = now() + interval '1 hour' WHERE id = ?")) {
            s.setLong(1, queued);
            s.executeUpdate();
        }
        try {
            unsubscribe(reviewer, token, queued, waitingForDigest);
        } finally { // the other tests' e-mails to this reviewer go again
            Portal.send(put("/api/me/notification-preferences", "{\"emailMode\":\"IMMEDIATE\",\"urgentImmediate\":true}",
                    Portal.accessToken(reviewer)));
        }
    }

    private static void unsubscribe(String reviewer, String token, long queued, long waitingForDigest) throws Exception {
        String bearer = Portal.accessToken("dhqg.gopy"); // whoever follows the link
        HttpResponse<String> bad = Portal.send(post("/api/notification-preferences/unsubscribe", "{\"token\":\"not-a-token\"}", bearer));
        assertThat(bad.statusCode()).isEqualTo(404);
        HttpResponse<String> ok = Portal.send(post("/api/notification-preferences/unsubscribe", "{\"token\":\"" + token + "\"}", bearer));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(Portal.json(ok.body()).getString("emailMode")).isEqualTo("NONE");
        JsonObject mine = Portal.json(Portal.get("/api/me/notification-preferences", Portal.accessToken(reviewer)).body());
        assertThat(mine.getString("emailMode")).isEqualTo("NONE");
        assertThat(count("SELECT count(*) FROM mail_outbox WHERE id = ANY (?)", List.of(queued))).as("the e-mail still waiting is not sent").isZero();
        assertThat(count("SELECT count(*) FROM notification WHERE id = ANY (?) AND mail = 'NONE'", List.of(waitingForDigest)))
                .as("nor is the notification waiting for the digest mailed; it stays under the bell").isEqualTo(1);
    }

    @Test
    void thePreferencesApiReadsAndChangesTheCallersChoice() throws Exception {
        String bearer = Portal.accessToken("dhbk.gopy");
        JsonObject before = Portal.json(Portal.get("/api/me/notification-preferences", bearer).body());
        assertThat(before.getString("email")).isEqualTo("dhbk.gopy@hoalac.demo");

        HttpResponse<String> put = Portal.send(put("/api/me/notification-preferences",
                "{\"emailMode\":\"DIGEST\",\"urgentImmediate\":false,\"email\":\"someone@else.example\"}", bearer));
        assertThat(put.statusCode()).isEqualTo(200);
        JsonObject after = Portal.json(Portal.get("/api/me/notification-preferences", bearer).body());
        assertThat(after.getString("emailMode")).isEqualTo("DIGEST");
        assertThat(after.getBoolean("urgentImmediate")).isFalse();
        assertThat(after.getString("email")).isEqualTo("dhbk.gopy@hoalac.demo");

        HttpResponse<String> wrong = Portal.send(put("/api/me/notification-preferences", "{\"emailMode\":\"WEEKLY\"}", bearer));
        assertThat(wrong.statusCode()).isEqualTo(400);
        JsonObject problem = Portal.json(wrong.body()).getJsonArray("problems").getJsonObject(0);
        assertThat(problem.getString("field")).isEqualTo("emailMode");
        assertThat(problem.getString("code")).isEqualTo("preferences.emailMode.invalid");

        assertThat(Portal.get("/api/me/notification-preferences", null).statusCode()).isEqualTo(401);
        Portal.send(put("/api/me/notification-preferences", "{\"emailMode\":\"IMMEDIATE\",\"urgentImmediate\":true}", bearer));
    }

    @Test
    void aRealEventMailsTheRightPersonWhoseLinkOpensTheRecordAfterLogin() throws Exception {
        for (String user : new String[] {"bql.soan", "dhbk.gopy"}) {
            Plans.ok(Library.get(user, "/api/me"), 200); // known to the directory, with their address
        }
        Portal.send(put("/api/me/notification-preferences", "{\"emailMode\":\"IMMEDIATE\",\"urgentImmediate\":true}",
                Portal.accessToken("dhbk.gopy")));
        String title = "Tài liệu gửi thư " + UUID.randomUUID().toString().substring(0, 6);
        long document = Library.uploadOk("bql.soan", "thu.txt", ("Nội dung " + title).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Map.of("visibility", "ORGANIZATION", "title", title)).getJsonNumber("id").longValue();
        // shared with ĐHBK through an agreement: ĐHBK's reviewer is told, by e-mail too
        Plans.ok(Plans.post("bql.soan", "/api/agreements", AgreementsApiIT.agreement("TM/" + UUID.randomUUID().toString().substring(0, 8),
                java.time.LocalDate.of(2029, 10, 10), "ACTIVE", "DHBK")
                .add("documents", jakarta.json.Json.createArrayBuilder().add(document)).build()), 201);

        Mailboxes.Mail mail = eventually(DELIVERY, () -> Mailboxes.inbox("dhbk.gopy@hoalac.demo").stream()
                .filter(m -> m.subject().contains(title)).toList(), l -> !l.isEmpty()).getFirst();
        assertThat(mail.subject()).contains("Nguyễn"); // the actor, by name
        String link = Portal.url("/documents/view.xhtml?id=" + document);
        assertThat(mail.text()).contains(link);
        assertThat(Mailboxes.inbox("dhqg.gopy@hoalac.demo")).noneMatch(m -> m.subject().contains(title)); // no other university

        try (Browser browser = new Browser()) {
            browser.driver().get(link);
            browser.loginOnKeycloak("dhbk.gopy", "demo123");
            assertThat(browser.waitFor(org.openqa.selenium.By.tagName("h1")).getText()).contains(title);
            assertThat(browser.driver().getCurrentUrl()).startsWith(link);
        }
    }

    @Test
    void aShareRemovedBeforeTheDigestIsNotInTheDigest() throws Exception {
        String reviewer = "dhbk.gopy";
        Plans.ok(Library.get(reviewer, "/api/me"), 200);
        Plans.ok(Library.get("bql.soan", "/api/me"), 200);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String revoked = "Tài liệu thu hồi " + tag;
        String kept = "Tài liệu vẫn chia sẻ " + tag;
        Portal.send(put("/api/me/notification-preferences", "{\"emailMode\":\"DIGEST\",\"urgentImmediate\":false}",
                Portal.accessToken(reviewer)));
        try {
            long revokedDoc = Library.uploadOk("bql.soan", "thu-hoi.txt", ("Nội dung " + revoked).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    java.util.Map.of("visibility", "ORGANIZATION", "title", revoked)).getJsonNumber("id").longValue();
            long keptDoc = Library.uploadOk("bql.soan", "van-chia-se.txt", ("Nội dung " + kept).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    java.util.Map.of("visibility", "ORGANIZATION", "title", kept)).getJsonNumber("id").longValue();
            jakarta.json.JsonObjectBuilder first = AgreementsApiIT.agreement("TH/" + tag, java.time.LocalDate.of(2029, 10, 10), "ACTIVE", "DHBK");
            JsonObject sharing = Plans.ok(Plans.post("bql.soan", "/api/agreements",
                    first.add("documents", jakarta.json.Json.createArrayBuilder().add(revokedDoc)).build()), 201);
            Plans.ok(Plans.post("bql.soan", "/api/agreements", AgreementsApiIT.agreement("VC/" + tag, java.time.LocalDate.of(2029, 10, 10),
                    "ACTIVE", "DHBK").add("documents", jakarta.json.Json.createArrayBuilder().add(keptDoc)).build()), 201);
            List<Long> waiting = ids("SELECT id FROM notification WHERE recipient = 'dhbk.gopy' AND mail = 'DIGEST' AND digest_id IS NULL "
                    + "AND record_type = 'DOCUMENT' AND record_id IN ('" + revokedDoc + "', '" + keptDoc + "')");
            assertThat(waiting).as("both shares are told, for the digest").hasSize(2);

            // the first agreement no longer lists the document: ĐHBK may no longer read it
            Plans.ok(Plans.put("bql.soan", "/api/agreements/" + sharing.getJsonNumber("id").longValue(),
                    AgreementsApiIT.agreement("TH/" + tag, java.time.LocalDate.of(2029, 10, 10), "ACTIVE", "DHBK")
                            .add("documents", jakarta.json.Json.createArrayBuilder())
                            .add("version", sharing.getJsonNumber("version").longValue()).build()), 200);
            assertThat(Library.get(reviewer, "/api/documents/" + revokedDoc).statusCode()).isIn(403, 404);

            Plans.ok(Portal.send(post("/api/admin/mail/digest", "", Portal.accessToken("quantri"))), 200);
            Mailboxes.Mail digest = eventually(DELIVERY, () -> Mailboxes.inbox(reviewer + "@hoalac.demo").stream()
                    .filter(m -> m.text().contains(kept)).toList(), l -> !l.isEmpty()).getFirst();
            assertThat(digest.subject()).contains("Tóm tắt");
            assertThat(digest.text()).doesNotContain(revoked);
            assertThat(Mailboxes.inbox(reviewer + "@hoalac.demo")).noneMatch(m -> m.text().contains(revoked) || m.subject().contains(revoked));
            assertThat(ids("SELECT id FROM notification WHERE recipient = 'dhbk.gopy' AND record_type = 'DOCUMENT' AND record_id = '"
                    + revokedDoc + "' AND mail = 'NONE' AND digest_id IS NULL")).as("never mailed, still under the bell").hasSize(1);
        } finally {
            Portal.send(put("/api/me/notification-preferences", "{\"emailMode\":\"IMMEDIATE\",\"urgentImmediate\":true}",
                    Portal.accessToken(reviewer)));
        }
    }

    private static List<Long> ids(String sql) throws Exception {
        try (Connection c = Portal.database(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        }
    }

    // --- set-up through the database, as the notifications write it ---

    private static String unique(String what) {
        return "it-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long notification(String recipient, String mail, String recordType, String recordId, String title, String actor)
            throws Exception {
        try (Connection c = Portal.database();
             PreparedStatement s = c.prepareStatement("INSERT INTO notification (recipient, kind, record_type, record_id, title, actor, "
                     + "event_key, mail) VALUES (?, 'VERSION_SUBMITTED', ?, ?, ?, ?, ?, ?) RETURNING id")) {
            s.setString(1, recipient);
            s.setString(2, recordType);
            s.setString(3, recordId);
            s.setString(4, title);
            s.setString(5, actor);
            s.setString(6, "IT:" + UUID.randomUUID());
            s.setString(7, mail);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long outbox(String recipient, String address, String locale, List<Long> notifications, String key) throws Exception {
        try (Connection c = Portal.database();
             PreparedStatement s = c.prepareStatement("INSERT INTO mail_outbox (recipient, address, locale, kind, notification_ids, "
                     + "idempotency_key) VALUES (?, ?, ?, 'IMMEDIATE', ?, ?) RETURNING id")) {
            s.setString(1, recipient);
            s.setString(2, address);
            s.setString(3, locale);
            s.setArray(4, c.createArrayOf("bigint", notifications.toArray()));
            s.setString(5, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String state(long mail) throws Exception {
        return column(mail, "state");
    }

    private static String column(long mail, String column) throws Exception {
        try (Connection c = Portal.database();
             PreparedStatement s = c.prepareStatement("SELECT " + column + "::text FROM mail_outbox WHERE id = ?")) {
            s.setLong(1, mail);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long count(String sql, List<Long> ids) throws Exception {
        try (Connection c = Portal.database(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String token(String user) throws Exception {
        try (Connection c = Portal.database();
             PreparedStatement s = c.prepareStatement("SELECT unsubscribe_token FROM notification_preference WHERE username = ?")) {
            s.setString(1, user);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The user's token, the row made as the sender makes it when it has none. */
    private static String tokenFromPreferences(String user) throws Exception {
        try (Connection c = Portal.database();
             PreparedStatement s = c.prepareStatement("INSERT INTO notification_preference (username, unsubscribe_token) VALUES (?, ?) "
                     + "ON CONFLICT (username) DO NOTHING")) {
            s.setString(1, user);
            s.setString(2, UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", ""));
            s.executeUpdate();
        }
        return token(user);
    }

    private static HttpRequest post(String path, String json, String bearer) {
        return HttpRequest.newBuilder(URI.create(Portal.url(path))).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static HttpRequest put(String path, String json, String bearer) {
        return HttpRequest.newBuilder(URI.create(Portal.url(path))).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build();
    }
}
