package vn.hoalac.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoalac.portal.application.people.SyncedPeople;
import vn.hoalac.portal.domain.model.identity.Member;
import vn.hoalac.portal.domain.model.identity.Person;
import vn.hoalac.portal.domain.model.identity.Role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The identity provider's accounts written into {@code person}, with SQL. */
@ApplicationScoped
public class SqlSyncedPeople implements SyncedPeople {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public void upsert(Collection<Member> members) {
        for (Member m : members) {
            Person p = m.person();
            em.createNativeQuery("INSERT INTO person (username, display_name, organization, email, locale, roles, enabled, synced_at) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, string_to_array(?6, ','), true, now()) ON CONFLICT (username) DO UPDATE SET "
                            + "display_name = COALESCE(EXCLUDED.display_name, person.display_name), organization = EXCLUDED.organization, "
                            + "email = EXCLUDED.email, locale = COALESCE(EXCLUDED.locale, person.locale), roles = EXCLUDED.roles, "
                            + "enabled = true, synced_at = now()")
                    .setParameter(1, p.username()).setParameter(2, p.displayName()).setParameter(3, p.organizationCode())
                    .setParameter(4, p.email()).setParameter(5, p.locale())
                    .setParameter(6, m.roles().stream().map(Role::claim).sorted().collect(Collectors.joining(",")))
                    .executeUpdate();
        }
    }

    @Override
    public int disableAllBut(Set<String> usernames) {
        List<String> keep = new ArrayList<>(usernames);
        return em.createNativeQuery("UPDATE person SET enabled = false, synced_at = now() "
                        + "WHERE enabled AND NOT (username = ANY (string_to_array(?1, chr(31))))")
                .setParameter(1, String.join("\u001f", keep)).executeUpdate();
    }
}
