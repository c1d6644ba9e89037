package vn.hoalac.portal.application.mail;

import vn.hoalac.portal.application.notification.EmailMode;

import java.util.Optional;

/** The users' e-mail choices ({@code notification_preference}); no row means the defaults. */
public interface PreferenceStore {

    /** A user's choice. */
    record Preference(EmailMode emailMode, boolean urgentImmediate) {

        public static final Preference DEFAULT = new Preference(EmailMode.IMMEDIATE, true);
    }

    Optional<Preference> find(String username);

    /** Stores the choice (the row, with its unsubscribe token, created when missing). */
    void save(String username, Preference preference);

    /** The secret of the user's unsubscribe link, created (32 random bytes) when the user has none yet. */
    String unsubscribeToken(String username);

    /**
     * Turns e-mail off for the owner of the token.
     *
     * @return the owner's user name; empty when no user has this token
     */
    Optional<String> unsubscribe(String token);
}
