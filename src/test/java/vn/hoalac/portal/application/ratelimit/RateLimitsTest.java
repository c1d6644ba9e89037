package vn.hoalac.portal.application.ratelimit;

import org.junit.jupiter.api.Test;
import vn.hoalac.portal.application.TooManyRequestsException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The rate limits count per user across every instance sharing a store: a minute's worth at once, then refused with
 * the seconds to wait, refilled with time; concurrent takes on two instances never lose a count; a store that cannot
 * be reached never refuses anybody because of it.
 */
class RateLimitsTest {

    private final AtomicLong now = new AtomicLong(1_780_000_000_000L);
    private final MemoryRateLimitStore grid = new MemoryRateLimitStore();

    private RateLimits instance(RateLimitStore store) {
        return new RateLimits(6, 120, store, now::get);
    }

    private int takenOf(RateLimits limits, String user, RateLimits.Kind kind, int attempts) {
        int taken = 0;
        for (int i = 0; i < attempts; i++) {
            try {
                limits.take(user, kind);
                taken++;
            } catch (TooManyRequestsException e) {
                // refused
            }
        }
        return taken;
    }

    @Test
    void aMinutesWorthAtOnceThenRefusedWithTheSecondsToWaitThenRefilled() {
        RateLimits limits = instance(grid);
        assertThat(takenOf(limits, "an", RateLimits.Kind.UPLOAD, 6)).isEqualTo(6);
        TooManyRequestsException refused = catchThrowableOfType(TooManyRequestsException.class,
                () -> limits.take("an", RateLimits.Kind.UPLOAD));
        assertThat(refused.retryAfterSeconds()).as("6 a minute: one every 10 s").isEqualTo(10);
        assertThat(refused.key()).isEqualTo("tooMany.uploads");
        assertThat(takenOf(limits, "binh", RateLimits.Kind.UPLOAD, 1)).as("another user's bucket").isEqualTo(1);
        assertThat(takenOf(limits, "an", RateLimits.Kind.SEARCH, 1)).as("another kind's bucket").isEqualTo(1);

        now.addAndGet(4_000);
        assertThat(catchThrowableOfType(TooManyRequestsException.class, () -> limits.take("an", RateLimits.Kind.UPLOAD))
                .retryAfterSeconds()).as("6 s still to wait").isEqualTo(6);
        now.addAndGet(6_000);
        assertThat(takenOf(limits, "an", RateLimits.Kind.UPLOAD, 2)).as("one token back after 10 s").isEqualTo(1);
        now.addAndGet(120_000);
        assertThat(takenOf(limits, "an", RateLimits.Kind.UPLOAD, 10)).as("never more than a minute's worth").isEqualTo(6);
    }

    @Test
    void twoInstancesSharingTheStoreCountTogether() {
        RateLimits a = instance(grid);
        RateLimits b = instance(grid);
        assertThat(takenOf(a, "an", RateLimits.Kind.UPLOAD, 3) + takenOf(b, "an", RateLimits.Kind.UPLOAD, 3)).isEqualTo(6);
        assertThatThrownBy(() -> a.take("an", RateLimits.Kind.UPLOAD)).isInstanceOf(TooManyRequestsException.class);
        assertThatThrownBy(() -> b.take("an", RateLimits.Kind.UPLOAD)).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void concurrentTakesOnTwoInstancesNeverLoseACount() throws Exception {
        RateLimits a = new RateLimits(500, 500, grid, now::get);
        RateLimits b = new RateLimits(500, 500, grid, now::get);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger taken = new AtomicInteger();
        List<Future<?>> all = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            RateLimits limits = t % 2 == 0 ? a : b;
            all.add(pool.submit((Callable<Void>) () -> {
                start.await();
                taken.addAndGet(takenOf(limits, "an", RateLimits.Kind.SEARCH, 200));
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
        assertThat(taken).as("1,600 attempts at once, a bucket of 500, the clock standing still").hasValue(500);
    }

    @Test
    void anUpdateByAnotherInstanceBetweenReadAndWriteIsNotOverwritten() {
        RateLimits other = instance(grid);
        RateLimitStore racing = new RateLimitStore() {
            boolean raced;

            @Override
            public String get(String key) {
                return grid.get(key);
            }

            @Override
            public boolean insert(String key, String bucket) {
                return grid.insert(key, bucket);
            }

            @Override
            public boolean replace(String key, String expected, String bucket) {
                if (!raced) { // the other instance takes a token after this one read the bucket
                    raced = true;
                    other.take("an", RateLimits.Kind.UPLOAD);
                }
                return grid.replace(key, expected, bucket);
            }

            @Override
            public String describe() {
                return "racing";
            }
        };
        RateLimits limits = instance(racing);
        limits.take("an", RateLimits.Kind.UPLOAD); // inserts a full bucket less one
        limits.take("an", RateLimits.Kind.UPLOAD); // raced: read 5, the other took one (4), so this one writes 3
        assertThat(takenOf(limits, "an", RateLimits.Kind.UPLOAD, 10)).as("3 left of 6, none lost").isEqualTo(3);
    }

    @Test
    void aStoreThatCannotBeReachedNeverRefusesAnybodyButTheLimitsStillCountInMemory() {
        AtomicInteger calls = new AtomicInteger();
        RateLimitStore down = new RateLimitStore() {
            @Override
            public String get(String key) {
                calls.incrementAndGet();
                throw new IllegalStateException("the data grid is not there");
            }

            @Override
            public boolean insert(String key, String bucket) {
                throw new IllegalStateException("the data grid is not there");
            }

            @Override
            public boolean replace(String key, String expected, String bucket) {
                throw new IllegalStateException("the data grid is not there");
            }

            @Override
            public String describe() {
                return "a grid that is down";
            }
        };
        RateLimits limits = instance(down);
        assertThat(takenOf(limits, "an", RateLimits.Kind.UPLOAD, 6)).as("nobody refused because of the grid").isEqualTo(6);
        assertThatThrownBy(() -> limits.take("an", RateLimits.Kind.UPLOAD)).as("still limited, in memory")
                .isInstanceOf(TooManyRequestsException.class);
        assertThat(calls).as("not asked again at every request once it failed").hasValue(1);
        now.addAndGet(31_000);
        limits.take("binh", RateLimits.Kind.UPLOAD);
        assertThat(calls).as("asked again after 30 s").hasValue(2);
    }

    @Test
    void withoutASharedStoreEachInstanceCountsInMemory() {
        RateLimits limits = instance(null);
        assertThat(takenOf(limits, "an", RateLimits.Kind.UPLOAD, 8)).isEqualTo(6);
    }
}
