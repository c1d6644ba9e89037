package vn.hoalac.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoalac.portal.domain.model.organization.Organization;
import vn.hoalac.portal.domain.model.organization.OrganizationRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOrganizationRepository implements OrganizationRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<Organization> findAll() {
        return em.createQuery("SELECT o FROM Organization o ORDER BY o.kind, o.code", Organization.class).getResultList();
    }

    @Override
    public Optional<Organization> find(String code) {
        return Optional.ofNullable(em.find(Organization.class, code));
    }
}
