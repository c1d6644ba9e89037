package vn.hoalac.portal.it;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Waits for something that becomes true by itself (an index catching up, a service back after a restart, a timer
 * firing) by asking again every poll interval until it holds or the time is up: the one polling loop of the
 * integration tests. A wait is never a fixed sleep; on timeout it fails with the last assertion error, or the last
 * value, so the report says what was still wrong.
 *
 * <p>An attempt that throws (an {@link AssertionError}, or an exception such as Keycloak refusing a token for a moment)
 * counts as "not yet"; an interrupt ends the wait.
 */
public final class Eventually {

    /** The default poll interval: short, as the things waited for are mostly a request away. */
    public static final Duration POLL = Duration.ofMillis(200);

    /** An assertion (or any check) that may throw. */
    @FunctionalInterface
    public interface Check {
        void run() throws Exception;
    }

    private Eventually() {
    }

    /** Runs {@code check} until it passes, every {@link #POLL}, for up to {@code timeout}. */
    public static void eventually(Duration timeout, Check check) {
        eventually(timeout, POLL, check);
    }

    /** Runs {@code check} until it passes, every {@code poll} ({@link Duration#ZERO}: at once again), for up to {@code timeout}. */
    public static void eventually(Duration timeout, Duration poll, Check check) {
        eventually(timeout, poll, () -> {
            check.run();
            return Boolean.TRUE;
        }, passed -> true);
    }

    /** Asks {@code attempt} until its answer satisfies {@code until}, every {@link #POLL}, for up to {@code timeout}; returns that answer. */
    public static <T> T eventually(Duration timeout, Callable<T> attempt, Predicate<? super T> until) {
        return eventually(timeout, POLL, attempt, until);
    }

    /** Asks {@code attempt} until its answer satisfies {@code until}, every {@code poll}, for up to {@code timeout}; returns that answer. */
    public static <T> T eventually(Duration timeout, Duration poll, Callable<T> attempt, Predicate<? super T> until) {
        long begin = System.nanoTime();
        long deadline = begin + timeout.toNanos();
        int attempts = 0;
        Throwable lastFailure = null;
        T lastValue = null;
        boolean answered = false;
        while (true) {
            attempts++;
            try {
                T value = attempt.call();
                if (until.test(value)) {
                    return value;
                }
                lastValue = value;
                answered = true;
                lastFailure = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            } catch (AssertionError | Exception e) {
                lastFailure = e;
            }
            if (System.nanoTime() - deadline >= 0) {
                String waited = "still not so after " + Duration.ofNanos(System.nanoTime() - begin).toMillis() + " ms ("
                        + attempts + " attempts)";
                if (lastFailure != null) {
                    throw new AssertionError(waited + ": " + lastFailure, lastFailure);
                }
                throw new AssertionError(waited + "; last answer: " + (answered ? describe(lastValue) : "none"));
            }
            pause(poll, deadline);
        }
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return text.length() > 2000 ? text.substring(0, 2000) + " …" : text;
    }

    /** Sleeps one poll interval, never past the deadline (the last attempt comes at the deadline, not after it). */
    private static void pause(Duration poll, long deadline) {
        long nanos = Math.min(poll.toNanos(), Math.max(0, deadline - System.nanoTime()));
        if (nanos <= 0) {
            return;
        }
        try {
            Thread.sleep(Duration.ofNanos(nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
