package vn.hoalac.portal.application.mail;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a mail again after a temporary failure: the first retry after {@code first}, each next one after twice
 * the delay before, never more than {@code max} apart; once the mail has waited {@code giveUpAfter} since it was
 * written, it is given up (FAILED) instead. Production: 30 s doubling to 30 min, given up after 24 h.
 */
public record RetryPolicy(Duration first, Duration max, Duration giveUpAfter) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofHours(24));

    public RetryPolicy {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("retry delays must be positive, the maximum at least the first: " + first + ", " + max);
        }
    }

    /** The delay after the given failed attempt (1 = the first attempt failed). */
    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        if (doublings >= 31) {
            return max;
        }
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** Whether a mail written at {@code createdAt} is given up rather than tried again at {@code now}. */
    public boolean givesUp(Instant createdAt, Instant now) {
        return !Duration.between(createdAt, now).minus(giveUpAfter).isNegative();
    }
}
