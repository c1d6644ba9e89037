package vn.hoalac.portal.application.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import vn.hoalac.portal.application.TooManyRequestsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Per-user rate limits (token buckets, one per user and kind): uploads and searches. A bucket holds a minute's worth
 * and refills continuously, so a burst is fine and a flood answers 429 until the user slows down. The buckets are kept
 * in a {@link RateLimitStore} that every instance of the cluster shares (Payara's data grid), so a user's requests
 * count the same whichever instance serves them. Taking a token is a compare-and-set loop: two instances taking from
 * the same bucket at once never lose a count (a take that keeps losing the race backs off, and after
 * {@value #MAX_TRIES} tries is refused for a second: contention is not an outage). When the shared store cannot be reached the buckets are counted in
 * this instance's memory for a while (with a warning in the log): users are never refused because of it.
 */
@ApplicationScoped
public class RateLimits {

    private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());

    /**
     * Tries of the compare-and-set loop, with a growing random pause after the first few; past them the take is refused
     * for a second. Only ever reached when one user's requests race for their own bucket on every core: refusing one is
     * safe, whereas counting it in this instance's memory (as for a store that cannot be reached) let that instance count
     * a second minute's worth of its own (RateLimitsTest, eight threads on two cores: 1,000 taken from a bucket of 500).
     */
    static final int MAX_TRIES = 50;

    /** After the shared store failed, how long this instance counts in memory before trying it again. */
    static final long RETRY_SHARED_MILLIS = 30_000;

    public enum Kind { UPLOAD, SEARCH }

    @Inject
    @ConfigProperty(name = "ratelimit.uploads-per-minute", defaultValue = "120")
    int uploadsPerMinute;

    @Inject
    @ConfigProperty(name = "ratelimit.searches-per-minute", defaultValue = "120")
    int searchesPerMinute;

    @Inject
    Instance<RateLimitStore> sharedStores;

    private RateLimitStore shared;
    private final RateLimitStore local = new MemoryRateLimitStore();
    private LongSupplier clock = System::currentTimeMillis;
    private volatile long sharedDownUntil;
    private volatile boolean sharedDown;

    public RateLimits() {
    }

    /** For tests: these limits, buckets in this shared store (null: none), this clock (milliseconds). */
    public RateLimits(int uploadsPerMinute, int searchesPerMinute, RateLimitStore shared, LongSupplier clock) {
        this.uploadsPerMinute = uploadsPerMinute;
        this.searchesPerMinute = searchesPerMinute;
        this.shared = shared;
        this.clock = clock;
    }

    /** Takes one from the user's bucket, or refuses with the seconds until one is back. */
    public void take(String user, Kind kind) {
        int perMinute = kind == Kind.UPLOAD ? uploadsPerMinute : searchesPerMinute;
        long wait = take(kind + ":" + user, perMinute);
        if (wait > 0) {
            throw new TooManyRequestsException(wait, kind == Kind.UPLOAD ? "tooMany.uploads" : "tooMany.searches", perMinute, wait);
        }
    }

    private long take(String key, int perMinute) {
        RateLimitStore store = shared();
        long now = clock.getAsLong();
        if (store != null && now >= sharedDownUntil) {
            try {
                long wait = take(store, key, perMinute, now);
                if (sharedDown) {
                    sharedDown = false;
                    LOG.info(() -> "rate limits count in " + store.describe() + " again");
                }
                return wait;
            } catch (RuntimeException e) {
                sharedDownUntil = now + RETRY_SHARED_MILLIS;
                if (!sharedDown) {
                    sharedDown = true;
                    LOG.log(Level.WARNING, "rate limits: {0} cannot be reached ({1}); counting in this instance''s "
                            + "memory, so each instance counts on its own until it answers again",
                            new Object[]{store.describe(), String.valueOf(e)});
                }
            }
        }
        return take(local, key, perMinute, now);
    }

    private RateLimitStore shared() {
        if (shared == null && sharedStores != null && sharedStores.isResolvable()) {
            shared = sharedStores.get();
        }
        return shared;
    }

    /**
     * Takes a token from the bucket under the key in the store, by compare-and-set: read, compute, write only if
     * nobody wrote in between, else again. A refusal writes nothing (the refill is computed from the last update).
     *
     * @return 0 when a token was taken, otherwise the whole seconds until one is back (1 when every try lost the race)
     */
    static long take(RateLimitStore store, String key, int perMinute, long now) {
        for (int i = 0; i < MAX_TRIES; i++) {
            String before = store.get(key);
            TokenBucket bucket = TokenBucket.decode(before);
            TokenBucket.Outcome outcome = (bucket == null ? TokenBucket.full(perMinute, now) : bucket).take(perMinute, now);
            if (!outcome.taken()) {
                return outcome.waitSeconds();
            }
            String after = outcome.after().encode();
            if (before == null ? store.insert(key, after) : store.replace(key, before, after)) {
                return 0;
            }
            if (i >= 3) { // another take won in between, again and again: let the others finish first
                java.util.concurrent.locks.LockSupport.parkNanos(
                        java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000L << Math.min(i - 3, 10)));
            }
        }
        return 1; // lost the race every time: refused for a second, nothing counted anywhere else
    }
}
