package vn.hoalac.portal.application.document;

import vn.hoalac.portal.domain.model.document.Document;
import vn.hoalac.portal.domain.model.document.Visibility;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

/**
 * Who may read and change documents. Read: a PORTAL document by every signed-in user with a role; an ORGANIZATION
 * document by its own organization, by the organizations it is shared with (parties of the agreement, submitter
 * and reviewers of the proposal it is attached to) and by the steering committee (which reads everything). Change (new version,
 * restore): members of the owning organization.
 */
public final class DocumentAccess {

    private DocumentAccess() {
    }

    public static boolean hasAnyPortalRole(PortalUser user) {
        return !user.roles().isEmpty();
    }

    public static boolean readsEverything(PortalUser user) {
        return user.hasRole(Role.COMMITTEE_APPROVER);
    }

    public static boolean canRead(PortalUser user, Document document) {
        if (!hasAnyPortalRole(user)) {
            return false;
        }
        return document.visibility() == Visibility.PORTAL
                || readsEverything(user)
                || document.organization().equals(user.organizationCode())
                || document.isSharedWith(user.organizationCode());
    }

    public static boolean canChange(PortalUser user, Document document) {
        return hasAnyPortalRole(user) && document.organization().equals(user.organizationCode());
    }
}
