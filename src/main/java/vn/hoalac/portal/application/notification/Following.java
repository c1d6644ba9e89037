package vn.hoalac.portal.application.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.NotFoundException;
import vn.hoalac.portal.application.notification.NotificationStore.RecordRef;
import vn.hoalac.portal.domain.model.identity.PortalUser;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Following a plan, a plan's version, a document, an agreement or a proposal: a follower gets the record's events
 * ({@link Notifications} adds them to every audience). Only a record the caller may read can be followed; any other
 * does not exist for them. The people involved follow by default ({@link #involve}), and an explicit unfollow is kept
 * so that the default does not come back.
 */
@RequestScoped
public class Following {

    /** The record types one may follow. */
    public static final Set<String> TYPES = Set.of("PLAN", "PLAN_VERSION", "DOCUMENT", "AGREEMENT", "PROPOSAL");

    @Inject
    PortalUser user;

    @Inject
    NotificationStore store;

    @Inject
    RecordReaders readers;

    @Transactional
    public boolean follow(String recordType, String recordId) {
        store.follow(user.username(), readable(recordType, recordId));
        return true;
    }

    @Transactional
    public boolean unfollow(String recordType, String recordId) {
        store.unfollow(user.username(), readable(recordType, recordId));
        return false;
    }

    /** Whether the caller follows the record (a 404 for a record they may not read). */
    @Transactional
    public boolean follows(String recordType, String recordId) {
        return store.follows(user.username(), readable(recordType, recordId));
    }

    /**
     * The people involved in a record follow it, unless they chose not to (called by the use cases, in the transaction
     * of the change that involved them).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void involve(String recordType, Object recordId, String... usernames) {
        involve(recordType, recordId, List.of(usernames));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void involve(String recordType, Object recordId, Collection<String> usernames) {
        Set<String> names = new TreeSet<>();
        usernames.stream().filter(u -> u != null && !u.isBlank()).forEach(names::add);
        if (!names.isEmpty()) {
            store.followByDefault(names, new RecordRef(recordType, String.valueOf(recordId)));
        }
    }

    private RecordRef readable(String recordType, String recordId) {
        String type = recordType == null ? "" : recordType.strip();
        String id = recordId == null ? "" : recordId.strip();
        if (!TYPES.contains(type) || !validId(type, id) || !readers.reads(user, type, id)) {
            throw new NotFoundException("notFound.record", type, id);
        }
        return new RecordRef(type, id);
    }

    private static boolean validId(String type, String id) {
        return "PLAN_VERSION".equals(type) ? id.matches("[0-9]{1,18}/[0-9]{1,9}") : id.matches("[0-9]{1,18}");
    }
}
