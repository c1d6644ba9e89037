package vn.hoalac.portal.application.audit;

import vn.hoalac.portal.domain.model.Sha256;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The rule of the audit trail's hash chain: each event stores the SHA-256 of its own content and of the previous
 * event's hash, so a row altered or deleted afterwards breaks the chain at that point. Written by the trail's adapter,
 * checked by {@link AuditEvents#verify()} and by the stack's offline check.
 */
public final class AuditChain {

    private AuditChain() {
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
        return Sha256.hex(canonical.toString());
    }

    /** Why an event breaks the chain, or null when it holds. */
    public static String check(AuditLog.Event e, String previousHash, boolean first) {
        String expected = hash(e.previousHash(), e.at(), e.actor(), e.organization(), e.action(), e.entityType(),
                e.entityId(), e.details());
        if (!expected.equals(e.hash())) {
            return "event " + e.id() + " was altered: its content does not match its hash";
        }
        if (first && e.previousHash() != null) {
            return "event " + e.id() + " is the first one left but points to an earlier event: the events before it were removed";
        }
        if (!first && !Objects.equals(previousHash, e.previousHash())) {
            return "event " + e.id() + " does not follow the event before it: an event before it was removed or altered";
        }
        return null;
    }
}
