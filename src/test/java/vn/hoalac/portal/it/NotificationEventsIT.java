package vn.hoalac.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;
import vn.hoalac.portal.application.notification.Delivery;
import vn.hoalac.portal.application.notification.EmailMode;
import vn.hoalac.portal.application.notification.NotificationEvent;
import vn.hoalac.portal.application.notification.NotificationKind;
import vn.hoalac.portal.infrastructure.notification.SqlNotificationStore;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's events through the API as the demo users, each checked through {@code GET /api/notifications} of every
 * demo user: exactly the right people are told (never the actor, never another university), in their language, with
 * the record's page; the e-mail of an immediate recipient is queued in the same transaction; reading, following and
 * the refusals.
 */
@ExtendWith(PortalStackExtension.class)
class NotificationEventsIT {

    private static final String[] USERS = {"bql.soan", "dhbk.gopy", "dhqg.gopy", "hvnn.gopy", "bcd.pheduyet", "quantri"};

    @BeforeAll
    static void everyDemoUserIsKnownToTheDirectory() {
        for (String user : USERS) { // the directory learns each one's roles at their first call (until Keycloak's directory is read)
            Plans.ok(Library.get(user, "/api/me"), 200);
        }
    }

    /** The notifications of this kind the user has, newest first. */
    private static List<JsonObject> inbox(String user, NotificationKind kind) {
        return Library.items(user, "/api/notifications?kind=" + kind);
    }

    /** The demo users told of this kind of event on the record. */
    private static Set<String> told(NotificationKind kind, String recordType, String recordId) {
        Set<String> told = new TreeSet<>();
        for (String user : USERS) {
            long count = inbox(user, kind).stream()
                    .filter(n -> n.getString("recordType").equals(recordType) && n.getString("recordId").equals(recordId)).count();
            assertThat(count).as(user + " told once of " + kind + " on " + recordType + " " + recordId).isLessThanOrEqualTo(1);
            if (count == 1) {
                told.add(user);
            }
        }
        return told;
    }

    private static JsonObject notification(String user, NotificationKind kind, String recordId, String language) {
        HttpResponse<String> response = Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("/api/notifications?size=200&kind=" + kind)))
                .header("Authorization", "Bearer " + Library.token(user)).header("Accept-Language", language).GET().build());
        return Plans.ok(response, 200).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("recordId").equals(recordId)).findFirst()
                .orElseThrow(() -> new AssertionError(user + " has no " + kind + " on " + recordId));
    }

    private static long count(String sql, Object... params) throws SQLException {
        try (Connection db = Portal.database(); PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aPlansReviewTellsEachStepToExactlyThePeopleConcerned() throws SQLException {
        String title = "Đề án thông báo " + UUID.randomUUID().toString().substring(0, 6);
        long plan = Plans.createWithSection(title, "s1", "Mục tiêu", "Phát triển Khu công nghệ cao Hòa Lạc");
        int number = Plans.submit(plan, LocalDate.now().plusDays(10), "DHBK", "HVNN");
        String version = plan + "/" + number;

        // submitted: every reviewer of each invited university; not the other university, not the park who acted
        assertThat(told(NotificationKind.VERSION_SUBMITTED, "PLAN_VERSION", version)).containsExactly("dhbk.gopy", "hvnn.gopy");
        JsonObject vi = notification("dhbk.gopy", NotificationKind.VERSION_SUBMITTED, version, "vi");
        assertThat(vi.getString("text")).contains("đã gửi dự thảo lần " + number + " của " + title).contains("Nguyễn Văn Soạn");
        assertThat(vi.getString("actor")).isEqualTo("bql.soan");
        assertThat(vi.getString("actorName")).isEqualTo("Nguyễn Văn Soạn");
        assertThat(vi.getString("title")).isEqualTo(title);
        assertThat(vi.getBoolean("read")).isFalse();
        assertThat(vi.getString("url")).isEqualTo("/plans/version.xhtml?id=" + plan + "&n=" + number);
        assertThat(notification("dhbk.gopy", NotificationKind.VERSION_SUBMITTED, version, "en").getString("text"))
                .contains("submitted draft " + number + " of " + title);
        // in the same transaction, its e-mail to each immediate recipient (no preference: immediate; each has an address)
        String key = "VERSION_SUBMITTED:PLAN_VERSION:" + version;
        assertThat(count("SELECT count(*) FROM mail_outbox WHERE idempotency_key = ? AND kind = 'IMMEDIATE' AND address = ?",
                key + "|dhbk.gopy", "dhbk.gopy@hoalac.demo")).isEqualTo(1);
        // other tests' reviewers of the two universities (in Keycloak, so in the people directory) are told too: every
        // e-mail goes to a reviewer of an invited university, one per immediate notification
        assertThat(count("SELECT count(*) FROM mail_outbox m JOIN person p ON p.username = m.recipient WHERE m.idempotency_key LIKE ? "
                + "AND (p.organization NOT IN ('DHBK', 'HVNN') OR NOT 'university-reviewer' = ANY (p.roles))", key + "|%")).isZero();
        assertThat(count("SELECT count(*) FROM mail_outbox WHERE idempotency_key LIKE ?", key + "|%"))
                .isEqualTo(count("SELECT count(*) FROM notification WHERE event_key = ? AND mail = 'IMMEDIATE'", key))
                .isGreaterThanOrEqualTo(2);

        // answered: the commenter and their university's reviewers; the other university's commenter, who follows the
        // version, does not read DHBK's comment and is not told
        long dhbkComment = Plans.comment("dhbk.gopy", plan, number, "s1", "Cần nêu rõ chỉ tiêu đến năm 2030").getJsonNumber("id").longValue();
        long hvnnComment = Plans.comment("hvnn.gopy", plan, number, "s1", "Bổ sung nông nghiệp công nghệ cao").getJsonNumber("id").longValue();
        Plans.answer(plan, number, dhbkComment, "ACCEPTED", "Đã bổ sung");
        assertThat(told(NotificationKind.COMMENT_ANSWERED, "PLAN_VERSION", version)).containsExactly("dhbk.gopy");
        assertThat(notification("dhbk.gopy", NotificationKind.COMMENT_ANSWERED, version, "vi").getString("text")).contains("Tiếp thu");
        Plans.answer(plan, number, hvnnComment, "NOT_ACCEPTED", "Ngoài phạm vi của Đề án");
        assertThat(told(NotificationKind.COMMENT_ANSWERED, "PLAN_VERSION", version)).containsExactly("dhbk.gopy", "hvnn.gopy");

        // to the committee: the committee, and the commenters who follow the version
        Plans.ok(Plans.post("bql.soan", "/api/plans/" + plan + "/versions/" + number + "/submit-for-approval", null), 200);
        assertThat(told(NotificationKind.VERSION_TO_APPROVAL, "PLAN_VERSION", version)).containsExactly("bcd.pheduyet", "dhbk.gopy", "hvnn.gopy");

        // approved with its notice number: the park and every invited university; ĐHQGHN, which may read an approved
        // version, is not concerned, and the committee member who decided is not told
        Plans.ok(Plans.decide("bcd.pheduyet", plan, number, "APPROVED"), 200);
        assertThat(told(NotificationKind.VERSION_APPROVED, "PLAN_VERSION", version)).containsExactly("bql.soan", "dhbk.gopy", "hvnn.gopy");
        assertThat(notification("hvnn.gopy", NotificationKind.VERSION_APPROVED, version, "vi").getString("text"))
                .contains("đã phê duyệt dự thảo lần " + number).contains("1857-TB/TU");
        assertThat(notification("bql.soan", NotificationKind.VERSION_APPROVED, version, "en").getString("text"))
                .contains("approved draft " + number).contains("notice no. 1857-TB/TU");
    }

    @Test
    void aReturnedVersionSaysTheConclusionToTheParkAndTheUniversitiesThatReviewedIt() {
        long plan = Plans.createWithSection("Đề án trả lại " + UUID.randomUUID().toString().substring(0, 6), "s1", "Mục tiêu", "Nội dung");
        int number = Plans.submit(plan, LocalDate.now().plusDays(5), "HVNN");
        Plans.ok(Plans.post("bql.soan", "/api/plans/" + plan + "/versions/" + number + "/submit-for-approval", null), 200);
        Plans.ok(Plans.decide("bcd.pheduyet", plan, number, "RETURNED"), 200);
        String version = plan + "/" + number;
        assertThat(told(NotificationKind.VERSION_RETURNED, "PLAN_VERSION", version)).containsExactly("bql.soan", "hvnn.gopy");
        assertThat(notification("hvnn.gopy", NotificationKind.VERSION_RETURNED, version, "vi").getString("text"))
                .contains("đã trả lại dự thảo lần " + number).contains("Ban Chỉ đạo thống nhất thông qua Đề án.");
    }

    @Test
    void aProposalsStepsReachTheParkTheInvitedUniversityAndTheProposerAndNoOneElse() {
        String title = "Đề xuất thông báo " + UUID.randomUUID().toString().substring(0, 6);
        long id = Plans.ok(Plans.post("hvnn.gopy", "/api/proposals", Json.createObjectBuilder().add("title", title)
                .add("purpose", "Phòng thí nghiệm tại Khu công nghệ cao Hòa Lạc").build()), 201).getJsonNumber("id").longValue();
        String record = String.valueOf(id);
        assertThat(told(NotificationKind.PROPOSAL_SUBMITTED, "PROPOSAL", record)).containsExactly("bql.soan");
        assertThat(notification("bql.soan", NotificationKind.PROPOSAL_SUBMITTED, record, "vi").getString("url"))
                .isEqualTo("/proposals/view.xhtml?id=" + id);

        Plans.ok(Plans.post("bql.soan", "/api/proposals/" + id + "/reviewers", Json.createObjectBuilder()
                .add("organizations", Json.createArrayBuilder().add("DHBK")).build()), 200);
        // the invited university's reviewers, and the proposer who follows its proposal
        assertThat(told(NotificationKind.PROPOSAL_INVITED, "PROPOSAL", record)).containsExactly("dhbk.gopy", "hvnn.gopy");
        Plans.ok(Plans.post("bql.soan", "/api/proposals/" + id + "/reviewers", Json.createObjectBuilder()
                .add("organizations", Json.createArrayBuilder().add("DHBK")).build()), 200);
        assertThat(told(NotificationKind.PROPOSAL_INVITED, "PROPOSAL", record)).as("invited again: not told again")
                .containsExactly("dhbk.gopy", "hvnn.gopy");

        Plans.ok(Plans.post("dhbk.gopy", "/api/proposals/" + id + "/opinions", Json.createObjectBuilder()
                .add("opinion", "OPPOSE").add("comment", "Trùng với phòng thí nghiệm đã có").build()), 200);
        // the park; not the proposer, who does not read the reviewers' opinions, though it follows the proposal
        assertThat(told(NotificationKind.PROPOSAL_OPINION, "PROPOSAL", record)).containsExactly("bql.soan");
        assertThat(notification("bql.soan", NotificationKind.PROPOSAL_OPINION, record, "en").getString("text"))
                .contains("(Hanoi University of Science and Technology) gave an opinion").contains("Oppose").doesNotContain("DHBK");

        Plans.ok(Plans.post("bql.soan", "/api/proposals/" + id + "/decision", Json.createObjectBuilder()
                .add("outcome", "REJECTED").add("note", "Không phù hợp quy hoạch").build()), 200);
        assertThat(told(NotificationKind.PROPOSAL_DECIDED, "PROPOSAL", record)).as("the proposing university").containsExactly("hvnn.gopy");
        assertThat(notification("hvnn.gopy", NotificationKind.PROPOSAL_DECIDED, record, "vi").getString("text")).contains("Không chấp thuận");
    }

    @Test
    void aDocumentSharedIsToldToWhoCanReadItNowAndAShareRemovedStopsItsEvents() {
        String title = "Tài liệu nội bộ thông báo " + UUID.randomUUID().toString().substring(0, 6);
        long document = Library.uploadOk("bql.soan", "thong-bao.txt", ("Nội dung " + title).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("visibility", "ORGANIZATION", "title", title)).getJsonNumber("id").longValue();
        String record = String.valueOf(document);
        String number = "NT/" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject agreement = Plans.ok(Plans.post("bql.soan", "/api/agreements", AgreementsApiIT.agreement(number, LocalDate.of(2029, 10, 10),
                "ACTIVE", "DHBK").add("documents", Json.createArrayBuilder().add(document)).build()), 201);
        long agreementId = agreement.getJsonNumber("id").longValue();

        // shared with the agreement's party: ĐHBK's reviewer is told; the committee read it already; no other university
        assertThat(told(NotificationKind.DOCUMENT_SHARED, "DOCUMENT", record)).containsExactly("dhbk.gopy");
        JsonObject shared = notification("dhbk.gopy", NotificationKind.DOCUMENT_SHARED, record, "vi");
        assertThat(shared.getString("url")).isEqualTo("/documents/view.xhtml?id=" + document);
        assertThat(shared.getString("text")).isEqualTo("Nguyễn Văn Soạn đã chia sẻ tài liệu " + title + " với đơn vị của bạn");

        // ĐHBK follows it while it may read it, and the committee follows it too
        assertThat(Plans.ok(Plans.put("dhbk.gopy", "/api/follows/DOCUMENT/" + document, null), 200).getBoolean("following")).isTrue();
        Plans.ok(Plans.put("bcd.pheduyet", "/api/follows/DOCUMENT/" + document, null), 200);
        Plans.ok(Library.addVersion("bql.soan", document, "thong-bao.txt", "Bản 2".getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null), 201);
        assertThat(told(NotificationKind.DOCUMENT_VERSION_ADDED, "DOCUMENT", record)).containsExactly("bcd.pheduyet", "dhbk.gopy");

        // the agreement no longer lists it: ĐHBK no longer reads it, hears nothing more of it, and may not follow it
        Plans.ok(Plans.put("bql.soan", "/api/agreements/" + agreementId, AgreementsApiIT.agreement(number, LocalDate.of(2029, 10, 10),
                "ACTIVE", "DHBK").add("documents", Json.createArrayBuilder()).add("version", agreement.getJsonNumber("version").longValue()).build()), 200);
        assertThat(Library.get("dhbk.gopy", "/api/documents/" + document).statusCode()).isEqualTo(404);
        Plans.ok(Library.addVersion("bql.soan", document, "thong-bao.txt", "Bản 3".getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null), 201);
        assertThat(inbox("bcd.pheduyet", NotificationKind.DOCUMENT_VERSION_ADDED).stream()
                .filter(n -> n.getString("recordId").equals(record)).count()).as("the committee still reads it: versions 2 and 3").isEqualTo(2);
        assertThat(inbox("dhbk.gopy", NotificationKind.DOCUMENT_VERSION_ADDED).stream()
                .filter(n -> n.getString("recordId").equals(record)).count()).as("ĐHBK: version 2 only").isEqualTo(1);
        assertThat(Plans.put("dhbk.gopy", "/api/follows/DOCUMENT/" + document, null).statusCode()).isEqualTo(404);
        assertThat(Library.get("dhbk.gopy", "/api/follows?recordType=DOCUMENT&recordId=" + document).statusCode()).isEqualTo(404);
    }

    @Test
    void theInboxIsTheCallersOwnToReadAndMarkAndNobodyElses() {
        long plan = Plans.createWithSection("Đề án hộp thư " + UUID.randomUUID().toString().substring(0, 6), "s1", "Mục tiêu", "Nội dung");
        int first = Plans.submit(plan, LocalDate.now().plusDays(3), "DHQGHN");
        JsonObject before = Plans.ok(Library.get("dhqg.gopy", "/api/notifications?unread=true&size=1"), 200);
        long unread = before.getJsonNumber("unread").longValue();
        assertThat(unread).isPositive();
        assertThat(before.getJsonNumber("total").longValue()).as("unread only: the total is the unread count").isEqualTo(unread);
        long newest = before.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(before.getJsonArray("items").getJsonObject(0).getString("recordId")).as("newest first").isEqualTo(plan + "/" + first);

        // someone else's ids are ignored
        JsonObject others = Plans.ok(Plans.post("hvnn.gopy", "/api/notifications/read", Json.createObjectBuilder()
                .add("ids", Json.createArrayBuilder().add(newest)).build()), 200);
        assertThat(others.getInt("marked")).isZero();
        assertThat(Plans.ok(Library.get("dhqg.gopy", "/api/notifications?size=1"), 200).getJsonNumber("unread").longValue()).isEqualTo(unread);

        // the caller's own: marked read once
        JsonObject marked = Plans.ok(Plans.post("dhqg.gopy", "/api/notifications/read", Json.createObjectBuilder()
                .add("ids", Json.createArrayBuilder().add(newest)).build()), 200);
        assertThat(marked.getInt("marked")).isEqualTo(1);
        assertThat(marked.getJsonNumber("unread").longValue()).isEqualTo(unread - 1);
        assertThat(Plans.ok(Library.get("dhqg.gopy", "/api/notifications?size=1"), 200).getJsonArray("items").getJsonObject(0)
                .getBoolean("read")).isTrue();
        assertThat(Library.items("dhqg.gopy", "/api/notifications?unread=true")).extracting(n -> n.getJsonNumber("id").longValue())
                .doesNotContain(newest);

        // all of them
        long other = Plans.createWithSection("Đề án hộp thư 2 " + UUID.randomUUID().toString().substring(0, 6), "s1", "Mục tiêu", "Nội dung");
        Plans.submit(other, LocalDate.now().plusDays(3), "DHQGHN");
        JsonObject all = Plans.ok(Plans.post("dhqg.gopy", "/api/notifications/read", Json.createObjectBuilder().add("all", true).build()), 200);
        assertThat(all.getInt("marked")).isPositive();
        assertThat(all.getJsonNumber("unread").longValue()).isZero();
        assertThat(Plans.ok(Library.get("dhqg.gopy", "/api/notifications?unread=true"), 200).getJsonNumber("total").longValue()).isZero();

        // refusals
        assertThat(Portal.get("/api/notifications", null).statusCode()).isEqualTo(401);
        assertThat(Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("/api/notifications/read"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"all\":true}")).build()).statusCode()).isEqualTo(401);
        assertThat(Plans.post("dhqg.gopy", "/api/notifications/read", Json.createObjectBuilder().build()).statusCode()).isEqualTo(400);
        assertThat(Library.get("dhqg.gopy", "/api/notifications?kind=NOTHING").statusCode()).isEqualTo(400);
        assertThat(Library.get("dhqg.gopy", "/api/notifications?unread=maybe").statusCode()).isEqualTo(400);
        assertThat(Library.get("dhqg.gopy", "/api/notifications?size=201").statusCode()).isEqualTo(400);
    }

    @Test
    void followingAndUnfollowingAPlanDecideWhoHearsOfItsVersionsAndAnUnfollowOutlastsTheDefault() {
        long plan = Plans.createWithSection("Đề án theo dõi " + UUID.randomUUID().toString().substring(0, 6), "s1", "Mục tiêu", "Nội dung");
        // the committee reads every plan and follows this one; a university not invited may not
        assertThat(Plans.ok(Plans.put("bcd.pheduyet", "/api/follows/PLAN/" + plan, null), 200).getBoolean("following")).isTrue();
        assertThat(Plans.ok(Library.get("bcd.pheduyet", "/api/follows?recordType=PLAN&recordId=" + plan), 200).getBoolean("following")).isTrue();
        assertThat(Plans.put("dhqg.gopy", "/api/follows/PLAN/" + plan, null).statusCode()).isEqualTo(404);
        assertThat(Plans.put("quantri", "/api/follows/PLAN/" + plan, null).statusCode()).as("administrators read no plan").isEqualTo(404);
        assertThat(Plans.put("bcd.pheduyet", "/api/follows/NOTHING/" + plan, null).statusCode()).isEqualTo(404);
        assertThat(Portal.send(HttpRequest.newBuilder(URI.create(Portal.url("/api/follows/PLAN/" + plan)))
                .PUT(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(401);

        int number = Plans.submit(plan, LocalDate.now().plusDays(3), "DHBK");
        String version = plan + "/" + number;
        assertThat(told(NotificationKind.VERSION_SUBMITTED, "PLAN_VERSION", version)).as("the follower of the plan too")
                .containsExactly("bcd.pheduyet", "dhbk.gopy");

        // ĐHBK comments (and so follows the version), then stops following it
        Plans.comment("dhbk.gopy", plan, number, "s1", "Góp ý thứ nhất");
        assertThat(Plans.ok(Library.get("dhbk.gopy", "/api/follows?recordType=PLAN_VERSION&recordId=" + version), 200).getBoolean("following")).isTrue();
        assertThat(Plans.ok(Plans.send("dhbk.gopy", "DELETE", "/api/follows/PLAN_VERSION/" + version, null), 200).getBoolean("following")).isFalse();
        Plans.comment("dhbk.gopy", plan, number, "s1", "Góp ý thứ hai"); // the default follow does not come back
        assertThat(Plans.ok(Library.get("dhbk.gopy", "/api/follows?recordType=PLAN_VERSION&recordId=" + version), 200).getBoolean("following")).isFalse();
        assertThat(Plans.ok(Plans.send("bcd.pheduyet", "DELETE", "/api/follows/PLAN/" + plan, null), 200).getBoolean("following")).isFalse();

        JsonObject comments = Plans.ok(Library.get("bql.soan", "/api/plans/" + plan + "/versions/" + number), 200);
        comments.getJsonArray("comments").getValuesAs(JsonObject.class)
                .forEach(c -> Plans.answer(plan, number, c.getJsonNumber("id").longValue(), "ACCEPTED", "Đồng ý"));
        Plans.ok(Plans.post("bql.soan", "/api/plans/" + plan + "/versions/" + number + "/submit-for-approval", null), 200);
        assertThat(told(NotificationKind.VERSION_TO_APPROVAL, "PLAN_VERSION", version)).as("ĐHBK unfollowed, the committee as such")
                .containsExactly("bcd.pheduyet");
    }

    @Test
    void theStoreWritesAnEventOnceHoweverOftenItIsPublished() throws SQLException {
        var config = PortalStackExtension.config();
        PGSimpleDataSource data = new PGSimpleDataSource();
        data.setURL(config.jdbcUrl());
        data.setUser(config.dbUser());
        data.setPassword(config.dbPassword());
        SqlNotificationStore store = new SqlNotificationStore(data);
        String id = "it-" + UUID.randomUUID();
        NotificationEvent event = NotificationEvent.of(NotificationKind.DOCUMENT_VERSION_ADDED, "DOCUMENT", id, "Tài liệu", "bql.soan", null,
                Map.of("version", "2"));
        List<Delivery> deliveries = List.of(new Delivery("dhbk.gopy", EmailMode.IMMEDIATE, "dhbk.gopy@hoalac.demo", "vi"),
                new Delivery("hvnn.gopy", EmailMode.DIGEST, "hvnn.gopy@hoalac.demo", "en"));
        assertThat(store.write(event, deliveries)).containsExactly("dhbk.gopy", "hvnn.gopy");
        assertThat(store.write(event, deliveries)).as("the same event again").isEmpty();
        assertThat(count("SELECT count(*) FROM notification WHERE record_id = ?", id)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM mail_outbox WHERE idempotency_key LIKE ?", event.eventKey() + "|%")).as("digest: none now").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM notification WHERE record_id = ? AND args ->> 'version' = '2'", id)).isEqualTo(2);
        try (Connection db = Portal.database();
             PreparedStatement n = db.prepareStatement("DELETE FROM notification WHERE record_id = ?");
             PreparedStatement m = db.prepareStatement("DELETE FROM mail_outbox WHERE idempotency_key LIKE ?")) {
            n.setString(1, id);
            n.executeUpdate(); // nobody's inbox keeps the test's rows, and nothing is mailed
            m.setString(1, event.eventKey() + "|%");
            m.executeUpdate();
        }
    }
}
