package vn.hoalac.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoalac.portal.domain.model.proposal.Proposal;
import vn.hoalac.portal.domain.model.proposal.ProposalRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProposalRepository implements ProposalRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Proposal add(Proposal proposal) {
        em.persist(proposal);
        em.flush();
        return proposal;
    }

    @Override
    public Optional<Proposal> find(long id) {
        return Optional.ofNullable(em.find(Proposal.class, id));
    }

    @Override
    public List<Long> ids() {
        return em.createQuery("SELECT p.id FROM Proposal p ORDER BY p.id", Long.class).getResultList();
    }

    @Override
    public List<Proposal> list(String organization) {
        if (organization == null) {
            return em.createQuery("SELECT p FROM Proposal p ORDER BY p.createdAt DESC", Proposal.class).getResultList();
        }
        return em.createQuery("SELECT DISTINCT p FROM Proposal p LEFT JOIN p.reviewers r "
                        + "WHERE p.organization = :org OR r = :org ORDER BY p.createdAt DESC", Proposal.class)
                .setParameter("org", organization).getResultList();
    }
}
