package vn.hoalac.portal.application.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.AccessPolicy;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Problem;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Administrators: the portal's recent e-mails with their state (sent, waiting, failed, refused), and the daily digest on demand. */
@RequestScoped
public class MailLog {

    public static final Set<String> STATES = Set.of("PENDING", "SENT", "FAILED", "REFUSED");

    @Inject
    PortalUser user;

    @Inject
    MailOutbox outbox;

    @Inject
    DailyDigest digest;

    @Transactional
    public List<MailOutbox.Sent> recent(String state, int limit) {
        AccessPolicy.requireAnyRole(user, "action.mail.read", Role.ADMIN);
        return outbox.recent(state(state), Math.max(1, Math.min(limit, 500)));
    }

    @Transactional
    public Map<String, Long> counts() {
        AccessPolicy.requireAnyRole(user, "action.mail.read", Role.ADMIN);
        return outbox.counts();
    }

    /**
     * Writes a digest now for everyone with notifications waiting: what waits now goes; the day's 07:00 digest is
     * still written later, with what came after.
     */
    public int digestNow() {
        AccessPolicy.requireAnyRole(user, "action.mail.digest", Role.ADMIN);
        return digest.runNow(java.time.Instant.now());
    }

    private static String state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        String s = state.strip().toUpperCase(Locale.ROOT);
        if (!STATES.contains(s)) {
            throw new InvalidInputException("mail.state.invalid", new Problem("state", "mail.state.invalid"));
        }
        return s;
    }
}
