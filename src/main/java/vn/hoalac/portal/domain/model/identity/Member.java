package vn.hoalac.portal.domain.model.identity;

import java.util.Set;

/** Someone in the people directory with their realm roles: a possible recipient of a notification. */
public record Member(Person person, Set<Role> roles) {

    public Member {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public String username() {
        return person.username();
    }

    /** The member as the access rules see a signed-in user: to ask whether they may read a record. */
    public PortalUser asUser() {
        return new PortalUser(person.username(), person.displayName(), person.email(), person.organizationCode(), roles);
    }
}
