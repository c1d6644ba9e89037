package vn.hoalac.portal.application.people;

import vn.hoalac.portal.domain.model.identity.Member;
import vn.hoalac.portal.domain.model.identity.Person;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The port to the stored people directory; {@link PeopleDirectory} caches it and decides when to write. */
public interface People {

    /** The stored entries of these user names (those never seen are simply missing), in one read. */
    List<Person> findAll(Collection<String> usernames);

    /** Stores the entry with the person's realm roles, replacing the one of the same user name, in a transaction of its own. */
    void save(Person person, Set<Role> roles);

    /**
     * The enabled people who have the role, in the organization or (organizationCode null) in any: who an event is told
     * to. Read in the caller's transaction, not cached: a role or account removed stops notifications at once.
     */
    List<Member> members(Role role, String organizationCode);
}
