package vn.hoalac.portal.infrastructure.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.hoalac.portal.application.Page;
import vn.hoalac.portal.application.mail.MailQueued;
import vn.hoalac.portal.application.notification.Delivery;
import vn.hoalac.portal.application.notification.EmailMode;
import vn.hoalac.portal.application.notification.EmailPreference;
import vn.hoalac.portal.application.notification.NotificationEvent;
import vn.hoalac.portal.application.notification.NotificationKind;
import vn.hoalac.portal.application.notification.NotificationStore;
import vn.hoalac.portal.application.notification.StoredNotification;
import vn.hoalac.portal.domain.model.identity.Member;
import vn.hoalac.portal.domain.model.identity.Person;
import vn.hoalac.portal.domain.model.identity.Role;
import vn.hoalac.portal.infrastructure.persistence.Jdbc;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Notifications, e-mails to send, preferences and follows in PostgreSQL (V12), with plain SQL on the portal's data
 * source: inside a use case's transaction the connection is that transaction's (as the JPA repositories'), so what is
 * written here commits or rolls back with the change. An event is written by one statement for all its recipients
 * (arrays as parameters, {@code unnest}), whatever their number.
 */
@ApplicationScoped
public class SqlNotificationStore implements NotificationStore {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    /** Wakes the mail sender once the transaction that wrote e-mails commits (none outside the container). */
    @Inject
    Event<MailQueued> mailQueued;

    public SqlNotificationStore() {
    }

    /** For the benchmark and tests outside the container. */
    public SqlNotificationStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** For tests outside the container: this event for the mails written. */
    public SqlNotificationStore(DataSource dataSource, Event<MailQueued> mailQueued) {
        this.dataSource = dataSource;
        this.mailQueued = mailQueued;
    }

    private <T> T sql(String what, Jdbc.Work<T> work) {
        return Jdbc.with(dataSource, "notifications: " + what, work);
    }

    @Override
    public List<Member> namedOrFollowing(Collection<String> usernames, Collection<RecordRef> followed) {
        return sql("read the recipients", c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT username, display_name, organization, email, locale, array_to_string(roles, ',') FROM person
                    WHERE enabled AND (username = ANY (?) OR username IN (
                        SELECT f.username FROM follow f JOIN unnest(?::text[], ?::text[]) AS r(t, i)
                            ON f.record_type = r.t AND f.record_id = r.i
                        WHERE f.following))
                    ORDER BY username""")) {
                s.setArray(1, c.createArrayOf("text", usernames.toArray()));
                s.setArray(2, c.createArrayOf("text", followed.stream().map(RecordRef::type).toArray()));
                s.setArray(3, c.createArrayOf("text", followed.stream().map(RecordRef::id).toArray()));
                List<Member> members = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Set<Role> roles = Arrays.stream(rs.getString(6).split(",")).map(Role::fromClaim)
                                .flatMap(Optional::stream).collect(Collectors.toSet());
                        members.add(new Member(new Person(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)), roles));
                    }
                }
                return members;
            }
        });
    }

    @Override
    public Map<String, EmailPreference> preferences(Collection<String> usernames) {
        return sql("read the preferences", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT username, email_mode, urgent_immediate FROM notification_preference WHERE username = ANY (?)")) {
                s.setArray(1, c.createArrayOf("text", usernames.toArray()));
                Map<String, EmailPreference> found = new HashMap<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), new EmailPreference(mode(rs.getString(2)), rs.getBoolean(3)));
                    }
                }
                return found;
            }
        });
    }

    private static EmailMode mode(String stored) {
        try {
            return EmailMode.valueOf(stored);
        } catch (RuntimeException unknown) {
            return EmailMode.IMMEDIATE;
        }
    }

    @Override
    public List<String> write(NotificationEvent event, List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        return sql("write the notifications", c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    WITH r AS (
                        SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS r(recipient, mail, address, locale)
                    ), n AS (
                        INSERT INTO notification (recipient, kind, record_type, record_id, title, actor, args, event_key, mail)
                        SELECT recipient, ?, ?, ?, ?, ?, ?::jsonb, ?, mail FROM r
                        ON CONFLICT (recipient, event_key) DO NOTHING
                        RETURNING id, recipient, mail
                    ), m AS (
                        INSERT INTO mail_outbox (recipient, address, locale, kind, notification_ids, idempotency_key)
                        SELECT n.recipient, r.address, r.locale, 'IMMEDIATE', ARRAY[n.id], ? || '|' || n.recipient
                        FROM n JOIN r ON r.recipient = n.recipient
                        WHERE n.mail = 'IMMEDIATE' AND r.address IS NOT NULL
                        ON CONFLICT (idempotency_key) DO NOTHING
                        RETURNING id
                    )
                    SELECT recipient, (SELECT count(*) FROM m) FROM n ORDER BY recipient""")) {
                s.setArray(1, c.createArrayOf("text", deliveries.stream().map(Delivery::recipient).toArray()));
                s.setArray(2, c.createArrayOf("text", deliveries.stream().map(d -> d.mail().name()).toArray()));
                s.setArray(3, c.createArrayOf("text", deliveries.stream().map(Delivery::address).toArray()));
                s.setArray(4, c.createArrayOf("text", deliveries.stream().map(Delivery::locale).toArray()));
                s.setString(5, event.kind().name());
                s.setString(6, event.recordType());
                s.setString(7, event.recordId());
                s.setString(8, event.title());
                s.setString(9, event.actor());
                s.setString(10, json(event.args()));
                s.setString(11, event.eventKey());
                s.setString(12, event.eventKey());
                List<String> written = new ArrayList<>();
                long mails = 0;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        written.add(rs.getString(1));
                        mails = rs.getLong(2);
                    }
                }
                if (mails > 0 && mailQueued != null) {
                    mailQueued.fire(new MailQueued()); // observed after the commit: the mail leaves at once, not at the next poll
                }
                return written;
            }
        });
    }

    static String json(Map<String, String> args) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        new TreeMap<>(args).forEach((k, v) -> {
            if (v != null) {
                b.add(k, v);
            }
        });
        return b.build().toString();
    }

    static Map<String, String> args(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            Map<String, String> args = new LinkedHashMap<>();
            o.forEach((k, v) -> args.put(k, v instanceof JsonString str ? str.getString()
                    : v == JsonValue.NULL ? null : v.toString()));
            args.values().removeIf(java.util.Objects::isNull);
            return args;
        }
    }

    @Override
    public Page<StoredNotification> inbox(String recipient, boolean unreadOnly, NotificationKind kind, int first, int max) {
        String where = " WHERE recipient = ?" + (unreadOnly ? " AND read_at IS NULL" : "") + (kind != null ? " AND kind = ?" : "");
        return sql("read the inbox", c -> {
            List<StoredNotification> items = new ArrayList<>();
            long total = -1;
            try (PreparedStatement s = c.prepareStatement("SELECT id, recipient, kind, record_type, record_id, title, actor, args::text, "
                    + "created_at, read_at, mail, count(*) OVER () FROM notification" + where
                    + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")) {
                int i = bind(s, recipient, kind);
                s.setInt(i++, max);
                s.setInt(i, first);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        total = rs.getLong(12);
                        NotificationKind k;
                        try {
                            k = NotificationKind.valueOf(rs.getString(3));
                        } catch (IllegalArgumentException unknown) {
                            continue; // a kind this version does not know (a newer instance wrote it)
                        }
                        items.add(new StoredNotification(rs.getLong(1), rs.getString(2), k, rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), args(rs.getString(8)), rs.getObject(9, OffsetDateTime.class),
                                rs.getObject(10, OffsetDateTime.class), mode(rs.getString(11))));
                    }
                }
            }
            if (total < 0) { // an empty page: the total is still wanted
                try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM notification" + where)) {
                    bind(s, recipient, kind);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        total = rs.getLong(1);
                    }
                }
            }
            return new Page<>(total, items);
        });
    }

    private static int bind(PreparedStatement s, String recipient, NotificationKind kind) throws SQLException {
        int i = 1;
        s.setString(i++, recipient);
        if (kind != null) {
            s.setString(i++, kind.name());
        }
        return i;
    }

    @Override
    public long unread(String recipient) {
        return sql("count the unread notifications", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM notification WHERE recipient = ? AND read_at IS NULL")) {
                s.setString(1, recipient);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public int markRead(String recipient, Collection<Long> ids) {
        return sql("mark notifications read", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE notification SET read_at = now() WHERE recipient = ? AND id = ANY (?) AND read_at IS NULL")) {
                s.setString(1, recipient);
                s.setArray(2, c.createArrayOf("bigint", ids.toArray()));
                return s.executeUpdate();
            }
        });
    }

    @Override
    public int markAllRead(String recipient) {
        return update("mark all notifications read", "UPDATE notification SET read_at = now() WHERE recipient = ? AND read_at IS NULL",
                recipient);
    }

    @Override
    public int purgeBefore(OffsetDateTime before) {
        return update("delete old notifications", "DELETE FROM notification WHERE created_at < ?", before);
    }

    @Override
    public void follow(String username, RecordRef record) {
        update("follow", """
                INSERT INTO follow (username, record_type, record_id, following) VALUES (?, ?, ?, true)
                ON CONFLICT (record_type, record_id, username) DO UPDATE SET following = true, since = now()
                WHERE NOT follow.following""", username, record.type(), record.id());
    }

    @Override
    public void unfollow(String username, RecordRef record) {
        update("unfollow", """
                INSERT INTO follow (username, record_type, record_id, following) VALUES (?, ?, ?, false)
                ON CONFLICT (record_type, record_id, username) DO UPDATE SET following = false, since = now()
                WHERE follow.following""", username, record.type(), record.id());
    }

    @Override
    public void followByDefault(Collection<String> usernames, RecordRef record) {
        sql("follow by default", c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO follow (username, record_type, record_id, following)
                    SELECT u, ?, ?, true FROM unnest(?::text[]) AS u
                    ON CONFLICT (record_type, record_id, username) DO NOTHING""")) {
                s.setString(1, record.type());
                s.setString(2, record.id());
                s.setArray(3, c.createArrayOf("text", usernames.toArray()));
                return s.executeUpdate();
            }
        });
    }

    @Override
    public boolean follows(String username, RecordRef record) {
        return sql("read a follow", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT following FROM follow WHERE record_type = ? AND record_id = ? AND username = ?")) {
                s.setString(1, record.type());
                s.setString(2, record.id());
                s.setString(3, username);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    private int update(String what, String sql, Object... params) {
        return Jdbc.update(dataSource, "notifications: " + what, sql, params);
    }
}
