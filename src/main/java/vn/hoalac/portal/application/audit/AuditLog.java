package vn.hoalac.portal.application.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoalac.portal.application.AccessPolicy;
import vn.hoalac.portal.application.InvalidInputException;
import vn.hoalac.portal.application.Page;
import vn.hoalac.portal.domain.model.identity.PortalUser;
import vn.hoalac.portal.domain.model.identity.Role;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading and checking the audit trail: administrators and the committee filter and export it, and verify its hash
 * chain, which names the first event that was altered, or follows one that was removed.
 */
@RequestScoped
public class AuditLog {

    /**
     * The record an event is about, in words: its label ({@code DA-HOALAC-2030}, a document's title, an agreement's
     * number) and, for a plan version, its number; the label is null when the record has none (or is gone).
     */
    public record Subject(String label, Integer version) {
        public static final Subject NONE = new Subject(null, null);
    }

    /** One event as stored. */
    public record Event(long id, OffsetDateTime at, String actor, String organization, String action, String entityType,
                        String entityId, String details, String previousHash, String hash) {
    }

    /** Filters, each optional; dates are days in Hanoi, both included. */
    public record Filter(String entityType, String entityId, String actor, String action, LocalDate from, LocalDate to) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null);
    }

    /** The outcome of a verification: how many events were checked and the first broken one, if any. */
    public record Verification(long checked, Long brokenEventId, String reason) {
        public boolean intact() {
            return brokenEventId == null;
        }
    }

    /** The most events one export holds. */
    public static final int EXPORT_LIMIT = 100_000;

    @Inject
    PortalUser user;

    @Inject
    AuditEvents events;

    @Transactional
    public List<Event> find(Filter filter, int first, int max) {
        AccessPolicy.requireAnyRole(user, "action.audit.read", Role.ADMIN, Role.COMMITTEE_APPROVER);
        return events.find(filter == null ? Filter.NONE : filter, Math.max(0, first), Math.max(1, Math.min(max, EXPORT_LIMIT)));
    }

    @Transactional
    public long count(Filter filter) {
        AccessPolicy.requireAnyRole(user, "action.audit.read", Role.ADMIN, Role.COMMITTEE_APPROVER);
        return events.count(filter == null ? Filter.NONE : filter);
    }

    /** One page of the matching events, newest first, and how many match: read in one transaction, so they agree. */
    @Transactional
    public Page<Event> page(Filter filter, int first, int max) {
        return new Page<>(count(filter), find(filter, first, max));
    }

    /**
     * Every matching event, for an export; more than {@link #EXPORT_LIMIT} is refused with the reason (a shorter
     * period), never cut short.
     */
    @Transactional
    public List<Event> export(Filter filter) {
        long matching = count(filter);
        if (matching > EXPORT_LIMIT) {
            throw new InvalidInputException(new vn.hoalac.portal.application.Message("invalid.auditExport", matching, EXPORT_LIMIT),
                    List.of(new vn.hoalac.portal.application.Problem("from", "problem.auditPeriod")));
        }
        return find(filter, 0, EXPORT_LIMIT);
    }

    /**
     * The records the events are about, in words, by event id: one read per kind of record, whatever the number of
     * events (a plan version's event {@code PLAN_VERSION 12/2} is plan 12's code and version 2).
     */
    @Transactional
    public Map<Long, Subject> subjects(List<Event> shown) {
        AccessPolicy.requireAnyRole(user, "action.audit.read", Role.ADMIN, Role.COMMITTEE_APPROVER);
        Map<String, Set<Long>> wanted = new HashMap<>();
        for (Event e : shown) {
            Key key = key(e);
            if (key != null) {
                wanted.computeIfAbsent(key.type(), t -> new HashSet<>()).add(key.id());
            }
        }
        Map<String, Map<Long, String>> labels = new HashMap<>();
        wanted.forEach((type, ids) -> labels.put(type, events.labels(type, ids)));
        Map<Long, Subject> subjects = new HashMap<>();
        for (Event e : shown) {
            Key key = key(e);
            subjects.put(e.id(), key == null ? Subject.NONE
                    : new Subject(labels.getOrDefault(key.type(), Map.of()).get(key.id()), key.version()));
        }
        return subjects;
    }

    private record Key(String type, long id, Integer version) {
    }

    /** Which record's label an event needs: a plan version is its plan's; ids that are not numbers have none. */
    private static Key key(Event e) {
        if (e.entityType() == null || e.entityId() == null) {
            return null;
        }
        try {
            if (e.entityType().equals("PLAN_VERSION")) {
                String[] parts = e.entityId().split("/");
                return parts.length == 2 ? new Key("PLAN", Long.parseLong(parts[0]), Integer.valueOf(parts[1])) : null;
            }
            return LABELLED.contains(e.entityType()) ? new Key(e.entityType(), Long.parseLong(e.entityId()), null) : null;
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    private static final Set<String> LABELLED = Set.of("PLAN", "DOCUMENT", "AGREEMENT", "PROPOSAL");

    /** Walks the whole chain in order and stops at the first event whose hash or link does not hold. */
    @Transactional
    public Verification verify() {
        AccessPolicy.requireAnyRole(user, "action.audit.verify", Role.ADMIN, Role.COMMITTEE_APPROVER);
        return events.verify();
    }
}
