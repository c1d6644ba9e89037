package vn.hoalac.portal.application.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.AccessPolicy;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;
import vn.hoalac.portal.infrastructure.audit.AuditTrail;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading and checking the audit trail: administrators and the committee filter and export it, and verify its hash
 * chain, which names the first event that was altered, or follows one that was removed.
 */
@RequestScoped
public class AuditLog {


    /** One event as stored. */
    public record Event(long id, OffsetDateTime at, String actor, String organization, String action, String entityType,
                        String entityId, String details, String previousHash, String hash) {
    }

    /** Filters, each optional; dates are days in Hanoi, both included. */
    public record Filter(String entityType, String entityId, String actor, String action, LocalDate from, LocalDate to) {
    }

    /** The outcome of a verification: how many events were checked and the first broken one, if any. */
    public record Verification(long checked, Long brokenEventId, String reason) {
        public boolean intact() {
            return brokenEventId == null;
        }
    }

    @Inject
    PortalUser user;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Transactional
    public List<Event> find(Filter filter, int first, int max) {
        AccessPolicy.requireAnyRole(user, "Xem nhật ký hệ thống", Role.ADMIN, Role.COMMITTEE_APPROVER);
        StringBuilder sql = new StringBuilder("""
                SELECT id, at, actor, organization, action, entity_type, entity_id, details, previous_hash, hash
                  FROM audit_event WHERE true""");
        List<Object> params = new ArrayList<>();
        Filter f = filter == null ? new Filter(null, null, null, null, null, null) : filter;
        if (f.entityType() != null && !f.entityType().isBlank()) {
            sql.append(" AND entity_type = ?");
            params.add(f.entityType().strip());
        }
        if (f.entityId() != null && !f.entityId().isBlank()) {
            sql.append(" AND entity_id = ?");
            params.add(f.entityId().strip());
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            sql.append(" AND actor = ?");
            params.add(f.actor().strip());
        }
        if (f.action() != null && !f.action().isBlank()) {
            sql.append(" AND action = ?");
            params.add(f.action().strip());
        }
        if (f.from() != null) {
            sql.append(" AND at >= ?");
            params.add(f.from().atStartOfDay(vn.hoalac.portal.application.Texts.HANOI).toOffsetDateTime());
        }
        if (f.to() != null) {
            sql.append(" AND at < ?");
            params.add(f.to().plusDays(1).atStartOfDay(vn.hoalac.portal.application.Texts.HANOI).toOffsetDateTime());
        }
        sql.append(" ORDER BY id DESC OFFSET ").append(Math.max(0, first)).append(" LIMIT ").append(Math.max(1, Math.min(max, 100_000)));
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(AuditLog::event).toList();
    }

    /** Walks the whole chain in order and stops at the first event whose hash or link does not hold. */
    @Transactional
    public Verification verify() {
        AccessPolicy.requireAnyRole(user, "Kiểm tra nhật ký hệ thống", Role.ADMIN, Role.COMMITTEE_APPROVER);
        return verify(em);
    }

    public static Verification verify(EntityManager em) {
        String previous = null;
        long checked = 0;
        long lastId = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT id, at, actor, organization, action, entity_type, entity_id, details, previous_hash, hash
                      FROM audit_event WHERE id > ?1 ORDER BY id LIMIT 5000""").setParameter(1, lastId).getResultList();
            if (rows.isEmpty()) {
                return new Verification(checked, null, null);
            }
            for (Object[] row : rows) {
                Event e = event(row);
                String check = check(e, previous, checked == 0);
                if (check != null) {
                    return new Verification(checked + 1, e.id(), check);
                }
                previous = e.hash();
                lastId = e.id();
                checked++;
            }
        }
    }

    /** Why an event breaks the chain, or null when it holds. */
    public static String check(Event e, String previousHash, boolean first) {
        String expected = AuditTrail.hash(e.previousHash(), e.at(), e.actor(), e.organization(), e.action(), e.entityType(),
                e.entityId(), e.details());
        if (!expected.equals(e.hash())) {
            return "event " + e.id() + " was altered: its content does not match its hash";
        }
        if (first && e.previousHash() != null) {
            return "event " + e.id() + " is the first one left but points to an earlier event: the events before it were removed";
        }
        if (!first && !java.util.Objects.equals(previousHash, e.previousHash())) {
            return "event " + e.id() + " does not follow the event before it: an event before it was removed or altered";
        }
        return null;
    }

    private static Event event(Object[] r) {
        OffsetDateTime at = r[1] instanceof OffsetDateTime o ? o
                : r[1] instanceof java.sql.Timestamp t ? t.toInstant().atOffset(java.time.ZoneOffset.UTC)
                : OffsetDateTime.parse(String.valueOf(r[1]));
        return new Event(((Number) r[0]).longValue(), at, (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                (String) r[7], r[8] == null ? null : String.valueOf(r[8]).strip(), String.valueOf(r[9]).strip());
    }
}
