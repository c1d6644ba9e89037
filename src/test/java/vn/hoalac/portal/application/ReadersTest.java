package vn.hoalac.portal.application;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.agreement.AgreementRegister;
import vn.hoalac.portal.application.document.DocumentAccess;
import vn.hoalac.portal.application.plan.PlanAccess;
import vn.hoalac.portal.application.proposal.ProposalDesk;
import vn.hoalac.portal.domain.model.document.Document;
import vn.hoalac.portal.domain.model.document.ReaderGrant;
import vn.hoalac.portal.domain.model.document.Visibility;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;
import vn.hoalac.portal.domain.model.plan.VersionStatus;

import java.time.OffsetDateTime;
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
    void reviewCommentsAreFoundByExactlyThoseWhoseVersionPageShowsThem() {
        int shown = 0;
        for (PortalUser user : everyone()) {
            for (Set<String> invited : GROUPS) {
                for (String commenter : invited) { // only an invited university comments
                    for (VersionStatus status : VersionStatus.values()) {
                        boolean page = PlanAccess.readsVersion(user, invited, status)
                                && (PlanAccess.readsAllComments(user) || commenter.equals(user.organizationCode()));
                        assertThat(Readers.reads(user, PlanAccess.commentReaders(commenter)))
                                .as("comment of %s on a version %s for %s, %s", commenter, status, invited, user).isEqualTo(page);
                        shown += page ? 1 : 0;
                    }
                }
            }
        }
        assertThat(shown).isPositive();
        PortalUser hvnn = new PortalUser("hvnn.gopy", null, null, "HVNN", Set.of(Role.UNIVERSITY_REVIEWER));
        assertThat(Readers.reads(hvnn, PlanAccess.commentReaders("DHBK"))).as("another university's comment").isFalse();
    }

    @Test
    void opinionsAreFoundByExactlyThoseWhoseProposalPageShowsThem() {
        for (PortalUser user : everyone()) {
            for (Set<String> invited : GROUPS) {
                for (String university : invited) {
                    for (String submitter : Arrays.asList("HVNN", "DHQGHN", null)) {
                        boolean page = ProposalDesk.reads(user, submitter, invited)
                                && (ProposalDesk.readsAll(user) || university.equals(user.organizationCode()));
                        assertThat(Readers.reads(user, ProposalDesk.opinionReaders(university)))
                                .as("opinion of %s on a proposal of %s, %s", university, submitter, user).isEqualTo(page);
                    }
                }
            }
        }
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

    /**
     * A document is read by whom its page lets in: everyone with a role when the whole portal reads it; else the
     * committee, the working members (not the administrator) of its own organization, and the readers of each record
     * that lists it. Built as the use cases build it (its own grant, then each record's), checked against the rule as
     * written here in words, for every user.
     */
    @Test
    void documentsAreReadByExactlyThoseTheirOwnRuleAndTheirRecordsLetIn() {
        int refused = 0;
        for (Visibility visibility : Visibility.values()) {
            for (String owner : List.of("BQL", "DHBK", "HVNN")) {
                for (Set<String> parties : GROUPS) {
                    for (Set<String> invited : GROUPS) {
                        Document document = document(visibility, owner);
                        document.grant(ReaderGrant.record("AGREEMENT", 1), AgreementRegister.readers(parties));
                        document.grant(ReaderGrant.record("PROPOSAL", 2), ProposalDesk.readers("DHBK", invited));
                        for (PortalUser user : everyone()) {
                            boolean working = user.hasAnyRole(Role.PARK_MANAGER, Role.UNIVERSITY_REVIEWER, Role.COMMITTEE_APPROVER);
                            boolean expected = !user.roles().isEmpty() && (visibility == Visibility.PORTAL
                                    || user.hasRole(Role.COMMITTEE_APPROVER)
                                    || working && owner.equals(user.organizationCode())
                                    || AgreementRegister.reads(user, parties)
                                    || ProposalDesk.reads(user, "DHBK", invited));
                            assertThat(DocumentAccess.canRead(user, document))
                                    .as("%s of %s, agreement with %s, proposal invited %s, %s", visibility, owner, parties, invited, user)
                                    .isEqualTo(expected);
                            refused += expected ? 0 : 1;
                        }
                    }
                }
            }
        }
        assertThat(refused).as("some users are refused some documents").isPositive();
    }

    @Test
    void aShareEndsWithTheRecordThatGrantedIt() {
        PortalUser dhbk = new PortalUser("dhbk.gopy", null, null, "DHBK", Set.of(Role.UNIVERSITY_REVIEWER));
        PortalUser hvnn = new PortalUser("hvnn.gopy", null, null, "HVNN", Set.of(Role.UNIVERSITY_REVIEWER));
        Document file = document(Visibility.ORGANIZATION, "BQL");
        String agreement = ReaderGrant.record("AGREEMENT", 7);
        file.grant(agreement, AgreementRegister.readers(Set.of("DHBK")));
        assertThat(DocumentAccess.canRead(dhbk, file)).isTrue();
        file.grant(agreement, AgreementRegister.readers(Set.of("HVNN"))); // the parties changed
        assertThat(DocumentAccess.canRead(dhbk, file)).as("no longer a party").isFalse();
        assertThat(DocumentAccess.canRead(hvnn, file)).isTrue();
        file.grant(agreement, Set.of()); // the file was removed from the agreement
        assertThat(DocumentAccess.canRead(hvnn, file)).isFalse();
        assertThat(DocumentAccess.canRead(new PortalUser("bql.soan", null, null, "BQL", Set.of(Role.PARK_MANAGER)), file))
                .as("its own organization still reads it").isTrue();
    }

    @Test
    void theAdministratorNeitherReadsNorChangesOrganizationFiles() {
        PortalUser admin = new PortalUser("quantri", null, null, "BQL", Set.of(Role.ADMIN));
        Document parkFile = document(Visibility.ORGANIZATION, "BQL");
        Document proposalFile = document(Visibility.ORGANIZATION, "DHBK");
        proposalFile.grant(ReaderGrant.record("PROPOSAL", 3), ProposalDesk.readers("DHBK", Set.of()));
        assertThat(DocumentAccess.canRead(admin, parkFile)).isFalse();
        assertThat(DocumentAccess.canRead(admin, proposalFile)).as("shared with the park, not with its administrator").isFalse();
        assertThat(DocumentAccess.canChange(admin, parkFile)).isFalse();
        assertThat(DocumentAccess.canChange(admin, document(Visibility.PORTAL, "BQL"))).isFalse();
        assertThat(DocumentAccess.canRead(admin, document(Visibility.PORTAL, "DHBK"))).as("what the whole portal reads").isTrue();
        assertThat(DocumentAccess.mayUpload(admin)).isFalse();
    }

    @Test
    void onlyOwnOrPublicFilesMayBePassedOn() {
        PortalUser dhbk = new PortalUser("dhbk.gopy", null, null, "DHBK", Set.of(Role.UNIVERSITY_REVIEWER));
        Document parkFile = document(Visibility.ORGANIZATION, "BQL");
        parkFile.grant(ReaderGrant.record("AGREEMENT", 1), AgreementRegister.readers(Set.of("DHBK")));
        assertThat(DocumentAccess.canRead(dhbk, parkFile)).isTrue();
        assertThat(DocumentAccess.mayPassOn(dhbk, parkFile)).as("read through a share, not theirs to pass on").isFalse();
        assertThat(DocumentAccess.mayPassOn(dhbk, document(Visibility.ORGANIZATION, "DHBK"))).isTrue();
        assertThat(DocumentAccess.mayPassOn(dhbk, document(Visibility.PORTAL, "BQL"))).isTrue();
        assertThat(DocumentAccess.mayPassOn(dhbk, document(Visibility.ORGANIZATION, "HVNN"))).as("not even readable").isFalse();
    }

    private static Document document(Visibility visibility, String owner) {
        Document d = new Document("t", null, null, List.of(), owner, visibility, "x", OffsetDateTime.now());
        d.grant(ReaderGrant.OWN, DocumentAccess.ownReaders(visibility, owner));
        return d;
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
