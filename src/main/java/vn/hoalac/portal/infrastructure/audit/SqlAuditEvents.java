package vn.hoalac.portal.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.application.audit.AuditChain;
import vn.hoalac.portal.application.audit.AuditEvents;
import vn.hoalac.portal.application.audit.AuditLog.Event;
import vn.hoalac.portal.application.audit.AuditLog.Filter;
import vn.hoalac.portal.application.audit.AuditLog.Verification;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** The stored audit trail ({@code audit_event}), read with SQL: filtered pages, counts and the chain's verification. */
@ApplicationScoped
public class SqlAuditEvents implements AuditEvents {

    private static final String COLUMNS = "id, at, actor, organization, action, entity_type, entity_id, details, previous_hash, hash";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<Event> find(Filter filter, int first, int max) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        Query query = em.createNativeQuery("SELECT " + COLUMNS + " FROM audit_event WHERE " + where
                + " ORDER BY id DESC OFFSET " + first + " LIMIT " + max);
        bind(query, params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(SqlAuditEvents::event).toList();
    }

    @Override
    public long newestId() {
        return ((Number) em.createNativeQuery("SELECT coalesce(max(id), 0) FROM audit_event").getSingleResult()).longValue();
    }

    @Override
    public long count(Filter filter) {
        List<Object> params = new ArrayList<>();
        Query query = em.createNativeQuery("SELECT count(*) FROM audit_event WHERE " + where(filter, params));
        bind(query, params);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The column that names each kind of record. */
    private static final Map<String, String> LABELS = Map.of(
            "PLAN", "SELECT id, code FROM plan WHERE id IN ",
            "DOCUMENT", "SELECT id, title FROM document WHERE id IN ",
            "AGREEMENT", "SELECT id, number FROM agreement WHERE id IN ",
            "PROPOSAL", "SELECT id, title FROM proposal WHERE id IN ");

    @Override
    public Map<Long, String> labels(String entityType, Collection<Long> ids) {
        String select = LABELS.get(entityType);
        Map<Long, String> labels = new HashMap<>();
        if (select == null || ids.isEmpty()) {
            return labels;
        }
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
            StringJoiner marks = new StringJoiner(", ", "(", ")");
            for (int i = 1; i <= chunk.size(); i++) {
                marks.add("?" + i);
            }
            Query query = em.createNativeQuery(select + marks);
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 1, chunk.get(i));
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.getResultList();
            for (Object[] r : rows) {
                labels.put(((Number) r[0]).longValue(), (String) r[1]);
            }
        }
        return labels;
    }

    @Override
    public Verification verify() {
        String previous = null;
        long checked = 0;
        long lastId = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS
                    + " FROM audit_event WHERE id > ?1 ORDER BY id LIMIT 5000").setParameter(1, lastId).getResultList();
            if (rows.isEmpty()) {
                return new Verification(checked, null, null);
            }
            for (Object[] row : rows) {
                Event e = event(row);
                String check = AuditChain.check(e, previous, checked == 0);
                if (check != null) {
                    return new Verification(checked + 1, e.id(), check);
                }
                previous = e.hash();
                lastId = e.id();
                checked++;
            }
        }
    }

    private static String where(Filter f, List<Object> params) {
        StringBuilder sql = new StringBuilder("true");
        condition(sql, params, "entity_type = ?", f.entityType());
        condition(sql, params, "entity_id = ?", f.entityId());
        condition(sql, params, "actor = ?", f.actor());
        condition(sql, params, "action = ?", f.action());
        if (f.from() != null) {
            sql.append(" AND at >= ?");
            params.add(f.from().atStartOfDay(PortalTime.HANOI).toOffsetDateTime());
        }
        if (f.to() != null) {
            sql.append(" AND at < ?");
            params.add(f.to().plusDays(1).atStartOfDay(PortalTime.HANOI).toOffsetDateTime());
        }
        return sql.toString();
    }

    private static void condition(StringBuilder sql, List<Object> params, String condition, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" AND ").append(condition);
            params.add(value.strip());
        }
    }

    private static void bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
    }

    private static Event event(Object[] r) {
        OffsetDateTime at = r[1] instanceof OffsetDateTime o ? o
                : r[1] instanceof Timestamp t ? t.toInstant().atOffset(ZoneOffset.UTC)
                : OffsetDateTime.parse(String.valueOf(r[1]));
        return new Event(((Number) r[0]).longValue(), at, (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                (String) r[7], r[8] == null ? null : String.valueOf(r[8]).strip(), String.valueOf(r[9]).strip());
    }
}
