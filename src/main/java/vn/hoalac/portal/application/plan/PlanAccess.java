package vn.hoalac.portal.application.plan;

import vn.hoalac.portal.application.Readers;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.domain.model.plan.VersionStatus;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who may read and change plans (DOMAIN.md): the park drafts and answers; the committee reads everything and decides;
 * a university reads the versions its organization was invited to review and every approved version; administrators
 * look after the portal, not its content.
 */
public final class PlanAccess {

    private PlanAccess() {
    }

    public static boolean readsDrafts(PortalUser user) {
        return user.hasAnyRole(Role.PARK_MANAGER, Role.COMMITTEE_APPROVER);
    }

    public static boolean drafts(PortalUser user) {
        return user.hasRole(Role.PARK_MANAGER);
    }

    public static boolean decides(PortalUser user) {
        return user.hasRole(Role.COMMITTEE_APPROVER);
    }

    public static boolean readsVersion(PortalUser user, PlanVersion version) {
        return readsVersion(user, version.reviewers(), version.status());
    }

    public static boolean readsVersion(PortalUser user, Set<String> invited, VersionStatus status) {
        return readsDrafts(user) || user.hasRole(Role.UNIVERSITY_REVIEWER)
                && (user.organizationCode() != null && invited.contains(user.organizationCode()) || status == VersionStatus.APPROVED);
    }

    /** {@link #readsDrafts} as reader tokens, for the search index ({@link Readers}). */
    public static Set<String> draftReaders() {
        return Set.of(Readers.role(Role.PARK_MANAGER), Readers.role(Role.COMMITTEE_APPROVER));
    }

    /** {@link #readsVersion} as reader tokens, for the search index ({@link Readers}). */
    public static Set<String> versionReaders(Set<String> invited, VersionStatus status) {
        Set<String> tokens = new TreeSet<>(draftReaders());
        if (status == VersionStatus.APPROVED) {
            tokens.add(Readers.role(Role.UNIVERSITY_REVIEWER));
        }
        tokens.addAll(Readers.members(invited, Role.UNIVERSITY_REVIEWER));
        return tokens;
    }

    /** Who reads a comment of a university, as reader tokens ({@link #readsAllComments}, or the commenter's university). */
    public static Set<String> commentReaders(String organization) {
        Set<String> tokens = new TreeSet<>(draftReaders());
        tokens.addAll(Readers.members(java.util.List.of(organization), Role.UNIVERSITY_REVIEWER));
        return tokens;
    }

    /** Whether the user sees every comment of a version, or only their own organization's. */
    public static boolean readsAllComments(PortalUser user) {
        return readsDrafts(user);
    }

    public static boolean mayComment(PortalUser user, PlanVersion version) {
        return user.hasRole(Role.UNIVERSITY_REVIEWER) && version.invites(user.organizationCode());
    }
}
