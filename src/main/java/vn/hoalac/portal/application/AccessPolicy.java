package vn.hoalac.portal.application;

import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one place that says who may do what; every use case calls it whatever the caller (page or API), and so do the
 * pages' area filter and the menu, for who may enter which area of the pages ({@link Area}).
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /**
     * The areas of the pages and who may enter each. The web layer says which pages form an area (PageAreas); it
     * refuses a user who may not enter with the 403 page and leads no one there from the menu. Within an area, the use
     * cases decide the rest (which plan, which agreement, which document).
     */
    public enum Area {
        /** The home page and every page outside the other areas: every signed-in user. */
        HOME(),
        /** The document library and search: every signed-in user (without a portal role they find nothing there). */
        LIBRARY(),
        PLANS(Role.PARK_MANAGER, Role.UNIVERSITY_REVIEWER, Role.COMMITTEE_APPROVER),
        AGREEMENTS(Role.PARK_MANAGER, Role.UNIVERSITY_REVIEWER, Role.COMMITTEE_APPROVER),
        PROPOSALS(Role.PARK_MANAGER, Role.UNIVERSITY_REVIEWER, Role.COMMITTEE_APPROVER),
        AUDIT(Role.ADMIN, Role.COMMITTEE_APPROVER),
        ADMINISTRATION(Role.ADMIN);

        private final Set<Role> roles;

        Area(Role... roles) {
            this.roles = roles.length == 0 ? Set.of() : Set.copyOf(EnumSet.copyOf(Arrays.asList(roles)));
        }

        /** The roles that may enter; empty: every signed-in user. */
        public Set<Role> roles() {
            return roles;
        }

        /** Whether every signed-in user may enter, whatever their roles. */
        public boolean isOpenToEverySignedInUser() {
            return roles.isEmpty();
        }
    }

    /** Refuses unless the user has one of the roles; {@code actionKey} is the message key of what they tried. */
    public static void requireAnyRole(PortalUser user, String actionKey, Role... allowed) {
        if (user == null || !user.hasAnyRole(allowed)) {
            throw new AccessDeniedException("denied.roles", new Message(actionKey),
                    Arrays.stream(allowed).map(r -> new Message("role." + r.claim())).toList());
        }
    }

    /** Whether the (signed-in) user may enter the area. */
    public static boolean mayEnter(PortalUser user, Area area) {
        return area.isOpenToEverySignedInUser() || user != null && user.roles().stream().anyMatch(area.roles()::contains);
    }

    /**
     * Whether the menu leads the user to the area: one they may enter and find something in. A user without any portal
     * role may enter the library but finds nothing there, so the menu offers them the home page only.
     */
    public static boolean leadsTo(PortalUser user, Area area) {
        return mayEnter(user, area) && (area == Area.HOME || user != null && !user.roles().isEmpty());
    }
}
