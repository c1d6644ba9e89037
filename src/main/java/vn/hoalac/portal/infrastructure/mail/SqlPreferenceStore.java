package vn.hoalac.portal.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.mail.PreferenceStore;
import vn.hoalac.portal.application.notification.EmailMode;
import vn.hoalac.portal.infrastructure.persistence.Jdbc;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;

/** {@link PreferenceStore} in table {@code notification_preference}. */
@ApplicationScoped
public class SqlPreferenceStore implements PreferenceStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    /** 32 random bytes, URL-safe (43 characters). */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    @Transactional
    public Optional<Preference> find(String username) {
        return Jdbc.with(dataSource, "read the preferences of " + username, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT email_mode, urgent_immediate FROM notification_preference WHERE username = ?")) {
                s.setString(1, username);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new Preference(EmailMode.valueOf(rs.getString(1)), rs.getBoolean(2))) : Optional.empty();
                }
            }
        });
    }

    @Override
    @Transactional
    public void save(String username, Preference preference) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     INSERT INTO notification_preference (username, email_mode, urgent_immediate, unsubscribe_token)
                     VALUES (?, ?, ?, ?)
                     ON CONFLICT (username) DO UPDATE SET email_mode = EXCLUDED.email_mode,
                            urgent_immediate = EXCLUDED.urgent_immediate, updated_at = now()""")) {
            s.setString(1, username);
            s.setString(2, preference.emailMode().name());
            s.setBoolean(3, preference.urgentImmediate());
            s.setString(4, newToken());
            s.executeUpdate();
            if (preference.emailMode() == EmailMode.NONE) {
                stopMail(c, username);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the preferences of " + username, e);
        }
    }

    /**
     * No e-mail means none from now on, also of what was already waiting: the user's unsent e-mails are dropped and
     * their notifications waiting for the digest will not be mailed (they stay in the portal, under the bell).
     */
    private static void stopMail(Connection c, String username) throws SQLException {
        Jdbc.update(c, "DELETE FROM mail_outbox WHERE recipient = ? AND state = 'PENDING'", username);
        Jdbc.update(c, "UPDATE notification SET mail = 'NONE' WHERE recipient = ? AND mail = 'DIGEST' AND digest_id IS NULL", username);
    }

    @Override
    @Transactional
    public String unsubscribeToken(String username) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO notification_preference (username, unsubscribe_token) VALUES (?, ?)
                    ON CONFLICT (username) DO NOTHING""")) {
                s.setString(1, username);
                s.setString(2, newToken());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT unsubscribe_token FROM notification_preference WHERE username = ?")) {
                s.setString(1, username);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not find the unsubscribe token of " + username, e);
        }
    }

    @Override
    @Transactional
    public Optional<String> unsubscribe(String token) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     UPDATE notification_preference SET email_mode = 'NONE', updated_at = now()
                     WHERE unsubscribe_token = ? RETURNING username""")) {
            s.setString(1, token);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String username = rs.getString(1);
                stopMail(c, username);
                return Optional.of(username);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not unsubscribe", e);
        }
    }
}
