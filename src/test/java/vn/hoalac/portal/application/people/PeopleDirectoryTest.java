package vn.hoalac.portal.application.people;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoalac.portal.domain.model.identity.Member;
import vn.hoalac.portal.domain.model.identity.Person;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Names for user names: remembered when people authenticate, written only when new or changed, looked up in batches. */
class PeopleDirectoryTest {

    /** The stored directory, counting what the directory asks of it. */
    static final class StoredPeople implements People {
        final Map<String, Person> rows = new HashMap<>();
        final List<Collection<String>> reads = new ArrayList<>();
        int writes;
        boolean down;

        @Override
        public List<Person> findAll(Collection<String> usernames) {
            if (down) {
                throw new IllegalStateException("database down");
            }
            reads.add(List.copyOf(usernames));
            return usernames.stream().map(rows::get).filter(p -> p != null).toList();
        }

        final Map<String, Set<Role>> roles = new HashMap<>();
        int saves;

        /** As the SQL adapter: a row that would not change is not written. */
        @Override
        public void save(Person person, Set<Role> personRoles) {
            if (down) {
                throw new IllegalStateException("database down");
            }
            saves++;
            if (!person.equals(rows.get(person.username())) || !personRoles.equals(roles.get(person.username()))) {
                writes++;
                rows.put(person.username(), person);
                roles.put(person.username(), personRoles);
            }
        }

        @Override
        public List<Member> members(Role role, String organizationCode) {
            return rows.values().stream().filter(p -> roles.getOrDefault(p.username(), Set.of()).contains(role))
                    .filter(p -> organizationCode == null || organizationCode.equals(p.organizationCode()))
                    .map(p -> new Member(p, roles.get(p.username()))).toList();
        }
    }

    private final StoredPeople stored = new StoredPeople();
    private final PeopleDirectory directory = new PeopleDirectory();
    private long now;

    @BeforeEach
    void setUp() {
        directory.people = stored;
        directory.clock = () -> now;
    }

    private static PortalUser soan(String displayName) {
        return new PortalUser("bql.soan", displayName, "bql.soan@hoalac.demo", "BQL", Set.of(Role.PARK_MANAGER));
    }

    @Test
    void someoneWhoSignedInIsNamedAndTheirRequestsAfterTheFirstWriteNothing() {
        for (int request = 0; request < 50; request++) {
            directory.remember(soan("Nguyễn Văn Soạn"), "vi");
        }
        assertThat(stored.writes).as("one write for fifty requests").isEqualTo(1);
        assertThat(stored.saves).as("the store is asked once, the other requests are answered by the cache").isEqualTo(1);
        assertThat(stored.rows.get("bql.soan")).isEqualTo(new Person("bql.soan", "Nguyễn Văn Soạn", "BQL", "bql.soan@hoalac.demo", "vi"));
        assertThat(directory.nameOf("bql.soan")).isEqualTo("Nguyễn Văn Soạn");
        assertThat(stored.reads).as("the name comes from the cache").isEmpty();
    }

    @Test
    void aChangedNameIsWrittenAndAKnownUnchangedEntryIsNotWrittenAgainAfterARestart() {
        stored.rows.put("bql.soan", new Person("bql.soan", "Nguyễn Văn Soạn", "BQL", "bql.soan@hoalac.demo", "vi"));
        stored.roles.put("bql.soan", Set.of(Role.PARK_MANAGER));
        directory.remember(soan("Nguyễn Văn Soạn"), "vi");
        assertThat(stored.writes).as("already stored as it is").isZero();
        directory.remember(soan("Nguyễn Văn Soạn Mới"), "vi");
        assertThat(stored.writes).isEqualTo(1);
        assertThat(directory.nameOf("bql.soan")).isEqualTo("Nguyễn Văn Soạn Mới");
    }

    @Test
    void someoneNeverSeenIsShownByTheirUserNameAndNotAskedForOnEveryRow() {
        assertThat(directory.nameOf("la.nguoi")).isEqualTo("la.nguoi");
        assertThat(directory.nameOf("la.nguoi")).isEqualTo("la.nguoi");
        assertThat(stored.reads).hasSize(1);
        assertThat(directory.find("la.nguoi")).isEmpty();
        assertThat(directory.nameOf(null)).isEmpty();
    }

    @Test
    void aListIsLookedUpInOneReadAndOnlyForWhatIsNotCachedYet() {
        stored.rows.put("dhbk.gopy", new Person("dhbk.gopy", "Trần Minh Hải", "DHBK", null, null));
        stored.rows.put("hvnn.gopy", new Person("hvnn.gopy", "Phạm Đức Thắng", "HVNN", null, null));
        directory.nameOf("dhbk.gopy");
        Map<String, Person> found = directory.findAll(List.of("dhbk.gopy", "hvnn.gopy", "system", "hvnn.gopy"));
        assertThat(found).containsOnlyKeys("dhbk.gopy", "hvnn.gopy");
        assertThat(stored.reads).containsExactly(List.of("dhbk.gopy"), List.of("hvnn.gopy", "system"));
        directory.findAll(List.of("dhbk.gopy", "hvnn.gopy", "system"));
        assertThat(stored.reads).as("all cached now").hasSize(2);
    }

    @Test
    void aNameLearntByAnotherInstanceIsReadOnceTheCachedEntryIsOld() {
        assertThat(directory.nameOf("dhqg.gopy")).isEqualTo("dhqg.gopy");
        stored.rows.put("dhqg.gopy", new Person("dhqg.gopy", "Lê Thu Hà", "DHQGHN", null, null));
        assertThat(directory.nameOf("dhqg.gopy")).as("still cached").isEqualTo("dhqg.gopy");
        now += PeopleDirectory.FRESH.toNanos();
        assertThat(directory.nameOf("dhqg.gopy")).isEqualTo("Lê Thu Hà");
    }

    @Test
    void aDirectoryThatCannotBeWrittenNeverStopsTheRequestAndIsNotTriedOnEveryRequest() {
        stored.down = true;
        directory.remember(soan("Nguyễn Văn Soạn"), null);
        directory.remember(soan("Nguyễn Văn Soạn"), null);
        assertThat(directory.nameOf("bql.soan")).as("this instance still knows who signed in").isEqualTo("Nguyễn Văn Soạn");
        stored.down = false;
        now += PeopleDirectory.FRESH.toNanos();
        directory.remember(soan("Nguyễn Văn Soạn"), null);
        assertThat(stored.writes).as("written once the database is back").isEqualTo(1);
    }

    @Test
    void theAnonymousCallerAndAUserWithoutANameAreHandled() {
        directory.remember(new PortalUser("anonymous", null, null, null, Set.of()), null);
        assertThat(stored.writes).isZero();
        directory.remember(new PortalUser("khach", null, null, null, Set.of(Role.UNIVERSITY_REVIEWER)), null);
        assertThat(stored.rows.get("khach").name()).as("a token without a name: the user name").isEqualTo("khach");
    }

    @Test
    void aRoleGivenInKeycloakReachesTheDirectoryAtTheNextSignInSoTheUserIsNotifiedAsSuch() {
        directory.remember(soan("Nguyễn Văn Soạn"), "vi");
        assertThat(directory.members(Role.PARK_MANAGER, "BQL")).extracting(Member::username).containsExactly("bql.soan");
        assertThat(directory.members(Role.COMMITTEE_APPROVER, null)).isEmpty();
        now += PeopleDirectory.FRESH.toNanos();
        directory.remember(new PortalUser("bql.soan", "Nguyễn Văn Soạn", "bql.soan@hoalac.demo", "BQL",
                Set.of(Role.PARK_MANAGER, Role.COMMITTEE_APPROVER)), "vi");
        assertThat(directory.members(Role.COMMITTEE_APPROVER, null)).extracting(Member::username).containsExactly("bql.soan");
        assertThat(stored.writes).isEqualTo(2);
    }
}
