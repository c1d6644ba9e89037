package vn.hoalac.portal.application.audit;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain's rule without a database: an altered, removed or re-linked event is named; an intact chain holds. */
class AuditChainTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2025, 3, 5, 7, 30, 0, 123_456_000, ZoneOffset.UTC);

    @Test
    void anIntactChainHolds() {
        List<AuditLog.Event> chain = chain(3);
        assertThat(firstBroken(chain)).isNull();
    }

    @Test
    void anAlteredEventIsNamed() {
        List<AuditLog.Event> chain = chain(3);
        AuditLog.Event e = chain.get(1);
        chain.set(1, new AuditLog.Event(e.id(), e.at(), e.actor(), e.organization(), e.action(), e.entityType(), e.entityId(),
                e.details() + " (sửa)", e.previousHash(), e.hash()));
        assertThat(firstBroken(chain)).isEqualTo("event 2 was altered: its content does not match its hash");
    }

    @Test
    void aRemovedEventBreaksTheLinkOfTheNextOne() {
        List<AuditLog.Event> chain = chain(3);
        chain.remove(1);
        assertThat(firstBroken(chain)).startsWith("event 3 does not follow the event before it");
    }

    @Test
    void removingTheFirstEventsIsSeenToo() {
        List<AuditLog.Event> chain = chain(3);
        chain.removeFirst();
        assertThat(firstBroken(chain)).startsWith("event 2 is the first one left but points to an earlier event");
    }

    @Test
    void fieldsCannotBleedIntoEachOther() {
        assertThat(AuditChain.hash(null, AT, "ab", "c", "X", "T", "1", ""))
                .isNotEqualTo(AuditChain.hash(null, AT, "a", "bc", "X", "T", "1", ""));
        assertThat(AuditChain.hash(null, AT, "a", "b", "X", "T", "1", ""))
                .isEqualTo(AuditChain.hash(null, AT.withOffsetSameInstant(ZoneOffset.ofHours(7)), "a", "b", "X", "T", "1", ""));
    }

    private static List<AuditLog.Event> chain(int n) {
        List<AuditLog.Event> events = new ArrayList<>();
        String previous = null;
        for (int i = 1; i <= n; i++) {
            OffsetDateTime at = AT.plusMinutes(i);
            String details = "comment " + i + " on 3";
            String hash = AuditChain.hash(previous, at, "bql.soan", "BQL", AuditAction.COMMENT_ADDED.name(), "PLAN_VERSION", "1/" + i, details);
            events.add(new AuditLog.Event(i, at, "bql.soan", "BQL", AuditAction.COMMENT_ADDED.name(), "PLAN_VERSION", "1/" + i, details,
                    previous, hash));
            previous = hash;
        }
        return events;
    }

    private static String firstBroken(List<AuditLog.Event> events) {
        String previous = null;
        for (int i = 0; i < events.size(); i++) {
            String check = AuditChain.check(events.get(i), previous, i == 0);
            if (check != null) {
                return check;
            }
            previous = events.get(i).hash();
        }
        return null;
    }
}
