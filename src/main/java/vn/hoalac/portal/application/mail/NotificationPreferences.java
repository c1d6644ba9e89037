package vn.hoalac.portal.application.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.application.notification.EmailMode;
import vn.hoalac.portal.domain.model.identity.PortalUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * A user's e-mail choice: immediately, a daily digest at 07:00 Hanoi time, or none; and whether reminders and decisions
 * stay immediate in digest mode. The address is the identity provider's, shown and never edited here. Unsubscribing
 * by the link of an e-mail turns e-mail off for the token's owner, whoever follows the link.
 */
@RequestScoped
public class NotificationPreferences {

    private static final Logger LOG = Logger.getLogger(NotificationPreferences.class.getName());

    @Inject
    PortalUser user;

    @Inject
    PreferenceStore store;

    /** The choice and the address it goes to (null: the identity provider has none, so in-app notifications only). */
    public record View(EmailMode emailMode, boolean urgentImmediate, String email) {
    }

    @Transactional
    public View mine() {
        PreferenceStore.Preference p = store.find(user.username()).orElse(PreferenceStore.Preference.DEFAULT);
        return new View(p.emailMode(), p.urgentImmediate(), blankToNull(user.email()));
    }

    /**
     * Stores the caller's choice.
     *
     * @param emailMode       IMMEDIATE, DIGEST or NONE (any case)
     * @param urgentImmediate true, false, or null for the current value
     */
    @Transactional
    public View change(String emailMode, Boolean urgentImmediate) {
        List<Problem> problems = new ArrayList<>();
        EmailMode mode = null;
        if (emailMode == null || emailMode.isBlank()) {
            problems.add(new Problem("emailMode", "preferences.emailMode.required"));
        } else {
            try {
                mode = EmailMode.valueOf(emailMode.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("emailMode", "preferences.emailMode.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("preferences.invalid", problems);
        }
        PreferenceStore.Preference current = store.find(user.username()).orElse(PreferenceStore.Preference.DEFAULT);
        store.save(user.username(), new PreferenceStore.Preference(mode,
                urgentImmediate == null ? current.urgentImmediate() : urgentImmediate));
        return mine();
    }

    /**
     * Turns e-mail off for the owner of the token of an e-mail's unsubscribe link.
     *
     * @return the owner's user name
     * @throws NotFoundException when no user has this token (mistyped, cut, or made up)
     */
    @Transactional
    public String unsubscribe(String token) {
        String clean = token == null ? "" : token.strip();
        if (clean.isEmpty() || clean.length() > 64) {
            throw new NotFoundException("preferences.unsubscribe.unknown");
        }
        String owner = store.unsubscribe(clean).orElseThrow(() -> new NotFoundException("preferences.unsubscribe.unknown"));
        LOG.info(() -> "e-mail turned off for " + owner + " by the unsubscribe link");
        return owner;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
