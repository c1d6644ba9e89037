package vn.hoalac.portal.application;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.agreement.AgreementRegister;
import vn.hoalac.portal.application.plan.PlanAccess;
import vn.hoalac.portal.application.proposal.ProposalDesk;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;
import vn.hoalac.portal.domain.model.plan.VersionStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index filters plans, agreements and proposals by reader tokens; their pages by the access rules. Both
 * must give the same answer for every user, or a search would show a title and a passage of what its page refuses.
 */
class ReadersTest {

    private static final List<String> ORGANIZATIONS = Arrays.asList(null, "BQL", "DHBK", "HVNN", "DHQGHN", "BCD07");
    private static final List<Set<String>> GROUPS = List.of(Set.of(), Set.of("DHBK"), Set.of("DHBK", "HVNN"), Set.of("BQL"));

    /** Every combination of roles (none, one, several) with every organization, and none. */
    private static List<PortalUser> everyone() {
        List<PortalUser> users = new ArrayList<>();
        Role[] roles = Role.values();
        for (int mask = 0; mask < 1 << roles.length; mask++) {
            EnumSet<Role> held = EnumSet.noneOf(Role.class);
            for (int r = 0; r < roles.length; r++) {
                if ((mask & 1 << r) != 0) {
                    held.add(roles[r]);
                }
            }
            for (String organization : ORGANIZATIONS) {
                users.add(new PortalUser("u", "U", null, organization, held));
            }
        }
        return users;
    }

    @Test
    void planDraftsAndVersionsAreFoundByExactlyThoseWhoMayOpenThem() {
        int readers = 0;
        for (PortalUser user : everyone()) {
            assertThat(Readers.reads(user, PlanAccess.draftReaders())).as("draft, %s", user).isEqualTo(PlanAccess.readsDrafts(user));
            for (Set<String> invited : GROUPS) {
                for (VersionStatus status : VersionStatus.values()) {
                    boolean page = PlanAccess.readsVersion(user, invited, status);
                    assertThat(Readers.reads(user, PlanAccess.versionReaders(invited, status)))
                            .as("version %s invited %s, %s", status, invited, user).isEqualTo(page);
                    readers += page ? 1 : 0;
                }
            }
        }
        assertThat(readers).as("some users read some versions, others not").isPositive();
        PortalUser dhbk = new PortalUser("dhbk.gopy", null, null, "DHBK", Set.of(Role.UNIVERSITY_REVIEWER));
        assertThat(Readers.reads(dhbk, PlanAccess.versionReaders(Set.of("HVNN"), VersionStatus.IN_REVIEW))).isFalse();
        assertThat(Readers.reads(dhbk, PlanAccess.versionReaders(Set.of("HVNN"), VersionStatus.APPROVED))).isTrue();
        assertThat(Readers.reads(dhbk, PlanAccess.draftReaders())).isFalse();
    }

    @Test
    void agreementsAreFoundByExactlyThoseWhoMayOpenThem() {
        for (PortalUser user : everyone()) {
            for (Set<String> parties : GROUPS) {
                assertThat(Readers.reads(user, AgreementRegister.readers(parties))).as("parties %s, %s", parties, user)
                        .isEqualTo(AgreementRegister.reads(user, parties));
            }
        }
        PortalUser admin = new PortalUser("quantri", null, null, "BQL", Set.of(Role.ADMIN));
        assertThat(Readers.reads(admin, AgreementRegister.readers(Set.of("BQL", "DHBK")))).as("administrators run the portal, not its content").isFalse();
    }

    @Test
    void proposalsAreFoundByExactlyThoseWhoMayOpenThem() {
        for (PortalUser user : everyone()) {
            for (String submitter : List.of("DHBK", "HVNN", "BQL")) {
                for (Set<String> invited : GROUPS) {
                    assertThat(Readers.reads(user, ProposalDesk.readers(submitter, invited)))
                            .as("by %s invited %s, %s", submitter, invited, user)
                            .isEqualTo(ProposalDesk.reads(user, submitter, invited));
                }
            }
        }
    }

    @Test
    void aUserWithoutAnOrganizationHoldsOnlyTheirRoles() {
        assertThat(Readers.of(new PortalUser("x", null, null, null, Set.of(Role.UNIVERSITY_REVIEWER))))
                .containsExactly("role:university-reviewer");
        assertThat(Readers.of(new PortalUser("x", null, null, "DHBK", Set.of(Role.UNIVERSITY_REVIEWER))))
                .containsExactlyInAnyOrder("role:university-reviewer", "org:DHBK:university-reviewer");
        assertThat(Readers.of(new PortalUser("x", null, null, "DHBK", Set.of()))).isEmpty();
    }
}
