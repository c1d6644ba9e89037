package vn.hoalac.portal.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoalac.portal.domain.model.identity.Member;
import vn.hoalac.portal.domain.model.identity.Person;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Who is who: the names and organizations of the people behind the user names that records store. Entries come from
 * the users themselves, {@link #remember remembered} whenever they authenticate (a browser session or an API token);
 * only a new or changed entry is written, so a request of someone already known costs a map lookup. Reads are cached
 * for {@link #FRESH} (another instance may have learnt a new name meanwhile) and lists are looked up in one read.
 */
@ApplicationScoped
public class PeopleDirectory {

    /** How long a read (or a remembered entry) is trusted before the store is asked again. */
    public static final Duration FRESH = Duration.ofMinutes(10);
    private static final int MAX_CACHED = 20_000;
    private static final Logger LOG = Logger.getLogger(PeopleDirectory.class.getName());

    private record Cached(Person person, Set<Role> roles, long at) {
    }

    @Inject
    People people;

    LongSupplier clock = System::nanoTime;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /**
     * Keeps the directory entry of the signed-in user up to date: written when it is new or differs from what this
     * instance last read or wrote, and at most once per {@link #FRESH} otherwise not at all. A store that cannot be
     * written (database down) is logged and tried again later; it never stops the user's request.
     */
    public void remember(PortalUser user, String locale) {
        if (user == null || user.username() == null || user.username().isBlank() || user.roles().isEmpty()) {
            return;
        }
        Person seen = Person.of(user, locale);
        Cached known = fresh(seen.username());
        if (known != null && seen.equals(known.person()) && user.roles().equals(known.roles())) {
            return;
        }
        try {
            people.save(seen, user.roles());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the people directory could not record {0}: {1}", new Object[]{seen.username(), String.valueOf(e)});
        }
        cache(seen.username(), seen, user.roles());
    }

    /** The directory entry of a user name, if that person was ever seen. */
    public Optional<Person> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(findAll(List.of(username)).get(username));
    }

    /** The entries of the given user names that are known, by user name; the missing ones are read in one go. */
    public Map<String, Person> findAll(Collection<String> usernames) {
        Map<String, Person> found = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (String username : usernames) {
            if (username == null || username.isBlank()) {
                continue;
            }
            Cached cached = fresh(username);
            if (cached == null) {
                missing.add(username);
            } else if (cached.person() != null) {
                found.put(username, cached.person());
            }
        }
        if (!missing.isEmpty()) {
            Map<String, Person> read = new HashMap<>();
            for (Person p : people.findAll(missing)) {
                read.put(p.username(), p);
            }
            for (String username : missing) {
                Person p = read.get(username);
                cache(username, p, null); // someone never seen is remembered as such, so they are not asked for on every row
                if (p != null) {
                    found.put(username, p);
                }
            }
        }
        return found;
    }

    /** The name to show for a user name: the person's name, or the user name itself when they were never seen. */
    public String nameOf(String username) {
        return username == null ? "" : find(username).map(Person::name).orElse(username);
    }

    private Cached fresh(String username) {
        Cached cached = cache.get(username);
        return cached != null && clock.getAsLong() - cached.at() < FRESH.toNanos() ? cached : null;
    }

    /** Who has the role (in the organization, or anywhere for null), read from the store: see {@link People#members}. */
    public List<Member> members(Role role, String organizationCode) {
        return people.members(role, organizationCode);
    }

    private void cache(String username, Person person, Set<Role> roles) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear(); // far more people than the portal has: start over rather than grow without bound
        }
        Cached before = cache.get(username);
        Set<Role> known = roles != null ? roles : before != null && Objects.equals(before.person(), person) ? before.roles() : null;
        cache.put(username, new Cached(person, known, clock.getAsLong()));
    }
}
