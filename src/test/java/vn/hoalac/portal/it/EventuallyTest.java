package vn.hoalac.portal.it;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hoalac.portal.it.Eventually.eventually;

/** The integration tests' one wait (no stack needed). */
class EventuallyTest {

    @Test
    void retriesAnAssertionUntilItPasses() {
        AtomicInteger calls = new AtomicInteger();
        eventually(Duration.ofSeconds(5), Duration.ofMillis(1), () -> assertThat(calls.incrementAndGet()).isEqualTo(3));
        assertThat(calls).hasValue(3);
    }

    @Test
    void anExceptionIsNotYetAndTheAnswerThatHoldsIsReturned() {
        AtomicInteger calls = new AtomicInteger();
        int answer = eventually(Duration.ofSeconds(5), Duration.ZERO, () -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("not listening yet");
            }
            return calls.get() * 10;
        }, n -> n >= 40);
        assertThat(answer).isEqualTo(40);
    }

    @Test
    void onTimeoutItFailsWithTheLastAssertionError() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> eventually(Duration.ofMillis(100), Duration.ofMillis(10),
                () -> assertThat(calls.incrementAndGet()).as("attempt").isNegative()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("still not so after")
                .hasMessageContaining("attempt")
                .cause().isInstanceOf(AssertionError.class);
        assertThat(calls.get()).isGreaterThan(1);
    }

    @Test
    void onTimeoutItFailsWithTheLastValue() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> eventually(Duration.ofMillis(50), Duration.ofMillis(5), () -> "answer " + calls.incrementAndGet(),
                a -> false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("last answer: answer " );
    }

    @Test
    void itAlwaysTriesOnceAndNeverSleepsPastTheDeadline() {
        AtomicInteger calls = new AtomicInteger();
        long begin = System.nanoTime();
        assertThatThrownBy(() -> eventually(Duration.ZERO, Duration.ofSeconds(10), () -> {
            calls.incrementAndGet();
            throw new AssertionError("no");
        })).isInstanceOf(AssertionError.class);
        assertThat(calls).hasValue(1);
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(5));
    }
}
