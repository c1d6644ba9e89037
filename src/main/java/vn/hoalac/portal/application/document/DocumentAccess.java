package vn.hoalac.portal.application.document;

import vn.hoalac.portal.application.Readers;
import vn.hoalac.portal.domain.model.document.Document;
import vn.hoalac.portal.domain.model.document.ReaderGrant;
import vn.hoalac.portal.domain.model.document.Visibility;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who may read, change and pass on documents, in the form of the search index's reader tokens ({@link Readers}).
 * A document's readers are stored with it ({@code document_reader}): its own ({@link #ownReaders}: a PORTAL document
 * every signed-in user with a role; an ORGANIZATION document the park managers, reviewers or committee members of
 * its own organization, and the steering committee, which reads everything), and those of each record that lists it
 * (the readers of the agreement or proposal, for as long as it lists the file). The access check here and every
 * query that lists or searches documents read those same tokens. Change (new version, restore): the working members
 * of the owning organization; the administrator runs the portal and neither reads its organizations' files nor
 * changes them. Pass on (list a file on an agreement, a proposal or a plan): only a file one may change, or a PORTAL one.
 */
public final class DocumentAccess {

    /** The roles that work with documents; the administrator is not one of them. */
    private static final Role[] WORKING_ROLES = {Role.PARK_MANAGER, Role.UNIVERSITY_REVIEWER, Role.COMMITTEE_APPROVER};

    private DocumentAccess() {
    }

    public static boolean hasAnyPortalRole(PortalUser user) {
        return !user.roles().isEmpty();
    }

    /** Whether the user may upload documents: a working role and an organization to own them. */
    public static boolean mayUpload(PortalUser user) {
        return user.hasAnyRole(WORKING_ROLES) && user.organizationCode() != null;
    }

    public static boolean canRead(PortalUser user, Document document) {
        return hasAnyPortalRole(user) && Readers.reads(user, document.readers());
    }

    public static boolean canChange(PortalUser user, Document document) {
        return Readers.reads(user, writers(document.organization()));
    }

    /**
     * Whether the user may list this document on a record that others read (an agreement, a proposal, a plan): a file
     * of their own organization, or one the whole portal reads. A file they only read through a share is not theirs
     * to pass on.
     */
    public static boolean mayPassOn(PortalUser user, Document document) {
        return canRead(user, document) && (document.visibility() == Visibility.PORTAL || canChange(user, document));
    }

    /** The readers a document grants by itself ({@link ReaderGrant#OWN}), from its visibility and organization. */
    public static Set<String> ownReaders(Visibility visibility, String organization) {
        Set<String> tokens = new TreeSet<>();
        if (visibility == Visibility.PORTAL) {
            for (Role r : Role.values()) {
                tokens.add(Readers.role(r));
            }
        } else {
            tokens.add(Readers.role(Role.COMMITTEE_APPROVER));
            tokens.addAll(writers(organization));
        }
        return tokens;
    }

    /** The working members of the organization. */
    private static Set<String> writers(String organization) {
        Set<String> tokens = new TreeSet<>();
        for (Role r : WORKING_ROLES) {
            tokens.add(Readers.member(organization, r));
        }
        return tokens;
    }
}
