package vn.hoalac.portal.application.plan;

import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.domain.model.plan.VersionStatus;

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
        return readsDrafts(user) || user.hasRole(Role.UNIVERSITY_REVIEWER)
                && (version.invites(user.organizationCode()) || version.status() == VersionStatus.APPROVED);
    }

    /** Whether the user sees every comment of a version, or only their own organization's. */
    public static boolean readsAllComments(PortalUser user) {
        return readsDrafts(user);
    }

    public static boolean mayComment(PortalUser user, PlanVersion version) {
        return user.hasRole(Role.UNIVERSITY_REVIEWER) && version.invites(user.organizationCode());
    }
}
