package vn.hoalac.portal.application.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.DEFAULT;

    @Test
    void waitsThirtySecondsThenTwiceAsLongEachTimeUpToHalfAnHour() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(16));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.delayAfter(50)).isEqualTo(Duration.ofMinutes(30));
        assertThat(policy.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void anHourLongOutageCostsAboutADozenAttemptsAndNothingIsGivenUp() {
        Instant written = Instant.parse("2026-12-01T00:00:00Z");
        Duration waited = Duration.ZERO;
        int attempts = 0;
        while (waited.compareTo(Duration.ofHours(1)) < 0) {
            attempts++;
            waited = waited.plus(policy.delayAfter(attempts));
        }
        assertThat(attempts).isBetween(7, 12);
        assertThat(policy.givesUp(written, written.plus(waited))).isFalse();
    }

    @Test
    void givesUpADayAfterTheMailWasWritten() {
        Instant written = Instant.parse("2026-12-01T00:00:00Z");
        assertThat(policy.givesUp(written, written.plus(Duration.ofHours(23)))).isFalse();
        assertThat(policy.givesUp(written, written.plus(Duration.ofHours(24)))).isTrue();
    }

    @Test
    void refusesDelaysThatMakeNoSense() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
