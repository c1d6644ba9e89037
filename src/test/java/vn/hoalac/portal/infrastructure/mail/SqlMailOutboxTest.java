package vn.hoalac.portal.infrastructure.mail;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.mail.MailOutbox;
import vn.hoalac.portal.application.mail.MailTransport;
import vn.hoalac.portal.application.mail.OutboxSender;
import vn.hoalac.portal.application.mail.OutgoingMail;
import vn.hoalac.portal.application.mail.PreferenceStore;
import vn.hoalac.portal.application.mail.RetryPolicy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's claims on a real PostgreSQL (V12, V15, V17) with a lease of one second: a send that outlives its lease
 * (a tarpitting server) is never sent twice, and a sender whose lease was taken over can neither mark nor send.
 */
class SqlMailOutboxTest {

    private static final Duration LEASE = Duration.ofSeconds(1);
    private static EmbeddedPostgres pg;
    private final SqlMailOutbox outbox = new SqlMailOutbox();

    @BeforeAll
    static void database() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(Files.readString(Path.of("src/main/resources/db/migration/V10__people.sql")));
            for (String v : List.of("V12__notifications.sql", "V15__mail_outbox_subject.sql", "V17__mail_claim_token.sql")) {
                s.execute(Files.readString(Path.of("src/main/resources/db/migration/" + v)));
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        pg.close();
    }

    @BeforeEach
    void empty() throws Exception {
        outbox.dataSource = pg.getPostgresDatabase();
        sql("DELETE FROM mail_outbox");
    }

    @Test
    void aSendOutlivingItsLeaseIsNotSentAgainByTheNextSenderAndStillEndsSent() throws Exception {
        long id = mail("k1");
        CountDownLatch handedOver = new CountDownLatch(1);
        CountDownLatch secondSenderDone = new CountDownLatch(1);
        List<String> delivered = new CopyOnWriteArrayList<>();
        MailTransport tarpit = new Transport(mail -> {
            handedOver.countDown();
            await(secondSenderDone); // the server keeps this sender talking past its lease
            delivered.add(mail.messageId());
        });
        MailTransport quick = new Transport(mail -> delivered.add(mail.messageId()));

        Thread first = Thread.ofPlatform().start(() -> sender(tarpit).drainOnce(10, 600));
        assertThat(handedOver.await(30, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(LEASE.toMillis() + 500); // the first sender's lease has run out
        OutboxSender.Round second = sender(quick).drainOnce(10, 600);
        assertThat(second.claimed()).as("a mail handed to the server is not claimed again").isZero();
        assertThat(state(id)).isEqualTo("FAILED");
        secondSenderDone.countDown();
        first.join(30_000);

        assertThat(delivered).as("sent once").hasSize(1);
        assertThat(state(id)).as("the first sender's success still counts").isEqualTo("SENT");
    }

    @Test
    void aSenderWhoseLeaseWasTakenOverCanNeitherSendNorMarkTheMail() throws Exception {
        long id = mail("k2");
        MailOutbox.Claimed stale = outbox.claim(10, 600, LEASE).getFirst();
        Thread.sleep(LEASE.toMillis() + 500);
        MailOutbox.Claimed current = outbox.claim(10, 600, Duration.ofMinutes(10)).getFirst();
        assertThat(current.id()).isEqualTo(id);
        assertThat(current.token()).isNotEqualTo(stale.token());

        assertThat(outbox.handOver(stale, LEASE)).as("the stale claim may not send").isFalse();
        outbox.retryLater(stale, Duration.ofHours(1), "timeout", null);
        outbox.markSent(stale, "<stale>", "s");
        outbox.markFailed(stale, "x", null);
        outbox.release(stale, Duration.ofHours(1));
        assertThat(state(id)).isEqualTo("PENDING");
        assertThat(column(id, "attempts")).isEqualTo("2");

        assertThat(outbox.handOver(current, Duration.ofMinutes(10))).isTrue();
        outbox.markSent(current, "<current>", "s");
        assertThat(state(id)).isEqualTo("SENT");
        assertThat(column(id, "message_id")).isEqualTo("<current>");
    }

    @Test
    void aTemporaryFailureAfterTheHandOverIsRetriedByTheNextClaim() throws Exception {
        long id = mail("k3");
        MailOutbox.Claimed first = outbox.claim(10, 600, LEASE).getFirst();
        assertThat(outbox.handOver(first, LEASE)).isTrue();
        outbox.retryLater(first, Duration.ZERO, "421 try later", null);
        MailOutbox.Claimed again = outbox.claim(10, 600, LEASE).getFirst();
        assertThat(again.id()).isEqualTo(id);
        assertThat(outbox.handOver(again, LEASE)).isTrue();
    }

    @Test
    void aDigestOnDemandIsADigestOfItsOwnAndTheDaysDigestStillCarriesWhatCameAfter() throws Exception {
        sql("DELETE FROM notification");
        sql("INSERT INTO person (username, display_name, organization, email, locale) VALUES ('d', 'D', 'BQL', 'd@x', 'vi') "
                + "ON CONFLICT DO NOTHING");
        long before = notification("d", "e1");
        assertThat(outbox.writeDigest("d", "2026-12-02@now-1764630000000", List.of())).isTrue();
        long after = notification("d", "e2");
        assertThat(outbox.writeDigest("d", "2026-12-02", List.of())).as("the 07:00 digest is not skipped").isTrue();
        assertThat(outbox.writeDigest("d", "2026-12-02", List.of())).as("nor doubled").isFalse();
        assertThat(digestKeyOf(before)).isEqualTo("digest|d|2026-12-02@now-1764630000000");
        assertThat(digestKeyOf(after)).isEqualTo("digest|d|2026-12-02");
    }

    // --- helpers ---

    private static long notification(String recipient, String key) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO notification (recipient, kind, record_type, record_id, title, "
                     + "event_key, mail) VALUES (?, 'VERSION_SUBMITTED', 'PLAN', '1', 'P', ?, 'DIGEST') RETURNING id")) {
            s.setString(1, recipient);
            s.setString(2, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String digestKeyOf(long notification) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT m.idempotency_key FROM notification n JOIN mail_outbox m ON m.id = n.digest_id "
                     + "WHERE n.id = ?")) {
            s.setLong(1, notification);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private OutboxSender sender(MailTransport transport) {
        return new OutboxSender(outbox, transport,
                (mail, notices, token) -> new OutgoingMail(mail.address(), "S", "T", null, "<" + mail.idempotencyKey() + ">", token),
                new NoPreferences(), RetryPolicy.DEFAULT, LEASE, Clock.systemUTC());
    }

    private static long mail(String key) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO mail_outbox (recipient, address, kind, notification_ids, idempotency_key) "
                     + "VALUES ('u', 'u@x', 'IMMEDIATE', '{}', ?) RETURNING id")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String state(long id) throws Exception {
        return column(id, "state");
    }

    private static String column(long id, String column) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + column + "::text FROM mail_outbox WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void sql(String sql) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Transport(java.util.function.Consumer<OutgoingMail> server) implements MailTransport {
        @Override
        public void send(OutgoingMail mail) {
            server.accept(mail);
        }
    }

    private static final class NoPreferences implements PreferenceStore {
        @Override
        public Optional<Preference> find(String username) {
            return Optional.empty();
        }

        @Override
        public void save(String username, Preference preference) {
        }

        @Override
        public String unsubscribeToken(String username) {
            return "t";
        }

        @Override
        public Optional<String> unsubscribe(String token) {
            return Optional.empty();
        }
    }
}
