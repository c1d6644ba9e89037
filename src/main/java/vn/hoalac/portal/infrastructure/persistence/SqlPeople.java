package vn.hoalac.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.people.People;
import vn.hoalac.portal.domain.model.identity.Person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

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
    public void save(Person p) {
        em.createNativeQuery("INSERT INTO person (username, display_name, organization, email, locale, seen_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, now()) ON CONFLICT (username) DO UPDATE SET display_name = EXCLUDED.display_name, "
                        + "organization = EXCLUDED.organization, email = EXCLUDED.email, locale = EXCLUDED.locale, seen_at = now()")
                .setParameter(1, p.username()).setParameter(2, p.displayName()).setParameter(3, p.organizationCode())
                .setParameter(4, p.email()).setParameter(5, p.locale())
                .executeUpdate();
    }
}
