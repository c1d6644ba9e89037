package vn.hoalac.portal.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import vn.hoalac.portal.application.PortalTime;
import vn.hoalac.portal.domain.model.identity.PortalUser;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What a read-only use case answered one user, kept until anything changes: every change of the portal's records
 * writes an audit event (AuditTrail), so an answer is used again only while no audit event was committed since it
 * was read (counted here after each commit of this instance, and the newest event's id in the database, for changes
 * made by another instance), on the same day (deadlines and "overdue" follow the date) and for at most
 * {@link #MAX_AGE_NANOS}. The key is the user's name, organization and roles, so an answer is never shown to anyone
 * else. Answers must be immutable.
 */
@ApplicationScoped
public class ChangeCache {

    /** The longest an answer is used, whatever happened: bounds what an out-of-order commit elsewhere could hide. */
    static final long MAX_AGE_NANOS = 30_000_000_000L;
    private static final int MAX_ENTRIES = 5_000;

    @Inject
    AuditEvents events;

    private final AtomicLong committedChanges = new AtomicLong();

    private record Stamp(long committedChanges, long newestEvent, LocalDate day) {
    }

    private record Cached(Stamp stamp, Object value, long readAt) {
    }

    private final Map<String, Cached> entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > MAX_ENTRIES;
        }
    });

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditRecorded change) {
        committedChanges.incrementAndGet();
    }

    /**
     * The answer of {@code read} for this user, from the cache when nothing changed since it was read.
     *
     * @param what names the use case and any arguments of the answer
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String what, PortalUser user, Supplier<T> read) {
        String key = what + '\u0000' + user.username() + '\u0000' + user.organizationCode() + '\u0000' + user.sortedRoles();
        // the stamp is taken before the read: a change committed meanwhile makes the next request read again
        Stamp stamp = new Stamp(committedChanges.get(), events.newestId(), PortalTime.today());
        long now = System.nanoTime();
        Cached entry = entries.get(key);
        if (entry != null && entry.stamp().equals(stamp) && now - entry.readAt() < MAX_AGE_NANOS) {
            return (T) entry.value();
        }
        T value = read.get();
        entries.put(key, new Cached(stamp, value, now));
        return value;
    }
}
