package duban.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    @Test
    void aTokenMaySpendItsBurstAndThenWaitsForTheRefill() {
        TokenBuckets buckets = new TokenBuckets(2, 3);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        // Two writes a second: the next one is half a second away at most.
        assertThat(buckets.take("a")).isPositive().isLessThanOrEqualTo(500);
    }

    @Test
    void eachTokenHasItsOwnBucket() {
        TokenBuckets buckets = new TokenBuckets(1, 1);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isPositive();
        assertThat(buckets.take("b")).isZero();
    }

    @Test
    void aCallerThatReadTheClockEarlierThanTheLastTakeDrainsNothingExtra() {
        TokenBuckets buckets = new TokenBuckets(1000, 3);
        long start = 1_000_000_000L;
        assertThat(buckets.take("a", start)).isZero();
        // a thread that read the clock 100 ms before the first one got the lock
        assertThat(buckets.take("a", start - 100_000_000L)).isZero();
        assertThat(buckets.take("a", start - 100_000_000L)).isZero();
        assertThat(buckets.take("a", start)).isPositive();
        assertThat(buckets.take("a", start + 1_000_000L)).isZero();
    }

    @Test
    void aRateOfZeroTurnsTheLimitOff() {
        TokenBuckets buckets = new TokenBuckets(0, 1);
        for (int i = 0; i < 100; i++) {
            assertThat(buckets.take("a")).isZero();
        }
    }
}
