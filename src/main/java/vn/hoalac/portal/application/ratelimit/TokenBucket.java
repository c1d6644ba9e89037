package vn.hoalac.portal.application.ratelimit;

/**
 * A token bucket as a plain value: {@code capacity} tokens, refilled continuously at capacity per minute, so a burst
 * is fine and a flood is refused until the user slows down. Counted in millionths of a token and wall-clock
 * milliseconds (the same on every instance, unlike {@code System.nanoTime}), and written as the string
 * {@code "microtokens@millis"} so that a data grid keeps it without knowing any class of the portal.
 */
public record TokenBucket(long microTokens, long updatedMillis) {

    static final long TOKEN = 1_000_000;

    /** What one attempt to take a token gives: the bucket afterwards, and 0 or the whole seconds to wait. */
    public record Outcome(TokenBucket after, long waitSeconds) {

        public boolean taken() {
            return waitSeconds == 0;
        }
    }

    /** A full bucket at {@code now}. */
    public static TokenBucket full(int capacity, long now) {
        return new TokenBucket(capacity * TOKEN, now);
    }

    /** Takes one token at {@code now}: the bucket refilled since its last update, less one token if it had one. */
    public Outcome take(int capacity, long now) {
        int perMinute = Math.max(1, capacity);
        long max = perMinute * TOKEN;
        // a clock a little behind another instance's: no refill (never a negative one); a minute refills it all
        long elapsed = Math.min(60_001, Math.max(0, now - updatedMillis));
        // perMinute tokens per 60,000 ms = perMinute * 50 / 3 microtokens per ms
        long refilled = Math.min(max, microTokens + elapsed * perMinute * 50 / 3);
        long at = Math.max(now, updatedMillis);
        if (refilled >= TOKEN) {
            return new Outcome(new TokenBucket(refilled - TOKEN, at), 0);
        }
        long missingMillis = ((TOKEN - refilled) * 3 + perMinute * 50L - 1) / (perMinute * 50L);
        return new Outcome(new TokenBucket(refilled, at), Math.max(1, (missingMillis + 999) / 1000));
    }

    /** The bucket as stored: {@code "microtokens@millis"}. */
    public String encode() {
        return microTokens + "@" + updatedMillis;
    }

    /** The stored bucket, or null when the text is not one (then a full bucket is the safe reading). */
    public static TokenBucket decode(String text) {
        if (text == null) {
            return null;
        }
        int at = text.indexOf('@');
        try {
            return at < 0 ? null : new TokenBucket(Long.parseLong(text.substring(0, at)), Long.parseLong(text.substring(at + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
