package vn.hoalac.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.people.People;
import vn.hoalac.portal.domain.model.identity.Member;
import vn.hoalac.portal.domain.model.identity.Person;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** The people directory in table {@code person}, read and written with SQL. */
@ApplicationScoped
public class SqlPeople implements People {

    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<Person> findAll(Collection<String> usernames) {
        List<String> all = new ArrayList<>(usernames);
        List<Person> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            StringJoiner marks = new StringJoiner(", ");
            for (int i = 1; i <= chunk.size(); i++) {
                marks.add("?" + i);
            }
            Query query = em.createNativeQuery("SELECT username, display_name, organization, email, locale FROM person WHERE username IN ("
                    + marks + ")");
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 1, chunk.get(i));
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.getResultList();
            for (Object[] r : rows) {
                found.add(new Person((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]));
            }
        }
        return found;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void save(Person p, Set<Role> roles) {
        // a row that did not change is not written (the WHERE of the update), so a sign-in costs no write
        em.createNativeQuery("INSERT INTO person (username, display_name, organization, email, locale, roles, enabled, seen_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, string_to_array(?6, ','), true, now()) ON CONFLICT (username) DO UPDATE SET "
                        + "display_name = EXCLUDED.display_name, organization = EXCLUDED.organization, email = EXCLUDED.email, "
                        + "locale = EXCLUDED.locale, roles = EXCLUDED.roles, enabled = true, seen_at = now() "
                        + "WHERE (person.display_name, person.organization, person.email, person.locale, person.roles, person.enabled) "
                        + "IS DISTINCT FROM (EXCLUDED.display_name, EXCLUDED.organization, EXCLUDED.email, EXCLUDED.locale, EXCLUDED.roles, true)")
                .setParameter(1, p.username()).setParameter(2, p.displayName()).setParameter(3, p.organizationCode())
                .setParameter(4, p.email()).setParameter(5, p.locale())
                .setParameter(6, roles.stream().map(Role::claim).sorted().collect(Collectors.joining(",")))
                .executeUpdate();
    }

    @Override
    public List<Member> members(Role role, String organizationCode) {
        Query query = em.createNativeQuery("SELECT username, display_name, organization, email, locale, array_to_string(roles, ',') FROM person "
                + "WHERE enabled AND ?1 = ANY (roles)" + (organizationCode == null ? "" : " AND organization = ?2") + " ORDER BY username");
        query.setParameter(1, role.claim());
        if (organizationCode != null) {
            query.setParameter(2, organizationCode);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Member> members = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Set<Role> roles = Arrays.stream(((String) r[5]).split(",")).map(Role::fromClaim).flatMap(Optional::stream)
                    .collect(Collectors.toSet());
            members.add(new Member(new Person((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]), roles));
        }
        return members;
    }
}
