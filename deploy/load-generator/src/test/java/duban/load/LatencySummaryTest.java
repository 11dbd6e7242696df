package duban.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void readsPercentilesInMillisecondsFromMicroseconds() {
        Histogram micros = new Histogram(ClosedLoop.HIGHEST_MICROS, 3);
        for (int i = 1; i <= 1000; i++) {
            micros.recordValue(i * 100L); // 0.1 ms … 100 ms, evenly
        }
        LatencySummary s = LatencySummary.of(micros);
        assertThat(s.count()).isEqualTo(1000);
        assertThat(s.p50()).isCloseTo(50.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(s.p99()).isCloseTo(99.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(s.p999()).isCloseTo(99.9, org.assertj.core.data.Offset.offset(0.1));
        assertThat(s.max()).isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(s.mean()).isCloseTo(50.05, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void formatsOneLineWithSensiblePrecision() {
        LatencySummary s = new LatencySummary(10, 3.456, 12.34, 48.76, 123.4, 1500.2, 8.0);
        assertThat(s.format()).isEqualTo("p50 3.46 ms  p90 12.3 ms  p99 48.8 ms  p99.9 123 ms  max 1500 ms  mean 8.00 ms");
    }

    @Test
    void saysSoWhenNothingSucceeded() {
        LatencySummary s = LatencySummary.of(new Histogram(ClosedLoop.HIGHEST_MICROS, 3));
        assertThat(s.count()).isZero();
        assertThat(s.format()).isEqualTo("no successful request");
        assertThat(LatencySummary.millis(Double.NaN)).isEqualTo("–");
    }
}
