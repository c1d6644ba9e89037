package vn.hoalac.portal.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.mail.MailLanguage;
import vn.hoalac.portal.application.mail.MailOutbox;
import vn.hoalac.portal.application.mail.MailQueued;
import vn.hoalac.portal.infrastructure.persistence.Jdbc;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link MailOutbox} in table {@code mail_outbox}, with plain SQL; each call its own short transaction. */
@ApplicationScoped
public class SqlMailOutbox implements MailOutbox {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    /** Wakes the mail sender once a digest's transaction commits (none outside the container). */
    @Inject
    Event<MailQueued> mailQueued;

    /** What a mail handed over by a sender that did not report back within its lease is marked FAILED with. */
    static final String UNKNOWN_OUTCOME = "handed to the mail server, but the sender did not report back within its lease"
            + " (a very slow server, or the sender stopped): not sent again, so that it is never sent twice";

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claim(int max, int perMinute, Duration lease) {
        try (Connection c = dataSource.getConnection()) {
            // handed to the server under a claim whose lease ran out: the outcome is unknown, so never again
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE mail_outbox SET state = 'FAILED', last_error = ?
                    WHERE state = 'PENDING' AND handed_at IS NOT NULL AND due_at <= now()""")) {
                s.setString(1, UNKNOWN_OUTCOME);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("""
                     UPDATE mail_outbox SET attempts = attempts + 1, due_at = now() + make_interval(secs => ?),
                                            claim_token = gen_random_uuid()
                     WHERE id IN (SELECT id FROM mail_outbox
                                  WHERE state = 'PENDING' AND due_at <= now() AND handed_at IS NULL
                                  ORDER BY due_at, id
                                  LIMIT greatest(0, least(?, ? - (SELECT count(*) FROM mail_outbox
                                                                  WHERE sent_at > now() - interval '1 minute')))
                                  FOR UPDATE SKIP LOCKED)
                     RETURNING id, recipient, address, locale, kind, notification_ids, idempotency_key, attempts, created_at,
                               claim_token::text""")) {
                s.setDouble(1, lease.toMillis() / 1000.0);
                s.setInt(2, max);
                s.setInt(3, perMinute);
                List<Claimed> claimed = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                longs(rs.getArray(6)), rs.getString(7), rs.getInt(8), rs.getTimestamp(9).toInstant(), rs.getString(10)));
                    }
                }
                claimed.sort(Comparator.comparingLong(Claimed::id));
                return claimed;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim mails", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Notice> notices(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT n.id, n.kind, n.record_type, n.record_id, n.title, coalesce(p.display_name, n.actor), n.args::text, n.created_at
                     FROM notification n LEFT JOIN person p ON p.username = n.actor
                     WHERE n.id = ANY (?)""")) {
            s.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            Map<Long, Notice> byId = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    byId.put(rs.getLong(1), new Notice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), args(rs.getString(7)), rs.getTimestamp(8).toInstant()));
                }
            }
            return ids.stream().map(byId::get).filter(n -> n != null).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the notifications of a mail", e);
        }
    }

    /** The mail's own claim, and the mail still waiting for its outcome (or marked unknown meanwhile). */
    private static final String MINE = " WHERE id = ? AND claim_token = ?::uuid"
            + " AND (state = 'PENDING' OR (state = 'FAILED' AND handed_at IS NOT NULL))";

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean handOver(Claimed mail, Duration lease) {
        return update("UPDATE mail_outbox SET handed_at = now(), due_at = now() + make_interval(secs => ?) "
                + "WHERE id = ? AND claim_token = ?::uuid AND state = 'PENDING' AND handed_at IS NULL",
                lease.toMillis() / 1000.0, mail.id(), mail.token()) == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markSent(Claimed mail, String messageId, String subject) {
        update("UPDATE mail_outbox SET state = 'SENT', sent_at = now(), message_id = ?, subject = ?, last_error = NULL, "
                + "handed_at = NULL" + MINE, messageId, clip(subject), mail.id(), mail.token());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retryLater(Claimed mail, Duration delay, String error, String subject) {
        update("UPDATE mail_outbox SET state = 'PENDING', handed_at = NULL, due_at = now() + make_interval(secs => ?), "
                + "last_error = ?, subject = ?" + MINE, delay.toMillis() / 1000.0, clip(error), clip(subject), mail.id(), mail.token());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(Claimed mail, Duration delay) {
        update("UPDATE mail_outbox SET due_at = now() + make_interval(secs => ?), attempts = greatest(0, attempts - 1) "
                + "WHERE id = ? AND claim_token = ?::uuid AND state = 'PENDING' AND handed_at IS NULL",
                delay.toMillis() / 1000.0, mail.id(), mail.token());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markRefused(Claimed mail, String error, String subject) {
        update("UPDATE mail_outbox SET state = 'REFUSED', handed_at = NULL, last_error = ?, subject = ?" + MINE,
                clip(error), clip(subject), mail.id(), mail.token());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(Claimed mail, String error, String subject) {
        update("UPDATE mail_outbox SET state = 'FAILED', handed_at = NULL, last_error = ?, subject = ?" + MINE,
                clip(error), clip(subject), mail.id(), mail.token());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public List<Sent> recent(String state, int limit) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT id, recipient, address, kind, subject, state, attempts, last_error, created_at, due_at, sent_at
                     FROM mail_outbox WHERE (?::varchar IS NULL OR state = ?)
                     ORDER BY created_at DESC, id DESC LIMIT ?""")) {
            s.setString(1, state);
            s.setString(2, state);
            s.setInt(3, limit);
            List<Sent> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Sent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getInt(7), rs.getString(8), instant(rs.getTimestamp(9)),
                            instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("could not list the mails", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String state : List.of("PENDING", "SENT", "FAILED", "REFUSED")) {
            counts.put(state, 0L);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT state, count(*) FROM mail_outbox GROUP BY state");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the mails", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> undigestedRecipients() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT DISTINCT recipient FROM notification WHERE mail = 'DIGEST' AND digest_id IS NULL ORDER BY recipient");
             ResultSet rs = s.executeQuery()) {
            List<String> users = new ArrayList<>();
            while (rs.next()) {
                users.add(rs.getString(1));
            }
            return users;
        } catch (SQLException e) {
            throw new IllegalStateException("could not find the users waiting for a digest", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Waiting> undigested(String recipient) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT id, record_type, record_id FROM notification
                     WHERE recipient = ? AND mail = 'DIGEST' AND digest_id IS NULL ORDER BY created_at, id""")) {
            s.setString(1, recipient);
            List<Waiting> waiting = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    waiting.add(new Waiting(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return waiting;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the notifications waiting for the digest of " + recipient, e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean writeDigest(String recipient, String digest, Collection<Long> withheld) {
        try (Connection c = dataSource.getConnection()) {
            // another instance doing this user's digest right now: leave it to it
            try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtext('digest|' || ?))")) {
                s.setString(1, recipient);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        return false;
                    }
                }
            }
            if (!withheld.isEmpty()) { // records the user may no longer read: their lines are never mailed
                try (PreparedStatement s = c.prepareStatement("""
                        UPDATE notification SET mail = 'NONE'
                        WHERE recipient = ? AND mail = 'DIGEST' AND digest_id IS NULL AND id = ANY (?)""")) {
                    s.setString(1, recipient);
                    s.setArray(2, c.createArrayOf("bigint", withheld.toArray()));
                    s.executeUpdate();
                }
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT id FROM notification WHERE recipient = ? AND mail = 'DIGEST' AND digest_id IS NULL
                    ORDER BY created_at, id FOR UPDATE""")) {
                s.setString(1, recipient);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return false;
            }
            String address = null;
            String locale = "vi";
            try (PreparedStatement s = c.prepareStatement("SELECT email, locale FROM person WHERE username = ? AND enabled")) {
                s.setString(1, recipient);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        address = rs.getString(1);
                        locale = MailLanguage.of(rs.getString(2));
                    }
                }
            }
            Array idArray = c.createArrayOf("bigint", ids.toArray());
            if (address == null || address.isBlank()) { // no address (any more): the bell only
                try (PreparedStatement s = c.prepareStatement("UPDATE notification SET mail = 'NONE' WHERE id = ANY (?)")) {
                    s.setArray(1, idArray);
                    s.executeUpdate();
                }
                return false;
            }
            Long digestId = null;
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO mail_outbox (recipient, address, locale, kind, notification_ids, idempotency_key)
                    VALUES (?, ?, ?, 'DIGEST', ?, ?) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id""")) {
                s.setString(1, recipient);
                s.setString(2, address);
                s.setString(3, locale);
                s.setArray(4, idArray);
                s.setString(5, "digest|" + recipient + "|" + digest);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        digestId = rs.getLong(1);
                    }
                }
            }
            if (digestId == null) {
                return false; // that day's digest exists: what came since waits for the next one
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE notification SET digest_id = ? WHERE id = ANY (?)")) {
                s.setLong(1, digestId);
                s.setArray(2, idArray);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO notification_preference (username, email_mode, unsubscribe_token, last_digest_at)
                    VALUES (?, 'DIGEST', ?, now())
                    ON CONFLICT (username) DO UPDATE SET last_digest_at = now()""")) {
                s.setString(1, recipient);
                s.setString(2, SqlPreferenceStore.newToken());
                s.executeUpdate();
            }
            if (mailQueued != null) {
                mailQueued.fire(new MailQueued());
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the digest of " + recipient, e);
        }
    }

    private int update(String sql, Object... params) {
        return Jdbc.update(dataSource, "update the mail outbox", sql, params);
    }

    private static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            ids.add(((Number) o).longValue());
        }
        return ids;
    }

    static Map<String, String> args(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, String> args = new LinkedHashMap<>();
            object.forEach((k, v) -> args.put(k, v.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) v).getString() : v.toString()));
            return args;
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String clip(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
