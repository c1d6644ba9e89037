package vn.hoalac.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-user rate limits (token buckets, one per user and kind): uploads and searches. A bucket holds a minute's worth
 * and refills continuously, so a burst is fine and a flood answers 429 until the user slows down. In memory: each
 * portal instance counts on its own.
 */
@ApplicationScoped
public class RateLimits {

    public enum Kind { UPLOAD, SEARCH }

    @Inject
    @ConfigProperty(name = "ratelimit.uploads-per-minute", defaultValue = "120")
    int uploadsPerMinute;

    @Inject
    @ConfigProperty(name = "ratelimit.searches-per-minute", defaultValue = "120")
    int searchesPerMinute;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one from the user's bucket, or refuses with the seconds until one is back. */
    public void take(String user, Kind kind) {
        int perMinute = kind == Kind.UPLOAD ? uploadsPerMinute : searchesPerMinute;
        Bucket bucket = buckets.computeIfAbsent(kind + ":" + user, k -> new Bucket(perMinute));
        long wait = bucket.take(perMinute, System.nanoTime());
        if (wait > 0) {
            throw new TooManyRequestsException(wait, kind == Kind.UPLOAD ? "tooMany.uploads" : "tooMany.searches", perMinute, wait);
        }
        if (buckets.size() > 100_000) {
            buckets.clear(); // bounded memory: forgetting counts only ever lets requests through
        }
    }

    /** A token bucket: {@code capacity} tokens, refilled at capacity per minute. */
    static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(int capacity) {
            tokens = capacity;
            updated = System.nanoTime();
        }

        /** @return 0 when a token was taken, otherwise the whole seconds until one is available */
        synchronized long take(int capacity, long now) {
            double perNano = capacity / 60e9;
            tokens = Math.min(capacity, tokens + (now - updated) * perNano);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }
    }
}
