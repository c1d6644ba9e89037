package vn.hoalac.portal.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.domain.model.identity.PortalUser;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * Appends events to the audit trail in the caller's transaction: an event exists exactly when the change it records
 * was committed. Events form a hash chain: each stores the SHA-256 of its own content and of the previous event, so a
 * row altered or deleted afterwards breaks the chain at that point. Appends are serialised by a transaction-scoped
 * advisory lock so that two transactions never chain to the same previous event.
 */
@ApplicationScoped
public class AuditTrail {

    private static final long CHAIN_LOCK = 0x48_4C_41_55_44_49_54L; // "HLAUDIT"

    /**
     * A change was recorded, in the transaction that makes it: observers that keep derived data (the search index of
     * plans, agreements and proposals) bring it up to date before that transaction commits.
     */
    public record Recorded(String action, String entityType, String entityId) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Event<Recorded> recorded;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PortalUser actor, String action, String entityType, Object entityId, String details) {
        append(actor, action, entityType, entityId, details);
        recorded.fire(new Recorded(action, entityType, entityId == null ? null : String.valueOf(entityId)));
    }

    private void append(PortalUser actor, String action, String entityType, Object entityId, String details) {
        lockChain();
        @SuppressWarnings("unchecked")
        List<Object> last = em.createNativeQuery("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1").getResultList();
        String previous = last.isEmpty() ? null : String.valueOf(last.getFirst()).strip();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String actorName = actor == null ? "system" : actor.username();
        String organization = actor == null ? null : actor.organizationCode();
        String id = entityId == null ? null : String.valueOf(entityId);
        String text = details == null ? "" : details;
        String hash = hash(previous, at, actorName, organization, action, entityType, id, text);
        em.createNativeQuery("""
                INSERT INTO audit_event (at, actor, organization, action, entity_type, entity_id, details, previous_hash, hash)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, at).setParameter(2, actorName).setParameter(3, organization).setParameter(4, action)
                .setParameter(5, entityType).setParameter(6, id).setParameter(7, text).setParameter(8, previous)
                .setParameter(9, hash)
                .executeUpdate();
    }

    /**
     * Waits until no audited change is in progress, and keeps the next ones waiting until the caller's transaction
     * ends: every change holds this lock from its audit event to its commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void awaitChanges() {
        lockChain();
    }

    /** The chain's lock, held until the transaction ends: appends (and {@link #awaitChanges}) happen one at a time. */
    private void lockChain() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
    }

    /** Records an event in a transaction of its own: for what is not a change of data (a login, a refusal). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordNow(PortalUser actor, String action, String entityType, Object entityId, String details) {
        append(actor, action, entityType, entityId, details);
    }

    /** The SHA-256 of an event's fields and the previous event's hash, each field length-prefixed so none can bleed into another. */
    public static String hash(String previous, OffsetDateTime at, String actor, String organization, String action,
                              String entityType, String entityId, String details) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[]{previous, at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS).toString(),
                actor, organization, action, entityType, entityId, details}) {
            String value = field == null ? "" : field;
            canonical.append(value.length()).append(':').append(value).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
