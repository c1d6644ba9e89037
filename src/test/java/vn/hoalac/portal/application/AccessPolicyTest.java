package vn.hoalac.portal.application;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.AccessPolicy.Area;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may enter which area of the pages, against the rule in words (docs/security.md). */
class AccessPolicyTest {

    private static PortalUser user(Role... roles) {
        return new PortalUser("u", "U", null, "BQL", roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles)));
    }

    private static boolean rule(Area area, Set<Role> roles) {
        return switch (area) {
            // every signed-in user
            case HOME, LIBRARY -> true;
            // the park, the universities and the committee; not the administrator
            case PLANS, AGREEMENTS, PROPOSALS -> roles.contains(Role.PARK_MANAGER) || roles.contains(Role.UNIVERSITY_REVIEWER)
                    || roles.contains(Role.COMMITTEE_APPROVER);
            // the administrator and the committee
            case AUDIT -> roles.contains(Role.ADMIN) || roles.contains(Role.COMMITTEE_APPROVER);
            // the administrator
            case ADMINISTRATION -> roles.contains(Role.ADMIN);
        };
    }

    @Test
    void everyRoleAndPairOfRolesEntersTheAreasTheRuleSays() {
        for (Area area : Area.values()) {
            assertThat(AccessPolicy.mayEnter(user(), area)).as("no role, " + area).isEqualTo(rule(area, Set.of()));
            for (Role a : Role.values()) {
                for (Role b : Role.values()) {
                    PortalUser user = user(a, b);
                    assertThat(AccessPolicy.mayEnter(user, area)).as(user.roles() + ", " + area).isEqualTo(rule(area, user.roles()));
                }
            }
        }
    }

    @Test
    void theMenuLeadsOnlyWhereTheUserMayEnterAndAUserWithoutRolesOnlyHome() {
        for (Area area : Area.values()) {
            for (Role role : Role.values()) {
                assertThat(AccessPolicy.leadsTo(user(role), area)).as(role + ", " + area).isEqualTo(AccessPolicy.mayEnter(user(role), area));
            }
            assertThat(AccessPolicy.leadsTo(user(), area)).as("no role, " + area).isEqualTo(area == Area.HOME);
        }
    }

    @Test
    void noUserEntersARestrictedArea() {
        assertThat(AccessPolicy.mayEnter(null, Area.ADMINISTRATION)).isFalse();
        assertThat(AccessPolicy.mayEnter(null, Area.PLANS)).isFalse();
    }
}
