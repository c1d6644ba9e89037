package vn.hoalac.portal.interfaces.web.shell;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationTest {

    private static PortalUser user(Role... roles) {
        return new PortalUser("u", "U", null, "BQL", Set.of(roles));
    }

    private static java.util.List<String> ids(PortalUser user) {
        return Navigation.entriesFor(user).stream().map(Navigation.Entry::id).toList();
    }

    @Test
    void administratorsSeeTheAdministrationEntries() {
        assertThat(ids(user(Role.ADMIN))).containsExactly("menu-home", "menu-documents", "menu-search", "menu-audit", "menu-organizations",
                "menu-health", "menu-mail", "menu-cluster");
    }

    @Test
    void otherRolesSeeNoAdministrationEntry() {
        for (Role role : new Role[] {Role.PARK_MANAGER, Role.UNIVERSITY_REVIEWER}) {
            assertThat(ids(user(role))).as(role.claim()).containsExactly("menu-home", "menu-plans", "menu-agreements", "menu-proposals",
                    "menu-documents", "menu-search");
        }
        // the committee also reads the audit trail
        assertThat(ids(user(Role.COMMITTEE_APPROVER))).containsExactly("menu-home", "menu-plans", "menu-agreements", "menu-proposals",
                "menu-documents", "menu-search", "menu-audit");
    }

    @Test
    void aUserWithoutRolesHasOnlyTheHomePage() {
        assertThat(ids(user())).containsExactly("menu-home");
    }
}
