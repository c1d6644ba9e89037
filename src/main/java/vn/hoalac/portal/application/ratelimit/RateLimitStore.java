package vn.hoalac.portal.application.ratelimit;

/**
 * The port to where the rate limits' buckets are kept: shared by every instance of the cluster (the data grid), or
 * this instance's memory ({@link MemoryRateLimitStore}). A bucket is a plain string (see {@link TokenBucket}), so a
 * data grid needs none of the portal's classes; its updates are compare-and-set, so two instances taking from the same
 * bucket at once never lose a count. Any method may throw when the store cannot be reached: the caller then counts
 * in memory instead (and never refuses a user because of it).
 */
public interface RateLimitStore {

    /** The bucket under the key, or null when there is none (never used, or forgotten after a while unused). */
    String get(String key);

    /** Stores the bucket if the key has none: true when it was stored. */
    boolean insert(String key, String bucket);

    /** Replaces the bucket only if it is still {@code expected}: true when it was replaced. */
    boolean replace(String key, String expected, String bucket);

    /** For the log: what this store is. */
    String describe();
}
