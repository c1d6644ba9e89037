package vn.hoalac.portal.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.notification.NotificationStore;
import vn.hoalac.portal.application.notification.RecordReaders;
import vn.hoalac.portal.domain.model.identity.Member;
import vn.hoalac.portal.domain.model.identity.PortalUser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Access again at digest time: which of a user's notifications waiting for the digest tell of a record the user may no
 * longer read (a share removed, a role or the account gone since the event). Asked with the user as the people directory
 * knows them now and each record's own rule ({@link RecordReaders}), in one read-only transaction.
 */
@ApplicationScoped
public class DigestReaders {

    @Inject
    NotificationStore people;

    @Inject
    RecordReaders readers;

    public DigestReaders() {
    }

    /** For tests: these ports. */
    public DigestReaders(NotificationStore people, RecordReaders readers) {
        this.people = people;
        this.readers = readers;
    }

    /** The ids among {@code waiting} the user may no longer read: every one when the user is no longer enabled. */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<Long> noLongerReadable(String recipient, List<MailOutbox.Waiting> waiting) {
        if (waiting.isEmpty()) {
            return List.of();
        }
        Optional<PortalUser> user = people.namedOrFollowing(List.of(recipient), List.of()).stream()
                .filter(m -> m.username().equals(recipient)).findFirst().map(Member::asUser);
        if (user.isEmpty()) {
            return waiting.stream().map(MailOutbox.Waiting::id).toList();
        }
        Map<String, Boolean> byRecord = new HashMap<>(); // several lines on one record: its rule is read once
        return waiting.stream()
                .filter(w -> !byRecord.computeIfAbsent(w.recordType() + "|" + w.recordId(),
                        k -> readers.reads(user.get(), w.recordType(), w.recordId())))
                .map(MailOutbox.Waiting::id).toList();
    }
}
