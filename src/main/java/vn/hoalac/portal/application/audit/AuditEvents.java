package vn.hoalac.portal.application.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The port that reads the stored audit trail; permission checks are the caller's ({@link AuditLog}). */
public interface AuditEvents {

    /** The events matching the filter, newest first, from {@code first} on, at most {@code max}. */
    List<AuditLog.Event> find(AuditLog.Filter filter, int first, int max);

    /** How many events match the filter. */
    long count(AuditLog.Filter filter);

    /**
     * What the records named by events are called, by id: a plan's code, a document's or a proposal's title, an
     * agreement's number. Types without a label (a request, the search index) and records not found are missing.
     */
    Map<Long, String> labels(String entityType, Collection<Long> ids);

    /** Walks the whole chain in order and stops at the first event whose hash or link does not hold. */
    AuditLog.Verification verify();

    /** The id of the newest event (0 when there is none): it changes with every recorded change. */
    long newestId();
}
