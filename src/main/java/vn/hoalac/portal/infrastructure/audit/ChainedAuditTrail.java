package vn.hoalac.portal.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.audit.AuditAction;
import vn.hoalac.portal.application.audit.AuditChain;
import vn.hoalac.portal.application.audit.AuditRecorded;
import vn.hoalac.portal.application.audit.AuditTrail;
import vn.hoalac.portal.domain.model.identity.PortalUser;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The audit trail in PostgreSQL: appends events in the caller's transaction, each chained to the one before it
 * ({@link AuditChain}). Appends are serialised by a transaction-scoped advisory lock so that two transactions never
 * chain to the same previous event.
 */
@ApplicationScoped
public class ChainedAuditTrail implements AuditTrail {

    private static final long CHAIN_LOCK = 0x48_4C_41_55_44_49_54L; // "HLAUDIT"

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Event<AuditRecorded> recorded;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PortalUser actor, AuditAction action, String entityType, Object entityId, String details) {
        append(actor, action, entityType, entityId, details);
        recorded.fire(new AuditRecorded(action, entityType, entityId == null ? null : String.valueOf(entityId)));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordNow(PortalUser actor, AuditAction action, String entityType, Object entityId, String details) {
        append(actor, action, entityType, entityId, details);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void awaitChanges() {
        lockChain();
    }

    private void append(PortalUser actor, AuditAction action, String entityType, Object entityId, String details) {
        lockChain();
        @SuppressWarnings("unchecked")
        List<Object> last = em.createNativeQuery("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1").getResultList();
        String previous = last.isEmpty() ? null : String.valueOf(last.getFirst()).strip();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String actorName = actor == null ? "system" : actor.username();
        String organization = actor == null ? null : actor.organizationCode();
        String id = entityId == null ? null : String.valueOf(entityId);
        String text = details == null ? "" : details;
        String hash = AuditChain.hash(previous, at, actorName, organization, action.name(), entityType, id, text);
        em.createNativeQuery("""
                INSERT INTO audit_event (at, actor, organization, action, entity_type, entity_id, details, previous_hash, hash)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, at).setParameter(2, actorName).setParameter(3, organization).setParameter(4, action.name())
                .setParameter(5, entityType).setParameter(6, id).setParameter(7, text).setParameter(8, previous)
                .setParameter(9, hash)
                .executeUpdate();
    }

    /** The chain's lock, held until the transaction ends: appends (and {@link #awaitChanges}) happen one at a time. */
    private void lockChain() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
    }
}
