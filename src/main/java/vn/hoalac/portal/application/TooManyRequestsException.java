package vn.hoalac.portal.application;

/** The caller went over their rate limit (HTTP 429); {@code retryAfterSeconds} says when to try again. */
public class TooManyRequestsException extends RefusalException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds, String key, Object... args) {
        super(new Message(key, args));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
