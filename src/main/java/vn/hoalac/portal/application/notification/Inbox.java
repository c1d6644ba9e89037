package vn.hoalac.portal.application.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.Message;
import vn.hoalac.portal.application.Page;
import vn.hoalac.portal.application.people.PeopleDirectory;
import vn.hoalac.portal.domain.model.identity.PortalUser;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The caller's own notifications (the bell and the notification page): newest first, unread only or all, of one kind
 * or any, with how many are unread; marking some or all of them read. Only ever the caller's: ids of someone else's
 * notifications are ignored.
 */
@RequestScoped
public class Inbox {

    /** The largest page. */
    public static final int MAX_PAGE = 200;

    /** A notification as it is shown: its sentence (in words the reader's language gives it) and its record's page. */
    public record Item(StoredNotification notification, String actorName, Message sentence, String href) {
    }

    /** A page of the inbox, with the count of the whole filtered list and of the unread ones. */
    public record InboxPage(long total, long unread, List<Item> items) {
        public InboxPage {
            items = List.copyOf(items);
        }
    }

    @Inject
    PortalUser user;

    @Inject
    NotificationStore store;

    @Inject
    PeopleDirectory people;

    @Inject
    OrganizationNames organizations;

    @Transactional
    public InboxPage list(boolean unreadOnly, NotificationKind kind, int first, int max) {
        Page<StoredNotification> page = store.inbox(user.username(), unreadOnly, kind, Math.max(0, first),
                Math.max(1, Math.min(MAX_PAGE, max)));
        Set<String> actors = new TreeSet<>();
        page.items().stream().map(StoredNotification::actor).filter(Objects::nonNull).forEach(actors::add);
        Map<String, vn.hoalac.portal.domain.model.identity.Person> known = people.findAll(actors);
        java.util.function.Function<String, Object> names = organizations.lookup();
        List<Item> items = page.items().stream().map(n -> {
            String name = n.actor() == null ? null : known.containsKey(n.actor()) ? known.get(n.actor()).name() : n.actor();
            return new Item(n, name, NotificationSentences.sentence(n, name, names), RecordLinks.href(n.recordType(), n.recordId()));
        }).toList();
        long unread = unreadOnly && kind == null ? page.total() : store.unread(user.username());
        return new InboxPage(page.total(), unread, items);
    }

    /** The number of the caller's unread notifications (the bell). */
    @Transactional
    public long unread() {
        return store.unread(user.username());
    }

    /** Marks these of the caller's notifications read; the number that were unread. */
    @Transactional
    public int markRead(Collection<Long> ids) {
        List<Long> clean = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
        return clean.isEmpty() ? 0 : store.markRead(user.username(), clean);
    }

    /** Marks all the caller's notifications read; the number that were unread. */
    @Transactional
    public int markAllRead() {
        return store.markAllRead(user.username());
    }
}
