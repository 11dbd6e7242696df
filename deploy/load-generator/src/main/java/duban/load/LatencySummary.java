package duban.load;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * The percentiles a reader wants from a latency histogram, in milliseconds.
 *
 * @param count requests recorded
 */
record LatencySummary(long count, double p50, double p90, double p99, double p999, double max, double mean) {

    /** From a histogram of microseconds. */
    static LatencySummary of(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new LatencySummary(micros.getTotalCount(),
                ms(micros.getValueAtPercentile(50)), ms(micros.getValueAtPercentile(90)),
                ms(micros.getValueAtPercentile(99)), ms(micros.getValueAtPercentile(99.9)),
                ms(micros.getMaxValue()), micros.getMean() / 1000.0);
    }

    /** One line: {@code p50 12.3 ms  p90 …  p99 …  p99.9 …  max …  mean …}. */
    String format() {
        if (count == 0) {
            return "no successful request";
        }
        return String.format(Locale.ROOT, "p50 %s  p90 %s  p99 %s  p99.9 %s  max %s  mean %s",
                millis(p50), millis(p90), millis(p99), millis(p999), millis(max), millis(mean));
    }

    /** {@code 3.42 ms}, {@code 41.7 ms}, {@code 1203 ms}: three significant digits or whole milliseconds. */
    static String millis(double ms) {
        if (Double.isNaN(ms)) {
            return "–";
        }
        if (ms < 10) {
            return String.format(Locale.ROOT, "%.2f ms", ms);
        }
        if (ms < 100) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        return String.format(Locale.ROOT, "%.0f ms", ms);
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
