package vn.hoalac.portal.interfaces.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoalac.portal.application.notification.Inbox;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.interfaces.web.shell.Formats;
import vn.hoalac.portal.interfaces.web.shell.PageActions;

import java.text.NumberFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bell in the header of every signed-in page: the number of the user's unread notifications when the page was
 * written (one indexed count), then kept up to date by {@code bell.js}, which polls {@link UnreadCountServlet} every
 * {@link #POLL_SECONDS} seconds while the page is visible and stops after {@link #IDLE_MINUTES} minutes without any
 * activity on the page (so that an unattended page does not keep its session alive for ever).
 */
@Named
@RequestScoped
public class NotificationBell {

    /** How often an open, visible page asks for the count (docs/benchmarks.md: the cost of 50 open pages). */
    public static final int POLL_SECONDS = 30;
    /** After so long without a key, click, touch or scroll the page stops asking (the session is 30 minutes). */
    public static final int IDLE_MINUTES = 25;

    private static final Logger LOG = Logger.getLogger(NotificationBell.class.getName());

    @Inject
    PortalUser user;

    @Inject
    Inbox inbox;

    private Long unread;

    /** Only for a signed-in user (the layout is also drawn for a page that failed before the login). */
    public boolean isShown() {
        return user != null && user.username() != null && !"anonymous".equals(user.username());
    }

    public long getUnread() {
        if (unread == null) {
            try {
                unread = inbox.unread();
            } catch (RuntimeException e) {
                // the page itself matters more than its badge: the poll tries again
                LOG.log(Level.FINE, "unread count not read", e);
                unread = 0L;
            }
        }
        return unread;
    }

    /** The badge: the number in the page's language, 99+ above 99. */
    public String getShownCount() {
        long n = getUnread();
        return n > 99 ? "99+" : NumberFormat.getIntegerInstance(Formats.pageLocale()).format(n);
    }

    /** The bell's accessible name: "Thông báo, 3 chưa đọc". */
    public String getLabel() {
        long n = getUnread();
        return n > 0 ? PageActions.text("bell.some").replace("{0}", NumberFormat.getIntegerInstance(Formats.pageLocale()).format(n))
                : PageActions.text("bell.none");
    }

    public int getPollSeconds() {
        return POLL_SECONDS;
    }

    public int getIdleMinutes() {
        return IDLE_MINUTES;
    }
}
