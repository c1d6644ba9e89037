package vn.hoalac.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.hoalac.portal.domain.model.agreement.Agreement;
import vn.hoalac.portal.domain.model.agreement.AgreementRepository;
import vn.hoalac.portal.domain.model.agreement.AgreementStatus;
import vn.hoalac.portal.domain.model.agreement.StatusChange;
import vn.hoalac.portal.domain.model.agreement.CooperationField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaAgreementRepository implements AgreementRepository {

    private static final Map<String, String> SORTS = Map.of("number", "a.number", "title", "a.title COLLATE vietnamese", "status", "a.status",
            "effectiveTo", "a.effective_to", "updatedAt", "a.updated_at");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Agreement add(Agreement agreement) {
        em.persist(agreement);
        em.flush();
        return agreement;
    }

    @Override
    public Optional<Agreement> find(long id) {
        return Optional.ofNullable(em.find(Agreement.class, id));
    }

    @Override
    public List<Long> ids() {
        return em.createQuery("SELECT a.id FROM Agreement a ORDER BY a.id", Long.class).getResultList();
    }

    @Override
    public Optional<Agreement> findByNumber(String number) {
        return em.createQuery("SELECT a FROM Agreement a WHERE a.number = :n", Agreement.class).setParameter("n", number)
                .getResultStream().findFirst();
    }

    @Override
    public List<Agreement> search(String party, String university, AgreementStatus status, CooperationField field, LocalDate endsBefore,
                                  String sort, boolean ascending) {
        StringBuilder sql = new StringBuilder("SELECT a.id FROM agreement a WHERE true");
        List<Object> params = new ArrayList<>();
        if (party != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM agreement_party p WHERE p.agreement_id = a.id AND p.organization = ?)");
            params.add(party);
        }
        if (university != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM agreement_party p WHERE p.agreement_id = a.id AND p.organization = ?)");
            params.add(university);
        }
        if (status != null) {
            sql.append(" AND a.status = ?");
            params.add(status.name());
        }
        if (field != null) {
            sql.append(" AND (',' || a.fields || ',') LIKE ?");
            params.add("%," + field.name() + ",%");
        }
        if (endsBefore != null) {
            sql.append(" AND a.effective_to <= ?");
            params.add(endsBefore);
        }
        sql.append(" ORDER BY ").append(SORTS.getOrDefault(sort == null ? "effectiveTo" : sort, "a.effective_to")).append(ascending ? " ASC" : " DESC")
                .append(" NULLS LAST, a.id DESC");
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        List<Long> ids = ((List<?>) query.getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<Agreement> load = em.createQuery("SELECT a FROM Agreement a WHERE a.id IN :ids", Agreement.class).setParameter("ids", ids);
        Map<Long, Agreement> byId = new java.util.HashMap<>();
        load.getResultList().forEach(a -> byId.put(a.id(), a));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<StatusChange> refreshStatuses(LocalDate today) {
        List<StatusChange> changed = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> agreements = em.createNativeQuery("""
                UPDATE agreement SET status = CASE WHEN effective_to < ?1 THEN 'EXPIRED' ELSE 'EXPIRING' END,
                       updated_at = now(), updated_by = 'system', row_version = row_version + 1
                 WHERE status IN ('ACTIVE', 'EXPIRING', 'EXPIRED') AND effective_to IS NOT NULL
                   AND status <> CASE WHEN effective_to < ?1 THEN 'EXPIRED'
                                      WHEN effective_to <= ?2 THEN 'EXPIRING' ELSE 'ACTIVE' END
                   AND effective_to <= ?2
                RETURNING id, number, status""").setParameter(1, today).setParameter(2, today.plusDays(AgreementStatus.EXPIRING_DAYS))
                .getResultList();
        agreements.forEach(r -> changed.add(StatusChange.agreement(((Number) r[0]).longValue(), (String) r[1],
                AgreementStatus.valueOf((String) r[2]))));
        @SuppressWarnings("unchecked")
        List<Object[]> milestones = em.createNativeQuery("""
                UPDATE agreement_milestone SET status = 'OVERDUE' WHERE status = 'OPEN' AND due < ?1
                RETURNING agreement_id, id, title, due""").setParameter(1, today).getResultList();
        milestones.forEach(r -> changed.add(StatusChange.milestone(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], toDate(r[3]))));
        return changed;
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return value == null ? null : LocalDate.parse(value.toString().substring(0, 10));
    }
}
