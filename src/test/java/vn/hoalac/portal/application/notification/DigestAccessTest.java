package vn.hoalac.portal.application.notification;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.mail.DailyDigest;
import vn.hoalac.portal.application.mail.DigestReaders;
import vn.hoalac.portal.application.mail.MailOutbox;
import vn.hoalac.portal.domain.model.identity.Member;
import vn.hoalac.portal.domain.model.identity.Person;
import vn.hoalac.portal.domain.model.identity.Role;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily digest checks access again when it is written: a document whose sharing with the recipient's university was
 * removed between the event and 07:00 is left out of the digest (never mailed), the rest still goes; a recipient no
 * longer in the directory (disabled, removed) gets none of it.
 */
class DigestAccessTest {

    private final FakeNotificationStore store = new FakeNotificationStore();
    private final Set<String> sharedWith = new HashSet<>(Set.of("DHBK"));
    private final FakeDigestOutbox outbox = new FakeDigestOutbox();
    private final DailyDigest digest = new DailyDigest(outbox, new DigestReaders(store, RecordReaders.of(
            (type, id) -> "DOCUMENT".equals(type)
                    ? Optional.of(user -> "7".equals(id) ? sharedWith.contains(user.organizationCode()) : true)
                    : Optional.empty())));

    DigestAccessTest() {
        store.directory.put("dhbk.gopy", new Member(new Person("dhbk.gopy", "Gợp Ý", "DHBK", "dhbk.gopy@hoalac.demo", "vi"),
                Set.of(Role.UNIVERSITY_REVIEWER)));
        outbox.waiting.put("dhbk.gopy", List.of(new MailOutbox.Waiting(1, "DOCUMENT", "7"), new MailOutbox.Waiting(2, "DOCUMENT", "8"),
                new MailOutbox.Waiting(3, "DOCUMENT", "7")));
    }

    @Test
    void aShareRemovedBeforeTheDigestKeepsItsLinesOutAndTheRestGoes() {
        sharedWith.remove("DHBK");
        assertThat(digest.run(LocalDate.of(2026, 12, 2))).isEqualTo(1);
        assertThat(outbox.written).containsExactly("dhbk.gopy withheld [1, 3]");
    }

    @Test
    void aShareStillThereIsDigestedWhole() {
        digest.run(LocalDate.of(2026, 12, 2));
        assertThat(outbox.written).containsExactly("dhbk.gopy withheld []");
    }

    @Test
    void theAdministratorsDigestOnDemandIsNotTheDaysDigest() {
        digest.runNow(java.time.Instant.parse("2026-12-01T23:00:00Z")); // 06:00 on 2 December in Hanoi
        digest.run(LocalDate.of(2026, 12, 2));
        assertThat(outbox.digests).containsExactly("2026-12-02@now-" + java.time.Instant.parse("2026-12-01T23:00:00Z").toEpochMilli(),
                "2026-12-02");
    }

    @Test
    void someoneNoLongerInTheDirectoryGetsNoneOfIt() {
        store.directory.clear();
        digest.run(LocalDate.of(2026, 12, 2));
        assertThat(outbox.written).containsExactly("dhbk.gopy withheld [1, 2, 3]");
    }
}
