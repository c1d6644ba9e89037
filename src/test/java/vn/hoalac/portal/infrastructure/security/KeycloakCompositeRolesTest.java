package vn.hoalac.portal.infrastructure.security;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Whoever holds a composite role that contains a portal role (at any depth) holds the portal role. */
class KeycloakCompositeRolesTest {

    @Test
    void theRoleAndEveryCompositeAboveItHoldIt() {
        Map<String, Set<String>> parents = Map.of(
                "university-reviewer", Set.of("dhbk-staff"),
                "dhbk-staff", Set.of("dhbk-everyone"),
                "park-manager", Set.of("bql-staff"));
        assertThat(KeycloakAccounts.closure("university-reviewer", parents))
                .containsExactlyInAnyOrder("university-reviewer", "dhbk-staff", "dhbk-everyone");
        assertThat(KeycloakAccounts.closure("committee-approver", parents)).containsExactly("committee-approver");
    }

    @Test
    void aCycleOfCompositesEnds() {
        assertThat(KeycloakAccounts.closure("a", Map.of("a", Set.of("b"), "b", Set.of("a")))).containsExactlyInAnyOrder("a", "b");
    }
}
