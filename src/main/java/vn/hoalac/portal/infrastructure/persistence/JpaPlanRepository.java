package vn.hoalac.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.hoalac.portal.domain.model.plan.Attachment;
import vn.hoalac.portal.domain.model.plan.Plan;
import vn.hoalac.portal.domain.model.plan.PlanRepository;
import vn.hoalac.portal.domain.model.plan.PlanVersion;
import vn.hoalac.portal.domain.model.plan.ProgressReport;
import vn.hoalac.portal.domain.model.plan.VersionHead;
import vn.hoalac.portal.domain.model.plan.VersionStatus;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Plan add(Plan plan) {
        em.persist(plan);
        em.flush();
        return plan;
    }

    @Override
    public Optional<Plan> find(long id) {
        return Optional.ofNullable(em.find(Plan.class, id));
    }

    @Override
    public Optional<Plan> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Plan.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Plan> findByCode(String code) {
        return em.createQuery("SELECT p FROM Plan p WHERE p.code = :code", Plan.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<Plan> all() {
        return em.createQuery("SELECT p FROM Plan p ORDER BY p.createdAt DESC, p.id DESC", Plan.class).getResultList();
    }

    @Override
    public List<PlanVersion> versions(long planId) {
        return em.createQuery("SELECT v FROM PlanVersion v WHERE v.plan.id = :plan ORDER BY v.number", PlanVersion.class)
                .setParameter("plan", planId).getResultList();
    }

    @Override
    public java.util.Map<Long, List<VersionHead>> versionHeads() {
        List<Object[]> rows = em.createQuery("""
                SELECT v.plan.id, v.number, v.status, r FROM PlanVersion v LEFT JOIN v.reviewers r
                ORDER BY v.plan.id, v.number""", Object[].class).getResultList();
        java.util.Map<Long, java.util.Map<Integer, Object[]>> byPlan = new java.util.LinkedHashMap<>();
        java.util.Map<String, java.util.Set<String>> reviewers = new java.util.HashMap<>();
        for (Object[] row : rows) {
            long plan = ((Number) row[0]).longValue();
            int number = ((Number) row[1]).intValue();
            byPlan.computeIfAbsent(plan, p -> new java.util.LinkedHashMap<>()).putIfAbsent(number, row);
            java.util.Set<String> invited = reviewers.computeIfAbsent(plan + "/" + number, k -> new java.util.TreeSet<>());
            if (row[3] != null) {
                invited.add((String) row[3]);
            }
        }
        java.util.Map<Long, List<VersionHead>> heads = new java.util.LinkedHashMap<>();
        byPlan.forEach((plan, versions) -> heads.put(plan, versions.values().stream()
                .map(row -> new VersionHead(plan, ((Number) row[1]).intValue(), (VersionStatus) row[2],
                        reviewers.get(plan + "/" + row[1])))
                .toList()));
        return heads;
    }

    @Override
    public Optional<PlanVersion> version(long planId, int number) {
        return em.createQuery("SELECT v FROM PlanVersion v WHERE v.plan.id = :plan AND v.number = :number", PlanVersion.class)
                .setParameter("plan", planId).setParameter("number", number).getResultStream().findFirst();
    }

    @Override
    public PlanVersion addVersion(PlanVersion version) {
        em.persist(version);
        em.flush();
        return version;
    }

    @Override
    public List<PlanVersion> versionsIn(List<VersionStatus> statuses) {
        return em.createQuery("SELECT v FROM PlanVersion v WHERE v.status IN :statuses ORDER BY v.submittedAt", PlanVersion.class)
                .setParameter("statuses", statuses).getResultList();
    }

    @Override
    public List<Attachment> attachments(long planId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT d.id, v.number, d.title, v.filename, v.sha256
                  FROM plan_attachment a
                  JOIN document d ON d.id = a.document_id
                  JOIN document_version v ON v.document_id = d.id AND v.number = d.current_version
                 WHERE a.plan_id = ?1
                 ORDER BY d.id""").setParameter(1, planId).getResultList();
        return rows.stream().map(r -> new Attachment(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2],
                (String) r[3], String.valueOf(r[4]).strip())).toList();
    }

    @Override
    public void attach(long planId, long documentId, String user) {
        em.createNativeQuery("""
                INSERT INTO plan_attachment (plan_id, document_id, added_at, added_by) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, planId).setParameter(2, documentId).setParameter(3, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(4, user).executeUpdate();
    }

    @Override
    public boolean detach(long planId, long documentId) {
        return em.createNativeQuery("DELETE FROM plan_attachment WHERE plan_id = ?1 AND document_id = ?2")
                .setParameter(1, planId).setParameter(2, documentId).executeUpdate() > 0;
    }

    @Override
    public List<ProgressReport> progress(long planId) {
        return em.createQuery("SELECT r FROM ProgressReport r WHERE r.planId = :plan ORDER BY r.targetCode, r.period", ProgressReport.class)
                .setParameter("plan", planId).getResultList();
    }

    @Override
    public Optional<ProgressReport> progress(long planId, String targetCode, String period) {
        return em.createQuery("SELECT r FROM ProgressReport r WHERE r.planId = :plan AND r.targetCode = :code AND r.period = :period",
                        ProgressReport.class)
                .setParameter("plan", planId).setParameter("code", targetCode).setParameter("period", period)
                .getResultStream().findFirst();
    }

    @Override
    public void add(ProgressReport report) {
        em.persist(report);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
