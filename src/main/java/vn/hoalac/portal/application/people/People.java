package vn.hoalac.portal.application.people;

import vn.hoalac.portal.domain.model.identity.Person;

import java.util.Collection;
import java.util.List;

/** The port to the stored people directory; {@link PeopleDirectory} caches it and decides when to write. */
public interface People {

    /** The stored entries of these user names (those never seen are simply missing), in one read. */
    List<Person> findAll(Collection<String> usernames);

    /** Stores the entry, replacing the one of the same user name, in a transaction of its own. */
    void save(Person person);
}
