package vn.hoalac.portal.application.notification;

import vn.hoalac.portal.application.Page;
import vn.hoalac.portal.domain.model.identity.Member;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The port to the stored notifications ({@code notification}, {@code mail_outbox}, {@code notification_preference},
 * {@code follow}). Every method works in the caller's transaction and costs one statement whatever the number of
 * people: an event's fan-out is set-based.
 */
public interface NotificationStore {

    /** A record someone may follow: its type and id as the audit trail writes them. */
    record RecordRef(String type, String id) {
    }

    /**
     * The enabled people of the directory named in {@code usernames} or following one of {@code followed}
     * ({@code follow.following}), with their roles: the audience's named users and the followers, in one read.
     */
    List<Member> namedOrFollowing(Collection<String> usernames, Collection<RecordRef> followed);

    /** The stored choices of these people; someone without a row is missing (the defaults apply). */
    Map<String, EmailPreference> preferences(Collection<String> usernames);

    /**
     * Writes one notification per delivery (a recipient who already has this event's key gets nothing new) and, for
     * each IMMEDIATE one newly written, its e-mail ({@code mail_outbox}, idempotency key {@code eventKey|recipient}).
     *
     * @return the recipients newly notified
     */
    List<String> write(NotificationEvent event, List<Delivery> deliveries);

    /** The recipient's notifications, newest first, unread only or all, of one kind or (null) any. */
    Page<StoredNotification> inbox(String recipient, boolean unreadOnly, NotificationKind kind, int first, int max);

    /** How many of the recipient's notifications are unread. */
    long unread(String recipient);

    /** Marks these of the recipient's own notifications read (ids of others' are ignored); the number changed. */
    int markRead(String recipient, Collection<Long> ids);

    /** Marks every notification of the recipient read; the number changed. */
    int markAllRead(String recipient);

    /** Deletes the notifications created before the instant; the number deleted. */
    int purgeBefore(OffsetDateTime before);

    /** Follows a record (an explicit choice: it replaces an unfollow). */
    void follow(String username, RecordRef record);

    /** Stops following (kept as {@code following = false}, so no default follow brings it back). */
    void unfollow(String username, RecordRef record);

    /** The people involved follow by default: a row for each one who has none, an explicit unfollow stays. */
    void followByDefault(Collection<String> usernames, RecordRef record);

    /** Whether the user follows the record now. */
    boolean follows(String username, RecordRef record);
}
