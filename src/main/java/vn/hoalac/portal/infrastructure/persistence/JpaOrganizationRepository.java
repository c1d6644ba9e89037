package vn.hoalac.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoalac.portal.domain.model.organization.Organization;
import vn.hoalac.portal.domain.model.organization.OrganizationRepository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organizations' register, read from the database at most once a minute. Nearly every page names organizations
 * (the signed-in user's own, parties, reviewers, filters), and the register changes only by a migration or by hand in
 * the database: the portal itself never writes it. With EclipseLink's shared cache off, each of those names was a
 * query. The entities handed out have no setters and no relations, so threads may share them.
 */
@ApplicationScoped
public class JpaOrganizationRepository implements OrganizationRepository {

    /** How long a read of the register is used: a change made in the database shows within this time. */
    static final long MAX_AGE_NANOS = 60_000_000_000L;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private record Snapshot(List<Organization> all, Map<String, Organization> byCode, long readAt) {
    }

    private volatile Snapshot snapshot;

    @Override
    public List<Organization> findAll() {
        return current().all();
    }

    @Override
    public Optional<Organization> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(current().byCode().get(code));
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || System.nanoTime() - s.readAt() > MAX_AGE_NANOS) {
            List<Organization> all = em.createQuery("SELECT o FROM Organization o ORDER BY o.kind, o.code", Organization.class)
                    .getResultList();
            Map<String, Organization> byCode = new LinkedHashMap<>();
            all.forEach(o -> byCode.put(o.code(), o));
            s = new Snapshot(List.copyOf(all), Map.copyOf(byCode), System.nanoTime());
            snapshot = s;
        }
        return s;
    }
}
