package vn.hoalac.portal.domain.model.identity;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The signed-in person as Keycloak describes them: who they are, which organization they act for and their roles.
 * The portal reads this from the token on every request; Keycloak owns the accounts. The people directory keeps only
 * how to name someone to others ({@link Person}), learnt from here. Serializable: a page kept in the session holds it,
 * and the session may be read by another portal instance.
 */
public record PortalUser(String username, String displayName, String email, String organizationCode, Set<Role> roles)
        implements Serializable {

    public PortalUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /** Roles in a stable order (the order of {@link Role}), for display and for the API. */
    public List<Role> sortedRoles() {
        return roles.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
