package vn.hoalac.portal.application.notification;

import vn.hoalac.portal.application.Page;
import vn.hoalac.portal.domain.model.identity.Member;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The store as the SQL adapter behaves, in memory: one notification per recipient and event key, one e-mail per IMMEDIATE one. */
class FakeNotificationStore implements NotificationStore {

    final Map<String, Member> directory = new LinkedHashMap<>();
    final Map<String, Boolean> follows = new HashMap<>(); // "TYPE:ID:user" -> following
    final Map<String, EmailPreference> preferences = new HashMap<>();
    final List<StoredNotification> notifications = new ArrayList<>();
    final Map<String, Delivery> outbox = new LinkedHashMap<>(); // idempotency key -> e-mail
    int writes;
    private long ids;

    private static String key(RecordRef r, String user) {
        return r.type() + ":" + r.id() + ":" + user;
    }

    @Override
    public List<Member> namedOrFollowing(Collection<String> usernames, Collection<RecordRef> followed) {
        return directory.values().stream().filter(m -> usernames.contains(m.username())
                || followed.stream().anyMatch(r -> follows.getOrDefault(key(r, m.username()), false))).toList();
    }

    @Override
    public Map<String, EmailPreference> preferences(Collection<String> usernames) {
        Map<String, EmailPreference> found = new HashMap<>();
        usernames.stream().filter(preferences::containsKey).forEach(u -> found.put(u, preferences.get(u)));
        return found;
    }

    @Override
    public List<String> write(NotificationEvent event, List<Delivery> deliveries) {
        writes++;
        List<String> written = new ArrayList<>();
        for (Delivery d : deliveries) {
            boolean known = notifications.stream().anyMatch(n -> n.recipient().equals(d.recipient())
                    && n.args().get("$key").equals(event.eventKey()));
            if (known) {
                continue;
            }
            Map<String, String> args = new HashMap<>(event.args());
            args.put("$key", event.eventKey());
            notifications.add(new StoredNotification(++ids, d.recipient(), event.kind(), event.recordType(), event.recordId(),
                    event.title(), event.actor(), args, OffsetDateTime.now(), null, d.mail()));
            if (d.mail() == EmailMode.IMMEDIATE) {
                outbox.putIfAbsent(event.eventKey() + "|" + d.recipient(), d);
            }
            written.add(d.recipient());
        }
        return written;
    }

    List<String> recipientsOf(String eventKey) {
        return notifications.stream().filter(n -> n.args().get("$key").equals(eventKey)).map(StoredNotification::recipient).sorted().toList();
    }

    EmailMode mailOf(String eventKey, String recipient) {
        return notifications.stream().filter(n -> n.args().get("$key").equals(eventKey) && n.recipient().equals(recipient))
                .findFirst().orElseThrow().mail();
    }

    @Override
    public Page<StoredNotification> inbox(String recipient, boolean unreadOnly, NotificationKind kind, int first, int max) {
        List<StoredNotification> mine = notifications.stream().filter(n -> n.recipient().equals(recipient))
                .filter(n -> !unreadOnly || !n.read()).filter(n -> kind == null || n.kind() == kind)
                .sorted(Comparator.comparingLong(StoredNotification::id).reversed()).toList();
        return Page.of(mine, first, max);
    }

    @Override
    public long unread(String recipient) {
        return notifications.stream().filter(n -> n.recipient().equals(recipient) && !n.read()).count();
    }

    @Override
    public int markRead(String recipient, Collection<Long> idsToMark) {
        int marked = 0;
        for (int i = 0; i < notifications.size(); i++) {
            StoredNotification n = notifications.get(i);
            if (n.recipient().equals(recipient) && idsToMark.contains(n.id()) && !n.read()) {
                notifications.set(i, new StoredNotification(n.id(), n.recipient(), n.kind(), n.recordType(), n.recordId(), n.title(),
                        n.actor(), n.args(), n.createdAt(), OffsetDateTime.now(), n.mail()));
                marked++;
            }
        }
        return marked;
    }

    @Override
    public int markAllRead(String recipient) {
        return markRead(recipient, notifications.stream().map(StoredNotification::id).toList());
    }

    @Override
    public int purgeBefore(OffsetDateTime before) {
        int size = notifications.size();
        notifications.removeIf(n -> n.createdAt().isBefore(before));
        return size - notifications.size();
    }

    @Override
    public void follow(String username, RecordRef record) {
        follows.put(key(record, username), true);
    }

    @Override
    public void unfollow(String username, RecordRef record) {
        follows.put(key(record, username), false);
    }

    @Override
    public void followByDefault(Collection<String> usernames, RecordRef record) {
        usernames.forEach(u -> follows.putIfAbsent(key(record, u), true));
    }

    @Override
    public boolean follows(String username, RecordRef record) {
        return follows.getOrDefault(key(record, username), false);
    }
}
