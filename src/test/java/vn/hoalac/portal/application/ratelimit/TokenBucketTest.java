package vn.hoalac.portal.application.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A bucket as the data grid keeps it: a plain string, read back the same; refill by wall clock, never backwards. */
class TokenBucketTest {

    @Test
    void isStoredAsAPlainStringAndReadBack() {
        TokenBucket bucket = new TokenBucket(2_500_000, 1_780_000_000_123L);
        assertThat(bucket.encode()).isEqualTo("2500000@1780000000123");
        assertThat(TokenBucket.decode(bucket.encode())).isEqualTo(bucket);
        assertThat(TokenBucket.decode("garbage")).as("read as a full bucket").isNull();
        assertThat(TokenBucket.decode(null)).isNull();
    }

    @Test
    void aClockBehindAnotherInstancesDoesNotRefillNorMoveTheBucketBack() {
        TokenBucket empty = new TokenBucket(0, 10_000);
        TokenBucket.Outcome earlier = empty.take(60, 9_000);
        assertThat(earlier.taken()).isFalse();
        assertThat(earlier.waitSeconds()).isEqualTo(1);
        assertThat(earlier.after().updatedMillis()).isEqualTo(10_000);
        assertThat(empty.take(60, 11_000).taken()).as("60 a minute: one a second").isTrue();
    }

    @Test
    void refillsContinuouslyUpToTheCapacity() {
        TokenBucket empty = new TokenBucket(0, 0);
        assertThat(empty.take(120, 499).taken()).isFalse();
        assertThat(empty.take(120, 500).taken()).as("120 a minute: one every 0.5 s").isTrue();
        assertThat(empty.take(2, 0).waitSeconds()).as("2 a minute: 30 s").isEqualTo(30);
        assertThat(empty.take(120, 3_600_000).after().microTokens()).as("capped: 119 left after one").isEqualTo(119_000_000);
    }
}
