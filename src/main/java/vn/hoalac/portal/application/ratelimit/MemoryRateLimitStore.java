package vn.hoalac.portal.application.ratelimit;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Buckets in this instance's memory: where the rate limits count when the cluster's data grid cannot be reached (and
 * in unit tests). Bounded: past {@value #MAX_KEYS} keys it forgets them all, which only ever lets requests through.
 */
public final class MemoryRateLimitStore implements RateLimitStore {

    static final int MAX_KEYS = 100_000;

    private final ConcurrentHashMap<String, String> buckets = new ConcurrentHashMap<>();

    @Override
    public String get(String key) {
        return buckets.get(key);
    }

    @Override
    public boolean insert(String key, String bucket) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        return buckets.putIfAbsent(key, bucket) == null;
    }

    @Override
    public boolean replace(String key, String expected, String bucket) {
        return buckets.replace(key, expected, bucket);
    }

    @Override
    public String describe() {
        return "this instance's memory";
    }
}
