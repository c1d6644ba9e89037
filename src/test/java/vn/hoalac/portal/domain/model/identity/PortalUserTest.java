package vn.hoalac.portal.domain.model.identity;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PortalUserTest {

    @Test
    void rolesAreListedInTheirDeclaredOrder() {
        PortalUser user = new PortalUser("x", "X", null, "BQL", Set.of(Role.ADMIN, Role.PARK_MANAGER));
        assertThat(user.sortedRoles()).containsExactly(Role.PARK_MANAGER, Role.ADMIN);
        assertThat(user.hasAnyRole(Role.COMMITTEE_APPROVER, Role.ADMIN)).isTrue();
        assertThat(user.hasAnyRole(Role.UNIVERSITY_REVIEWER)).isFalse();
    }

    @Test
    void aMissingDisplayNameFallsBackToTheUsername() {
        assertThat(new PortalUser("dhbk.gopy", " ", null, "DHBK", Set.of()).displayName()).isEqualTo("dhbk.gopy");
    }

    @Test
    void keycloakRoleNamesMapToRolesAndOthersAreIgnored() {
        assertThat(Role.fromClaim("committee-approver")).contains(Role.COMMITTEE_APPROVER);
        assertThat(Role.fromClaim("offline_access")).isEmpty();
    }

    @Test
    void vietnameseNamesReadFamilyNameFirst() {
        assertThat(PersonName.vietnameseOrder("Nguyễn", "Văn Soạn", "Văn Soạn Nguyễn")).isEqualTo("Nguyễn Văn Soạn");
        assertThat(PersonName.vietnameseOrder(null, "Văn Soạn", "Văn Soạn")).isEqualTo("Văn Soạn");
    }
}
