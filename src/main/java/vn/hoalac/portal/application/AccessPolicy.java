package vn.hoalac.portal.application;

import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The one place that says who may do what; every use case calls it whatever the caller (page or API). */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static void requireAnyRole(PortalUser user, String action, Role... allowed) {
        if (user == null || !user.hasAnyRole(allowed)) {
            throw new AccessDeniedException(action + " needs one of the roles "
                    + Arrays.stream(allowed).map(Role::claim).collect(Collectors.joining(", ")));
        }
    }
}
