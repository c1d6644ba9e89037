package vn.hoalac.portal.application.people;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.domain.model.identity.Member;
import vn.hoalac.portal.domain.model.identity.Person;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The identity provider's accounts become the people directory: everyone with a portal role, and no one else. */
class DirectorySyncTest {

    static final class Accounts implements AccountDirectory {
        final Map<Role, List<Person>> holders = new EnumMap<>(Role.class);
        boolean down;

        @Override
        public List<Person> holders(Role role) {
            if (down) {
                throw new DirectoryUnavailableException("Keycloak cannot be reached", null);
            }
            return holders.getOrDefault(role, List.of());
        }
    }

    static final class Store implements SyncedPeople {
        final List<Member> upserted = new ArrayList<>();
        Set<String> kept;

        @Override
        public void upsert(Collection<Member> members) {
            upserted.addAll(members);
        }

        @Override
        public int disableAllBut(Set<String> usernames) {
            kept = usernames;
            return 0;
        }
    }

    private final Accounts accounts = new Accounts();
    private final Store store = new Store();

    private DirectorySync sync() {
        DirectorySync sync = new DirectorySync();
        sync.directory = accounts;
        sync.store = store;
        return sync;
    }

    @Test
    void everyHolderOfAPortalRoleIsStoredWithAllTheirRolesAndTheOthersAreDisabled() {
        Person hai = new Person("dhbk.gopy", "Trần Minh Hải", "DHBK", "dhbk.gopy@hoalac.demo", "vi");
        Person thang = new Person("hvnn.gopy", "Phạm Đức Thắng", "HVNN", "hvnn.gopy@hoalac.demo", "en");
        accounts.holders.put(Role.UNIVERSITY_REVIEWER, List.of(hai, thang));
        accounts.holders.put(Role.ADMIN, List.of(thang));
        assertThat(sync().sync()).isEqualTo(2);
        assertThat(store.upserted).containsExactlyInAnyOrder(new Member(hai, Set.of(Role.UNIVERSITY_REVIEWER)),
                new Member(thang, Set.of(Role.UNIVERSITY_REVIEWER, Role.ADMIN)));
        assertThat(store.kept).containsExactlyInAnyOrder("dhbk.gopy", "hvnn.gopy");
    }

    @Test
    void aDirectoryThatListsNobodyDisablesNobody() {
        assertThat(sync().sync()).isZero();
        assertThat(store.kept).as("more likely misconfigured than empty").isNull();
    }

    @Test
    void aDirectoryThatIsDownChangesNothingAndFailsTheRunSoItIsTriedAgain() {
        accounts.down = true;
        assertThatThrownBy(() -> sync().sync()).isInstanceOf(AccountDirectory.DirectoryUnavailableException.class);
        assertThat(store.upserted).isEmpty();
        assertThat(store.kept).isNull();
    }
}
