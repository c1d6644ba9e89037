package vn.hoalac.portal.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.notification.NotificationStore.RecordRef;
import vn.hoalac.portal.application.people.PeopleDirectory;
import vn.hoalac.portal.domain.model.identity.Member;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells an event to the people concerned, in the transaction of the change that caused it: the notifications and the
 * e-mails it queues exist exactly when that change is committed (the outbox). The recipients are the event's
 * {@link Audience} and the record's followers, each once, never the actor, and only those who may read the record now
 * ({@link RecordReaders}: the record's own access rule, as its page applies it). How each is mailed follows their
 * {@link EmailPreference}. Publishing the same event key again notifies nobody twice.
 *
 * <p>Costs a handful of statements whatever the number of recipients: the audience's members by role and
 * organization (one read per role and organization named), the named users and followers together, the preferences,
 * and one statement writing every notification and e-mail.
 */
@ApplicationScoped
public class Notifications {

    @Inject
    PeopleDirectory people;

    @Inject
    NotificationStore store;

    @Inject
    RecordReaders readers;

    public Notifications() {
    }

    /** For tests: these ports. */
    public Notifications(PeopleDirectory people, NotificationStore store, RecordReaders readers) {
        this.people = people;
        this.store = store;
        this.readers = readers;
    }

    /**
     * Notifies the audience and the followers of the event's record.
     *
     * @return the people newly notified (none when the same event was published before)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> publish(NotificationEvent event, Audience audience) {
        return publish(event, audience, user -> false);
    }

    /**
     * {@link #publish(NotificationEvent, Audience)}, but not to those for whom it is no news ({@code knewAlready}: e.g.
     * who could read a document before it was shared with them).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> publish(NotificationEvent event, Audience audience, Predicate<PortalUser> knewAlready) {
        Map<String, Member> candidates = new LinkedHashMap<>();
        for (Role role : audience.roles()) {
            people.members(role, null).forEach(m -> candidates.putIfAbsent(m.username(), m));
        }
        audience.membersByRole().forEach((role, organizations) -> {
            for (String organization : organizations) {
                if (organization != null) {
                    people.members(role, organization).forEach(m -> candidates.putIfAbsent(m.username(), m));
                }
            }
        });
        store.namedOrFollowing(audience.users(), followed(event.recordType(), event.recordId()))
                .forEach(m -> candidates.putIfAbsent(m.username(), m));
        if (event.actor() != null) {
            candidates.remove(event.actor());
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        Predicate<PortalUser> mayRead = readers.of(event.recordType(), event.recordId());
        List<Member> recipients = candidates.values().stream().map(m -> Map.entry(m, m.asUser()))
                .filter(e -> mayRead.test(e.getValue()) && !knewAlready.test(e.getValue())).map(Map.Entry::getKey).toList();
        if (recipients.isEmpty()) {
            return List.of();
        }
        Map<String, EmailPreference> choices = store.preferences(recipients.stream().map(Member::username).toList());
        List<Delivery> deliveries = new ArrayList<>(recipients.size());
        for (Member m : recipients) {
            EmailPreference choice = choices.getOrDefault(m.username(), EmailPreference.DEFAULT);
            deliveries.add(new Delivery(m.username(), choice.mailFor(event.kind(), m.person().email()), m.person().email(),
                    m.person().locale()));
        }
        return store.write(event, deliveries);
    }

    /**
     * The records whose followers hear of an event on this one: the record itself, and for a plan's version the plan
     * too (who follows a plan follows each of its versions).
     */
    static Collection<RecordRef> followed(String recordType, String recordId) {
        List<RecordRef> records = new ArrayList<>(List.of(new RecordRef(recordType, recordId)));
        int slash = recordId.indexOf('/');
        if ("PLAN_VERSION".equals(recordType) && slash > 0) {
            records.add(new RecordRef("PLAN", recordId.substring(0, slash)));
        }
        return records;
    }

    /** The user names of an audience's named users, for callers building one: these people, whatever their role. */
    public static Audience users(String... usernames) {
        Set<String> names = new java.util.TreeSet<>();
        for (String u : usernames) {
            if (u != null) {
                names.add(u);
            }
        }
        return Audience.users(names);
    }
}
